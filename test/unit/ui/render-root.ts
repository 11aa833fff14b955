import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';
import messages from '../../../public/_locales/en/messages.json';

/**
 * A fresh element to render into for each test, with `t()` answering the English messages
 * (placeholders left as written). The test file itself mocks webextension-polyfill with
 * fakeBrowser: vi.mock is hoisted only in the file that calls it.
 */
export function renderRoot(): () => HTMLElement {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.body.appendChild(document.createElement('div'));
    const table = messages as Record<string, { message: string }>;
    Object.assign(fakeBrowser, {
      i18n: { getMessage: (key: string) => table[key]?.message ?? '', getUILanguage: () => 'en' },
    });
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  return () => root;
}
