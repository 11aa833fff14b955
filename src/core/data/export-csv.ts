import type { Goal } from '../goal/model';
import type { Highlight } from '../highlight/model';
import type { Item } from '../item/model';
import type { LogEntry } from '../log/model';

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a
 * formula; a saved title like `=HYPERLINK(...)` must stay text, so such cells get a `'`.
 */
export function spreadsheetSafe(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const EXPORT_COLUMNS = [
  'title',
  'url',
  'status',
  'tags',
  'goals',
  'saved',
  'done',
  'note',
  'via',
  'highlights',
] as const;

const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());

/** An item's highlights in one cell: one per line, in text order, each with its note after a dash. */
function highlightsCell(highlights: readonly Highlight[] = []): string {
  return [...highlights]
    .sort((a, b) => a.start - b.start)
    .map((h) => {
      const exact = h.exact.replace(/\s+/g, ' ').trim();
      const note = h.note.replace(/\s+/g, ' ').trim();
      return note ? `"${exact}" — ${note}` : `"${exact}"`;
    })
    .join('\n');
}

/** The items as rows of cells (header first), ready for a CSV writer; highlights by item id. */
export function itemsToRows(
  items: readonly Item[],
  goals: readonly Goal[],
  highlights: ReadonlyMap<string, readonly Highlight[]> = new Map(),
): string[][] {
  const goalTitle = new Map(goals.map((g) => [g.id, g.title]));
  const rows = [...items]
    .sort((a, b) => b.savedAt - a.savedAt)
    .map((item) => [
      item.title ?? '',
      item.url,
      item.status,
      item.tags.join('|'),
      item.goalIds
        .map((id) => goalTitle.get(id) ?? '')
        .filter(Boolean)
        .join('|'),
      iso(item.savedAt),
      iso(item.doneAt),
      item.note,
      item.via,
      highlightsCell(highlights.get(item.id)),
    ]);
  return [[...EXPORT_COLUMNS], ...rows.map((row) => row.map(spreadsheetSafe))];
}

const LOG_COLUMNS = ['day', 'title', 'kind', 'minutes', 'goals', 'note'] as const;

/** Learning logged by hand as rows of cells (header first), oldest day first. */
export function logEntriesToRows(entries: readonly LogEntry[], goals: readonly Goal[]): string[][] {
  const goalTitle = new Map(goals.map((g) => [g.id, g.title]));
  const rows = [...entries]
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.createdAt - b.createdAt))
    .map((e) => [
      e.day,
      e.title,
      e.kind,
      String(e.minutes),
      e.goalIds
        .map((id) => goalTitle.get(id) ?? '')
        .filter(Boolean)
        .join('|'),
      e.note,
    ]);
  return [[...LOG_COLUMNS], ...rows.map((row) => row.map(spreadsheetSafe))];
}
