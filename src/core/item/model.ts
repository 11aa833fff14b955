import type { LoadFailure } from '../capture/load-outcome';
/** The learning item, as stored in the `items` table (see docs: the data contract). */
export const ITEM_KINDS = [
  'article',
  'linkedin-post',
  'linkedin-article',
  'tweet',
  'thread',
  'video',
  'course',
  'page',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const ITEM_STATUSES = ['unread', 'done', 'archived'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export const SAVE_VIAS = ['popup', 'shortcut', 'context-menu', 'feed-button', 'import'] as const;
export type SaveVia = (typeof SAVE_VIAS)[number];

/**
 * How much of the page we managed to read:
 * - `full`: the extractor ran and found the content;
 * - `partial`: a site extractor found nothing and the generic one filled in;
 * - `none`: the page could not be read; only the URL and tab title are kept.
 */
export const CAPTURE_QUALITIES = ['full', 'partial', 'none'] as const;
type CaptureQuality = (typeof CAPTURE_QUALITIES)[number];

export interface Item {
  id: string;
  url: string;
  originalUrl: string;
  kind: ItemKind;
  title: string | null;
  author: string | null;
  siteName: string | null;
  excerpt: string | null;
  lang: string | null;
  handle: string | null;
  canonicalUrl: string | null;
  publishedAt: number | null;
  text: string;
  quote: string | null;
  wordCount: number;
  readingMinutes: number;
  goalIds: string[];
  tags: string[];
  status: ItemStatus;
  note: string;
  savedAt: number;
  updatedAt: number;
  doneAt: number | null;
  engagedSeconds: number;
  via: SaveVia;
  capture: CaptureQuality;
  /** Characters of page text cut off by the cap; 0 when the whole text was kept. */
  textCutChars: number;
  /** Set when the person kept the link although the page did not load: why it did not. */
  loadFailure?: LoadFailure | null;
  /**
   * The readable HTML as captured, sanitised (core/reader/sanitize) and capped like `text`;
   * null or absent for posts, unreadable pages and items saved before the reader existed.
   */
  html?: string | null;
  /**
   * Search words as rows kept them before schema 13 moved them to the `words` table; the
   * database layer drops them on the next write, and backups and sync never carry them.
   */
  searchWords?: string[];
  fieldWords?: string[];
  /** The import that last brought this item (its upload id), for the library's view of it. */
  importBatch?: string;
}

/** The fields of an item that come from reading its page. */
type PageFields = Pick<
  Item,
  'kind' | 'title' | 'author' | 'siteName' | 'excerpt' | 'lang' | 'handle' | 'canonicalUrl' | 'publishedAt' | 'text'
>;

/** What an extractor running in a page returns to the worker. Plain data; its only HTML is `html`, sanitised. */
export interface Capture extends PageFields {
  /** The page's address as the page has it (`location.href`). */
  url: string;
  quote?: string | null;
  /** The readable HTML, sanitised in the page; the reader sanitises it again before drawing it. */
  html?: string | null;
  /** A site extractor found nothing and the generic one filled in. */
  partial?: boolean;
  /** The main document's HTTP status as the page's navigation timing has it; null if unknown. */
  httpStatus?: number | null;
}
