// Import drafts the data tests share: `count` rows of a Pocket CSV, mapped as the page maps them.
import type { ImportDraft } from '../../src/core/data/import-draft';
import { mapPocketCsv } from '../../src/core/data/import-formats';

/** `count` distinct Pocket rows (every other one archived, tags a and b), as import drafts. */
export const pocketDrafts = (count: number): ImportDraft[] =>
  mapPocketCsv(
    Array.from({ length: count }, (_, i) => ({
      title: `T${i}`,
      url: `https://a.example/${i}`,
      time_added: String(1_700_000_000 + i),
      tags: 'a|b',
      status: i % 2 ? 'archive' : 'unread',
    })),
    0,
  ).drafts;
