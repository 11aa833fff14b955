import browser, { type Tabs } from 'webextension-polyfill';

/**
 * The tab the popup acts on: the active tab of its window, or the tab named by `?tab=` when
 * the popup is opened as a page (end-to-end tests do this, as headless Chromium cannot click
 * the toolbar icon).
 */
export async function targetTab(search = location.search): Promise<Tabs.Tab | undefined> {
  const id = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(id) && id > 0) {
    try {
      return await browser.tabs.get(id);
    } catch {
      return undefined;
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}
