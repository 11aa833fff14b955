// @vitest-environment jsdom
// A save that fails in the popup says so in the person's words; the worker's own error text is
// kept for a bug report, folded away under "Technical details", not printed under the message.
import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test, vi } from 'vitest';
import { SaveCard } from '../../../src/popup/SaveCard';
import { renderRoot } from '../ui/render-root';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
const ask = vi.hoisted(() => vi.fn());
vi.mock('../../../src/ui/ask', () => ({ ask }));
vi.mock('../../../src/messaging/runtime', () => ({ send: () => Promise.resolve({ ok: true }) }));
vi.mock('../../../src/db/items', () => ({ itemByUrl: () => Promise.resolve(undefined) }));
vi.mock('../../../src/db/db', () => ({ db: () => ({ items: { get: () => Promise.resolve(undefined) } }) }));
const rootOf = renderRoot();

const TAB = {
  id: 7,
  url: 'https://blog.example.org/post',
  index: 0,
  highlighted: true,
  active: true,
  pinned: false,
  incognito: false,
};

async function saveWith(result: unknown) {
  ask.mockResolvedValueOnce(result);
  render(<SaveCard tab={TAB} tabResolved goals={[]} shortcut={null} />, rootOf());
  const button = [...rootOf().querySelectorAll('button')].find((b) => b.textContent === 'Save this page')!;
  await act(async () => button.click());
  await vi.waitFor(() => expect(rootOf().querySelector('[data-testid=save-status]')).not.toBeNull());
  return rootOf().querySelector('[data-testid=save-status]')!;
}

test('a failure: the message, and the worker’s words folded under "Technical details"', async () => {
  const status = await saveWith({ ok: false, reason: 'error', detail: 'UnknownError: boom' });
  expect(status.getAttribute('data-state')).toBe('error');
  expect(status.querySelector('p')!.textContent).toMatch(/^Something went wrong and nothing was saved/);
  const details = status.querySelector('details')!;
  expect(details.open).toBe(false);
  expect(details.querySelector('summary')!.textContent).toBe('Technical details');
  expect(details.textContent).toContain('UnknownError: boom');
});
