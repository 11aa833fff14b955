import browser from 'webextension-polyfill';

/** One id: a new save problem replaces the last one instead of piling up. */
const SAVE_PROBLEM_ID = 'save-problem';

/**
 * Tells the person why a save from the shortcut or the context menu stored nothing: those have
 * no popup to say it in, and the icon's ! alone does not say why (nor shows when unpinned).
 */
export async function notifySaveProblem(title: string, message: string): Promise<void> {
  await browser.notifications.create(SAVE_PROBLEM_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title,
    message,
  });
}

/** Confirms a highlight made from the context menu: one notification, replaced by the next. */
export async function notifyHighlighted(title: string, message: string): Promise<void> {
  await browser.notifications.create('highlighted', {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title,
    message,
  });
}
