import { format } from 'date-fns/format';
import type { Goal } from '../goal/model';
import type { Highlight } from '../highlight/model';
import type { Item } from '../item/model';
import { isHttpUrl } from '../item/url';
import type { LogEntry, LogKind } from '../log/model';

/** Labels the caller passes in (from `_locales`), so the log is written in the person's language. */
export interface LogLabels {
  finished: string;
  saved: string;
  noItems: string;
  why: string;
  /** The heading of learning logged by hand, each kind's name, and minutes as a duration. */
  logged?: string;
  kinds?: Record<LogKind, string>;
  minutes?: (m: number) => string;
}

/** Markdown that shows a title as written: characters with a meaning in Markdown are escaped. */
export function mdText(value: string): string {
  return value.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]()<>#+!|~-])/g, '\\$1');
}

/** Highlights of items by item id, for the logs. */
type HighlightsByItem = ReadonlyMap<string, readonly Highlight[]>;

/** What a log carries beside its items: their highlights and notes, and learning logged by hand. */
export interface LogExtras {
  highlights?: HighlightsByItem;
  logged?: readonly LogEntry[];
}

/** An item's highlights under its line: each a nested quote, its note after a dash. */
function highlightLines(highlights: readonly Highlight[] = []): string {
  return [...highlights]
    .sort((a, b) => a.start - b.start)
    .map((h) => `\n  > ${mdText(h.exact)}${h.note.trim() ? ` — ${mdText(h.note)}` : ''}`)
    .join('');
}

function line(item: Item, highlights: HighlightsByItem): string {
  const title = mdText(item.title ?? item.url);
  const link = isHttpUrl(item.url) ? `[${title}](<${item.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : title;
  const note = item.note.trim() ? `\n  ${mdText(item.note)}` : '';
  const tags = item.tags.length ? ` — ${item.tags.map(mdText).join(', ')}` : '';
  return `- ${link} (${format(item.savedAt, 'yyyy-MM-dd')})${tags}${note}${highlightLines(highlights.get(item.id))}`;
}

function loggedLine(entry: LogEntry, labels: LogLabels): string {
  const minutes = labels.minutes?.(entry.minutes) ?? String(entry.minutes);
  const note = entry.note.trim() ? `\n  ${mdText(entry.note)}` : '';
  return `- ${mdText(entry.title)} (${labels.kinds?.[entry.kind] ?? entry.kind}, ${minutes}, ${entry.day})${note}`;
}

/** Learning logged by hand, oldest day first; nothing when there is none (older logs look as before). */
function loggedList(entries: readonly LogEntry[], labels: LogLabels): string[] {
  if (!entries.length) return [];
  const sorted = [...entries].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return [`## ${labels.logged ?? 'Logged'}\n\n${sorted.map((e) => loggedLine(e, labels)).join('\n')}\n`];
}

function list(heading: string, items: readonly Item[], labels: LogLabels, highlights: HighlightsByItem): string {
  const body = items.length ? items.map((i) => line(i, highlights)).join('\n') : `_${labels.noItems}_`;
  return `## ${heading}\n\n${body}\n`;
}

/** A week (local days `start` ≤ t < `end`, epoch ms) of learning: finished and saved items. */
export function weekLog(
  title: string,
  items: readonly Item[],
  range: { start: number; end: number },
  labels: LogLabels,
  { highlights = new Map(), logged = [] }: LogExtras = {},
): string {
  const fromDay = format(range.start, 'yyyy-MM-dd');
  const toDay = format(range.end, 'yyyy-MM-dd');
  const inRange = (t: number | null) => t !== null && t >= range.start && t < range.end;
  const finished = items.filter((i) => i.status === 'done' && inRange(i.doneAt)).sort((a, b) => a.doneAt! - b.doneAt!);
  const saved = items.filter((i) => inRange(i.savedAt) && !finished.includes(i)).sort((a, b) => a.savedAt - b.savedAt);
  return [
    `# ${mdText(title)}`,
    '',
    list(labels.finished, finished, labels, highlights),
    ...loggedList(
      logged.filter((e) => e.day >= fromDay && e.day < toDay),
      labels,
    ),
    list(labels.saved, saved, labels, highlights),
  ].join('\n');
}

/** A goal's learning log: why it matters, then its finished and open items. */
export function goalLog(
  goal: Goal,
  items: readonly Item[],
  labels: LogLabels,
  { highlights = new Map(), logged = [] }: LogExtras = {},
): string {
  const mine = items.filter((i) => i.goalIds.includes(goal.id)).sort((a, b) => a.savedAt - b.savedAt);
  const why = goal.why.trim() ? `${labels.why}: ${mdText(goal.why)}\n` : '';
  return [
    `# ${mdText(goal.title)}`,
    '',
    why,
    list(
      labels.finished,
      mine.filter((i) => i.status === 'done'),
      labels,
      highlights,
    ),
    ...loggedList(
      logged.filter((e) => e.goalIds.includes(goal.id)),
      labels,
    ),
    list(
      labels.saved,
      mine.filter((i) => i.status !== 'done'),
      labels,
      highlights,
    ),
  ].join('\n');
}
