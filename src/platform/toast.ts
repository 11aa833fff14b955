import browser from 'webextension-polyfill';
import type { ToastData } from '../messaging/toast';
// The file name of the toast bundle (an IIFE), not its code: it runs in the page.
import toastFile from '../content/toast/index.ts?script&iife';

type ToastGlobal = { __learnmarkToast?: (d: ToastData) => void };

/** Calls the toast installed in the tab, if it is; whether it was. */
async function callToast(tabId: number, data: ToastData): Promise<boolean> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    args: [data],
    // Runs in the page's isolated world, where the toast file installed this function.
    func: (toast: ToastData) => {
      const show = (globalThis as ToastGlobal).__learnmarkToast;
      show?.(toast);
      return !!show;
    },
  });
  return result?.result === true;
}

/**
 * Shows the save toast in the tab, loading its script the first time only. Throws when the
 * browser refuses to run it there (the store, an error page, a PDF viewer).
 */
export async function injectSaveToast(tabId: number, data: ToastData): Promise<void> {
  if (await callToast(tabId, data)) return;
  await browser.scripting.executeScript({ target: { tabId }, files: [toastFile] });
  await callToast(tabId, data);
}

export const SAVED_NOTIFICATION_PREFIX = 'saved:';

/** The same confirmation as a notification, for pages no script may run in; a click on it edits. */
export async function notifySaved(itemId: string, title: string, message: string): Promise<void> {
  await browser.notifications.create(`${SAVED_NOTIFICATION_PREFIX}${itemId}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title,
    message,
  });
}

/** The popup-like editor for one item, in a small window of its own. */
export async function openItemEditor(itemId: string): Promise<void> {
  await browser.windows.create({
    type: 'popup',
    url: browser.runtime.getURL(`src/edit/index.html?item=${encodeURIComponent(itemId)}`),
    width: 440,
    height: 620,
  });
}
