import browser from 'webextension-polyfill';
import {
  DEFAULT_TEXT_SIZE,
  parseProgress,
  parseTextSize,
  withProgress,
  type ReadingProgress,
} from '../core/reader/prefs';
import { now } from '../platform/clock';

// The reader's own state, beside the settings: the text size roams with the profile; how far
// each item was read stays on this device.
const TEXT_SIZE_KEY = 'readerTextSize';
const PROGRESS_KEY = 'readerProgress';

export async function loadTextSize(): Promise<number> {
  try {
    return parseTextSize((await browser.storage.sync.get(TEXT_SIZE_KEY))[TEXT_SIZE_KEY]);
  } catch {
    return DEFAULT_TEXT_SIZE;
  }
}

export async function saveTextSize(size: number): Promise<void> {
  await browser.storage.sync.set({ [TEXT_SIZE_KEY]: parseTextSize(size) });
}

const IMAGES_KEY = 'readerImages';
/** Items whose images the person chose to see, newest choice last; old choices drop off. */
const IMAGES_KEPT = 5_000;

async function itemsWithImages(): Promise<string[]> {
  const raw: unknown = (await browser.storage.local.get(IMAGES_KEY))[IMAGES_KEY];
  return Array.isArray(raw) ? raw.filter((id): id is string => typeof id === 'string') : [];
}

/** Whether the person chose to see this item's images (a per-item choice, kept on this device). */
export async function imagesShown(itemId: string): Promise<boolean> {
  try {
    return (await itemsWithImages()).includes(itemId);
  } catch {
    return false;
  }
}

export async function setImagesShown(itemId: string, shown: boolean): Promise<void> {
  const others = (await itemsWithImages()).filter((id) => id !== itemId);
  await browser.storage.local.set({ [IMAGES_KEY]: (shown ? [...others, itemId] : others).slice(-IMAGES_KEPT) });
}

async function loadProgress(): Promise<ReadingProgress> {
  return parseProgress((await browser.storage.local.get(PROGRESS_KEY))[PROGRESS_KEY]);
}

export async function progressOf(itemId: string): Promise<number> {
  try {
    return (await loadProgress())[itemId]?.fraction ?? 0;
  } catch {
    return 0;
  }
}

export async function saveProgress(itemId: string, fraction: number): Promise<void> {
  await browser.storage.local.set({ [PROGRESS_KEY]: withProgress(await loadProgress(), itemId, fraction, now()) });
}
