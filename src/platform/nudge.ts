import browser, { type Notifications } from 'webextension-polyfill';
import type { NudgeCardData } from '../messaging/nudge';
// The file name of the nudge card bundle (an IIFE), not its code: it runs in the page.
import nudgeFile from '../content/nudge/index.ts?script&iife';

/** Whether Learnmark may run its card in pages of this URL's origin (optional host permission). */
export async function hasSiteAccess(url: string): Promise<boolean> {
  try {
    const { origin } = new URL(url);
    return await browser.permissions.contains({ origins: [`${origin}/*`] });
  } catch {
    return false;
  }
}

/** Slides the nudge card into the tab. Throws when the browser refuses to run it there. */
export async function injectNudgeCard(tabId: number, data: NudgeCardData): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [nudgeFile] });
  await browser.scripting.executeScript({
    target: { tabId },
    args: [data],
    // Runs in the page's isolated world, where the card file installed this function.
    func: (card: NudgeCardData) => {
      const show = (globalThis as { __learnmarkNudge?: (d: NudgeCardData) => void }).__learnmarkNudge;
      show?.(card);
    },
  });
}

export const NOTIFICATION_PREFIX = 'nudge:';

/** The same offer as a system notification, for sites Learnmark may not run in. */
export async function notifyNudge(tabId: number, data: NudgeCardData): Promise<void> {
  const t = (key: string, subs?: string[]) => browser.i18n.getMessage(key, subs) || key;
  const buttons = [{ title: t('nudgeNotToday') }];
  if (data.review) buttons.unshift({ title: t('nudgeReviewShort', [String(data.review.cards)]) });
  else if (data.item) buttons.unshift({ title: t('nudgeOpenItemShort', [data.item.title]) });
  const options = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: t('nudgeTitle'),
    message: t('nudgeSpent', [String(data.minutesToday), data.host]),
    // How to get the card (with every choice) instead of this notification.
    contextMessage: t('nudgeNotificationHowToCard'),
    // Chrome's buttons; the polyfill's (Firefox) types do not list them, Firefox ignores them.
    buttons,
  };
  // The last digit says whether the notification offers something (an item or the review).
  const id = `${NOTIFICATION_PREFIX}${data.nudgeId}:${tabId}:${data.item || data.review ? 1 : 0}`;
  await browser.notifications.create(id, options as Notifications.CreateNotificationOptions);
}

/** Reads back what notifyNudge put in the notification id. */
export function parseNotificationId(id: string): { nudgeId: string; tabId: number; hasItem: boolean } | null {
  const match = /^nudge:([^:]+):(-?\d+):([01])$/.exec(id);
  return match ? { nudgeId: match[1]!, tabId: Number(match[2]), hasItem: match[3] === '1' } : null;
}
