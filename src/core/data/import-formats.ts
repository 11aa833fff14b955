import { checkRow, fromIsoDate, fromUnixSeconds } from './import-fields';
import type { ImportDraft, ImportProblem, MappedRows } from './import-draft';
import { splitTags } from '../item/tags';

/** A CSV record by column name, with the file line it starts on. */
export type CsvRow = Record<string, string | undefined> & { __line?: number };

/** A link read from an HTML export (Pocket's or a browser's bookmark file). */
export interface HtmlLink {
  line: number;
  href: string | null;
  title: string;
  /** ADD_DATE / time_added attribute, Unix seconds as written. */
  added: string | null;
  /** TAGS / tags attribute, comma separated. */
  tags: string | null;
  /** Folder names from the top down (bookmarks), or Pocket's section heading. */
  folders: string[];
}

export type ImportFormat = 'pocket-csv' | 'pocket-html' | 'raindrop-csv' | 'bookmarks-html';
export type CsvFormat = Extract<ImportFormat, 'pocket-csv' | 'raindrop-csv'>;

/** Which CSV export a header row belongs to, or null when it is none we know. */
export function csvFormat(fields: readonly string[]): CsvFormat | null {
  const has = (...names: string[]) => names.every((n) => fields.includes(n));
  if (has('url', 'time_added')) return 'pocket-csv';
  if (has('url', 'created', 'folder')) return 'raindrop-csv';
  return null;
}

/**
 * Pocket's CSV: `title,url,time_added,tags,status` (newer exports add `cursor`, ignored).
 * `status` archive becomes done: in Pocket, archiving is how a read item is put away.
 */
export function mapPocketCsv(rows: readonly CsvRow[], now: number): MappedRows {
  return mapCsvRows('pocket-csv', rows, now);
}

function mapCsvRows(format: CsvFormat, rows: readonly CsvRow[], now: number): MappedRows {
  const problems: ImportProblem[] = [];
  const toDraft = csvRowDraft(format, now, problems);
  const drafts = rows.flatMap((row, i) => toDraft(row, i) ?? []);
  return { drafts, problems };
}

/**
 * One CSV row of `format` to its draft (null, with the reason in `problems`, when it is none):
 * so a file can be mapped row by row as it is parsed, without holding its rows. `index` is the
 * row's place, for its line when the row does not carry one.
 */
export function csvRowDraft(
  format: CsvFormat,
  now: number,
  problems: ImportProblem[],
): (row: CsvRow, index: number) => ImportDraft | null {
  if (format === 'pocket-csv')
    return (row, i) =>
      checkRow(
        {
          line: row.__line ?? i + 2,
          url: row.url,
          title: row.title,
          savedAt: fromUnixSeconds(row.time_added),
          rawDate: row.time_added,
          tags: splitTags(row.tags, /\|/),
          status: row.status?.trim() === 'archive' ? 'done' : 'unread',
        },
        now,
        problems,
      );
  return (row, i) => {
    const folder = row.folder?.trim();
    const tags = [
      ...(folder && folder !== 'Unsorted' ? folder.split('/') : []),
      ...splitTags(row.tags, /,/),
      ...(row.favorite?.trim() === 'true' ? ['favorite'] : []),
    ];
    const highlights = row.highlights?.trim();
    const note = [row.note?.trim(), highlights ? `Highlights:\n${highlights}` : ''].filter(Boolean).join('\n\n');
    return checkRow(
      {
        line: row.__line ?? i + 2,
        url: row.url,
        title: row.title,
        excerpt: row.excerpt,
        note,
        savedAt: fromIsoDate(row.created),
        rawDate: row.created,
        tags,
        status: 'unread',
      },
      now,
      problems,
    );
  };
}

/** The folders browsers put every bookmark under: as tags they would say nothing. */
const ROOT_FOLDERS = new Set([
  'bookmarks bar',
  'bookmarks toolbar',
  'bookmarks menu',
  'other bookmarks',
  'mobile bookmarks',
  'favorites bar',
]);

const folderPath = (folders: readonly string[]) => folders.join(' / ');

/**
 * Links of an HTML export. Bookmarks: folders become tags, and with `folder` only the links in
 * that folder (or below it) are taken. Pocket HTML: the "Read Archive" list is done.
 */
export function mapHtmlLinks(
  links: readonly HtmlLink[],
  format: 'pocket-html' | 'bookmarks-html',
  now: number,
  folder: string | null = null,
): MappedRows {
  const problems: ImportProblem[] = [];
  const drafts = links.flatMap((link) => {
    const path = folderPath(link.folders);
    if (folder !== null && path !== folder && !path.startsWith(`${folder} / `)) return [];
    const pocket = format === 'pocket-html';
    const folderTags = pocket ? [] : link.folders.filter((f) => !ROOT_FOLDERS.has(f.trim().toLowerCase()));
    const draft = checkRow(
      {
        line: link.line,
        url: link.href,
        title: link.title,
        savedAt: fromUnixSeconds(link.added),
        rawDate: link.added,
        tags: [...folderTags, ...(link.tags ? link.tags.split(',') : [])],
        status: pocket && /archive/i.test(link.folders[0] ?? '') ? 'done' : 'unread',
      },
      now,
      problems,
    );
    return draft ? [draft] : [];
  });
  return { drafts, problems };
}

/** Each folder path of a bookmark file with how many links it holds (itself and below). */
export function folderCounts(links: readonly HtmlLink[]): { path: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const link of links) {
    for (let depth = 1; depth <= link.folders.length; depth++) {
      const path = folderPath(link.folders.slice(0, depth));
      counts.set(path, (counts.get(path) ?? 0) + 1);
    }
  }
  return [...counts].map(([path, count]) => ({ path, count }));
}
