import browser, { type Tabs } from 'webextension-polyfill';
import { isHttpUrl } from '../core/item/url';

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

/**
 * The one way the worker opens an address: http(s) only. An item imported, restored or forged
 * with `javascript:`, `data:`, `file:`, `chrome:` or an extension page is never opened; the
 * caller learns it was refused. Opens in the given tab, or in a new tab: right after `beside`
 * (in its window) when given, so the tab the person was in stays as it was.
 */
export async function openHttpUrl(
  url: string,
  where: { tabId?: number; beside?: Pick<Tabs.Tab, 'index' | 'windowId'> } = {},
): Promise<boolean> {
  if (!isHttpUrl(url)) {
    console.warn('Learnmark: refused to open a non-http(s) address');
    return false;
  }
  if (where.tabId !== undefined) await browser.tabs.update(where.tabId, { url });
  else if (where.beside) {
    const { index, windowId } = where.beside;
    await browser.tabs.create({ url, index: index + 1, ...(windowId === undefined ? {} : { windowId }) });
  } else await browser.tabs.create({ url });
  return true;
}

/** The review page, in a new tab right after `beside` (the tab the person was in stays as it was). */
export async function openReviewPage(beside?: Pick<Tabs.Tab, 'index' | 'windowId'>): Promise<void> {
  const url = browser.runtime.getURL('src/review/index.html');
  if (!beside) return void (await browser.tabs.create({ url }));
  const { index, windowId } = beside;
  await browser.tabs.create({ url, index: index + 1, ...(windowId === undefined ? {} : { windowId }) });
}

/** The welcome page, in a new tab of its own. */
export async function openWelcomePage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('src/welcome/index.html') });
}
