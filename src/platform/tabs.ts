import browser, { type Tabs } from 'webextension-polyfill';

export async function tabById(tabId: number): Promise<Tabs.Tab | undefined> {
  try {
    return await browser.tabs.get(tabId);
  } catch {
    return undefined;
  }
}

/** The tab the person is looking at: the active tab of the last focused normal window. */
export async function activeTab(): Promise<Tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}
