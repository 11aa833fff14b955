import browser from 'webextension-polyfill';
import { DEFAULT_REVIEW, parseReviewSettings, type ReviewSettings } from '../core/review/settings';

const REVIEW_KEY = 'review';

export async function loadReviewSettings(): Promise<ReviewSettings> {
  try {
    return parseReviewSettings((await browser.storage.sync.get(REVIEW_KEY))[REVIEW_KEY]);
  } catch {
    return DEFAULT_REVIEW;
  }
}

export async function saveReviewSettings(change: Partial<ReviewSettings>): Promise<ReviewSettings> {
  const next = parseReviewSettings({ ...(await loadReviewSettings()), ...change });
  await browser.storage.sync.set({ [REVIEW_KEY]: next });
  return next;
}
