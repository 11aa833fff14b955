import { format } from 'date-fns/format';
import { strToU8, zipSync } from 'fflate';
import type { Goal } from '../goal/model';
import type { Highlight } from '../highlight/model';
import type { Item } from '../item/model';
import { isHttpUrl } from '../item/url';
import { mdText } from './export-markdown';

/** Headings the caller passes in (from `_locales`), so the note is in the person's language. */
export interface ItemNoteLabels {
  highlights: string;
  takeaway: string;
  original: string;
}

/**
 * A YAML scalar that reads back as the same string: a JSON string is a valid YAML double-quoted
 * scalar, so titles with `:`, `#`, quotes or newlines cannot break the front matter.
 */
const yamlString = (value: string) => JSON.stringify(value);
const yamlList = (values: readonly string[]) => `[${values.map(yamlString).join(', ')}]`;

/**
 * A passage as a Markdown quote, characters with a meaning escaped: a line per paragraph (text
 * split by a blank line), other line breaks being the page's own wrapping.
 */
function quoteBlock(exact: string): string {
  return exact
    .split(/\n\s*\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `> ${mdText(line)}`)
    .join('\n');
}

/**
 * One item as a Markdown note usable in Obsidian: front matter (title, url, author, saved,
 * tags, goals), then its highlights in text order as quotes, each followed by its note, then
 * the takeaway. Only an http(s) address becomes a link.
 */
export function itemMarkdown(
  item: Item,
  highlights: readonly Highlight[],
  goals: readonly Goal[],
  labels: ItemNoteLabels,
): string {
  const goalTitle = new Map(goals.map((g) => [g.id, g.title]));
  const title = item.title ?? item.url;
  const front = [
    '---',
    `title: ${yamlString(title)}`,
    `url: ${yamlString(item.url)}`,
    ...(item.author ? [`author: ${yamlString(item.author)}`] : []),
    `saved: ${format(item.savedAt, 'yyyy-MM-dd')}`,
    `tags: ${yamlList(item.tags)}`,
    `goals: ${yamlList(item.goalIds.flatMap((id) => goalTitle.get(id) ?? []))}`,
    '---',
  ];
  const link = isHttpUrl(item.url) ? `[${labels.original}](<${item.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : '';
  const marks = [...highlights]
    .sort((a, b) => a.start - b.start)
    .map((h) => (h.note.trim() ? `${quoteBlock(h.exact)}\n\n${mdText(h.note)}` : quoteBlock(h.exact)));
  const body = [`# ${mdText(title)}`, ...(link ? [link] : [])];
  if (marks.length) body.push(`## ${labels.highlights}`, marks.join('\n\n'));
  if (item.note.trim()) body.push(`## ${labels.takeaway}`, mdText(item.note));
  return `${front.join('\n')}\n\n${body.join('\n\n')}\n`;
}

/** Characters no file system (or Obsidian's links) accepts in a name. */
const UNSAFE_NAME = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]+/g;
const NAME_MAX = 80;

/** A file name for an item's note, from its title; unique among `taken` (which it adds to). */
export function itemFileName(item: Item, taken: Set<string>): string {
  const base =
    (item.title ?? '')
      .replace(UNSAFE_NAME, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '')
      .slice(0, NAME_MAX)
      .trim() || 'item';
  let name = `${base}.md`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n}).md`;
  taken.add(name.toLowerCase());
  return name;
}

/** Every item as its own note, one `.md` file each, in one zip (for an Obsidian vault). */
export function itemNotesZip(
  items: readonly Item[],
  highlights: ReadonlyMap<string, readonly Highlight[]>,
  goals: readonly Goal[],
  labels: ItemNoteLabels,
): Uint8Array<ArrayBuffer> {
  const taken = new Set<string>();
  const files: Record<string, Uint8Array> = {};
  for (const item of [...items].sort((a, b) => a.savedAt - b.savedAt))
    files[itemFileName(item, taken)] = strToU8(itemMarkdown(item, highlights.get(item.id) ?? [], goals, labels));
  return zipSync(files, { level: 6 });
}
