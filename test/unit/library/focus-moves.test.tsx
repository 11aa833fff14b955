// @vitest-environment jsdom
import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { expect, test, vi } from 'vitest';
import { BulkBar } from '../../../src/library/BulkBar';
import { UndoToast } from '../../../src/library/UndoToast';
import { renderRoot } from '../ui/render-root';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const rootOf = renderRoot();

/** Preact's re-render after a click runs as a microtask; passive effects wait for the next frame. */
const renderedNotPainted = () => new Promise<void>((r) => queueMicrotask(r));

test('the archive question has the focus as soon as it shows, so Enter on seeing it answers it', async () => {
  const noop = () => undefined;
  render(
    <BulkBar
      selected={new Set(['a'])}
      matching={3}
      goals={[]}
      tags={[]}
      onSelectAll={noop}
      onClear={noop}
      onDone={noop}
    />,
    rootOf(),
  );
  const archive = [...rootOf().querySelectorAll('button')].find((b) => b.textContent === 'Archive')!;
  archive.focus();
  archive.click();
  await renderedNotPainted();
  const dialog = rootOf().querySelector('[role="alertdialog"]');
  expect(dialog).not.toBeNull();
  expect(document.activeElement?.closest('[role="alertdialog"]')).toBe(dialog);
  expect(document.activeElement?.textContent).toMatch(/^Archive \$COUNT\$ items$/);
});

test('Undo has the focus in the same render that shows it', () => {
  render(
    <UndoToast done={{ message: '1 archived', undo: async () => undefined }} onClose={() => undefined} />,
    rootOf(),
  );
  expect(document.activeElement?.textContent).toBe('Undo');
});
