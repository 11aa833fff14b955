// @vitest-environment jsdom
import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ActionError } from '../../../src/ui/ActionError';
import { useAction } from '../../../src/ui/use-action';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

let root: HTMLElement;
beforeEach(() => {
  root = document.body.appendChild(document.createElement('div'));
  Object.assign(fakeBrowser, { i18n: { getMessage: (key: string) => `msg:${key}`, getUILanguage: () => 'en' } });
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

/** A button running `work` through the hook, as a page's would. */
function Page({ work, onFailure }: { work: () => Promise<unknown>; onFailure?: () => void }) {
  const action = useAction(work, { onFailure });
  return (
    <div>
      <button type="button" disabled={action.busy} onClick={() => void action.run()}>
        go
      </button>
      <ActionError error={action.error} />
    </div>
  );
}

const button = () => root.querySelector('button')!;
const alertText = () => root.querySelector('[role=alert]')?.textContent ?? null;
const click = () => act(() => button().click());
const settle = () => act(() => new Promise<void>((ok) => setTimeout(ok, 0)));

test('busy while the work runs, usable again and silent when it succeeds', async () => {
  let finish!: () => void;
  const work = () => new Promise<void>((ok) => (finish = ok));
  render(<Page work={work} />, root);
  await click();
  expect(button().disabled).toBe(true);
  await act(async () => finish());
  await settle();
  expect(button().disabled).toBe(false);
  expect(alertText()).toBeNull();
});

test.each([
  ['rejects', () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))],
  ['throws', () => Promise.resolve().then(() => JSON.parse('{'))],
])('when the work %s: an alert with the localized message, and the page usable again', async (_, work) => {
  const onFailure = vi.fn();
  render(<Page work={work} onFailure={onFailure} />, root);
  await click();
  await settle();
  expect(alertText()).toBe('msg:actionFailed');
  expect(button().disabled).toBe(false);
  expect(onFailure).toHaveBeenCalledOnce();
  expect(console.error).toHaveBeenCalled();
});

test('trying again clears the alert, and a success leaves it cleared', async () => {
  let fail = true;
  render(<Page work={async () => (fail ? Promise.reject(new Error('x')) : 'ok')} />, root);
  await click();
  await settle();
  expect(alertText()).toBe('msg:actionFailed');
  fail = false;
  await click();
  await settle();
  expect(alertText()).toBeNull();
});
