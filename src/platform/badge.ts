import browser from 'webextension-polyfill';

const BADGE = {
  saved: { text: '✓', color: '#1a7f37' },
  problem: { text: '!', color: '#b35900' },
} as const;
const SHOW_MS = 2500;

let clearTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Shows a short-lived mark on the toolbar icon for the tab that was saved. A stopped worker
 * would leave the mark up, so the mark is per tab: it goes when the tab navigates.
 */
export async function flashBadge(kind: keyof typeof BADGE, tabId?: number): Promise<void> {
  const { text, color } = BADGE[kind];
  const target = tabId === undefined ? {} : { tabId };
  await Promise.all([
    browser.action.setBadgeBackgroundColor({ color, ...target }),
    browser.action.setBadgeText({ text, ...target }),
  ]);
  clearTimeout(clearTimer);
  clearTimer = setTimeout(() => {
    // null clears the tab's own text, so the icon shows its global text again (the week badge).
    browser.action.setBadgeText({ text: tabId === undefined ? '' : null, ...target }).catch(() => undefined);
  }, SHOW_MS);
}
