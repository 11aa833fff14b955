import { parseBackup, type Backup, type InvalidRow } from '../../core/data/backup';
import type { ImportedHighlight, MappedRows } from '../../core/data/import-draft';
import {
  csvFormat,
  csvRowDraft,
  type CsvRow,
  mapHtmlLinks,
  type CsvFormat,
  type HtmlLink,
  type ImportFormat,
} from '../../core/data/import-formats';
import { decodeText } from '../../core/text/decode';
import { parsePocketAnnotations, withHighlights } from '../../core/data/import-highlights';
import { parseCsv, parseCsvPieces, type CsvResult } from './parse-csv';
import { readHtmlLinks } from './parse-html';
import { unzipCsvParts, ZIP_LIMITS, type ZipUnsafe } from './parse-zip';

/**
 * The most one import reads: a file of 100 MB, or 1 million rows. Anything larger is refused
 * before it is parsed, with the limit in the message. HTML is read by the page's own parser
 * (DOMParser, which workers lack), so it has a smaller limit that parses in well under a second.
 */
export const IMPORT_LIMITS = { bytes: 100 * 1024 * 1024, rows: 1_000_000, htmlChars: 10 * 1024 * 1024 } as const;
const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export type Loaded =
  | { kind: 'import'; format: ImportFormat; mapped: MappedRows; links: HtmlLink[] | null }
  | { kind: 'backup'; backup: Backup; invalid: InvalidRow[] }
  /** An HTML export read where there is no DOMParser (a worker): the page parses `text`. */
  | { kind: 'html'; text: string }
  | { kind: 'error'; message: string; line?: number; args?: string[] };

const fail = (message: string, line?: number, args?: string[]): Loaded => ({ kind: 'error', message, line, args });

const ZIP_UNSAFE: Record<ZipUnsafe, [string, string]> = {
  entries: ['dataErrorZipEntries', String(ZIP_LIMITS.entries)],
  size: ['dataErrorZipSize', MB(ZIP_LIMITS.totalBytes)],
  ratio: ['dataErrorZipRatio', String(ZIP_LIMITS.ratio)],
  lies: ['dataErrorZipLies', ''],
};
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/**
 * Reads a chosen file into rows to preview: a backup (JSON), Pocket's CSV, zip or HTML,
 * Raindrop's CSV or a browser's bookmark file, recognised by content rather than name.
 * `message` of an error is a `_locales` key.
 */
export async function readImportFile(
  bytes: Uint8Array,
  now: number,
  onProgress?: (f: number) => void,
): Promise<Loaded> {
  if (bytes.length > IMPORT_LIMITS.bytes) return fail('dataErrorTooBig', undefined, [MB(IMPORT_LIMITS.bytes)]);
  if (!bytes.length) return fail('dataErrorEmpty');
  if (isZip(bytes)) {
    const zip = unzipCsvParts(bytes);
    if (!zip.ok) {
      if (zip.error === 'zip-unsafe') {
        const [message, limit] = ZIP_UNSAFE[zip.why];
        return fail(message, undefined, [limit]);
      }
      return fail(zip.error === 'zip-damaged' ? 'dataErrorZipDamaged' : 'dataErrorZipNoCsv');
    }
    const mapped: MappedRows = { drafts: [], problems: [] };
    let rows = 0;
    for (const part of zip.parts) {
      const one = await readCsvDrafts(part.bytes, now, mapped, onProgress, undefined, IMPORT_LIMITS.rows - rows);
      if ('message' in one) return one;
      if (one.format !== 'pocket-csv') return fail('dataErrorUnknown');
      rows += one.rows;
    }
    return {
      kind: 'import',
      format: 'pocket-csv',
      mapped: withPocketHighlights(mapped, zip.annotations, now),
      links: null,
    };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail('dataErrorEncoding', decoded.line);
  const text = decoded.text;
  const start = text.trimStart().slice(0, 200);
  if (start.startsWith('{')) {
    const parsed = parseBackup(text);
    if (!parsed.ok)
      return fail(
        {
          'not-json': 'dataErrorBackupDamaged',
          'not-backup': 'dataErrorNotBackup',
          'newer-version': 'dataErrorBackupNewer',
          'unsafe-keys': 'dataErrorBackupUnsafe',
        }[parsed.error],
      );
    return { kind: 'backup', backup: parsed.backup, invalid: parsed.invalid };
  }
  if (start.startsWith('<')) {
    if (text.length > IMPORT_LIMITS.htmlChars) return fail('dataErrorTooBig', undefined, [MB(IMPORT_LIMITS.htmlChars)]);
    return typeof DOMParser === 'undefined' ? { kind: 'html', text } : readHtml(text, now);
  }
  const mapped: MappedRows = { drafts: [], problems: [] };
  const csv = await readCsvDrafts(bytes, now, mapped, onProgress, text);
  if ('message' in csv) return csv;
  return { kind: 'import', format: csv.format, mapped, links: null };
}

/** Pocket's highlights (its zip's `annotations/*.json`) on the drafts of their pages. */
function withPocketHighlights(mapped: MappedRows, parts: readonly { bytes: Uint8Array }[], now: number): MappedRows {
  const byUrl = new Map<string, ImportedHighlight[]>();
  for (const part of parts) {
    const decoded = decodeText(part.bytes);
    const found = decoded.ok ? parsePocketAnnotations(decoded.text, now) : null;
    for (const [url, list] of found ?? []) byUrl.set(url, [...(byUrl.get(url) ?? []), ...list]);
  }
  return { ...mapped, drafts: withHighlights(mapped.drafts, byUrl) };
}

/** An HTML export's links, with the browser's parser: on the page, within its own limit. */
export function readHtml(text: string, now: number): Loaded {
  if (text.length > IMPORT_LIMITS.htmlChars) return fail('dataErrorTooBig', undefined, [MB(IMPORT_LIMITS.htmlChars)]);
  const html = readHtmlLinks(text);
  if (!html) return fail('dataErrorNoLinks');
  return { kind: 'import', format: html.format, mapped: mapHtmlLinks(html.links, html.format, now), links: html.links };
}

/** How a CSV's rows are read: parseCsv over the whole text, or parseCsvPieces over a stream. */
type CsvReader = (maxRows: number, onRow: (row: CsvRow, fields: readonly string[]) => boolean) => Promise<CsvResult>;

/**
 * Parses a CSV export and maps each row to its draft as it is read, into `into` (so the rows
 * themselves are never all held). Its format is known from the header.
 */
async function readCsvDrafts(
  bytes: Uint8Array,
  now: number,
  into: MappedRows,
  onProgress?: (f: number) => void,
  text?: string,
  maxRows: number = IMPORT_LIMITS.rows,
): Promise<{ format: CsvFormat; rows: number } | Extract<Loaded, { kind: 'error' }>> {
  let source = text;
  if (source === undefined) {
    const decoded = decodeText(bytes);
    if (!decoded.ok) return { kind: 'error', message: 'dataErrorEncoding', line: decoded.line };
    source = decoded.text;
  }
  const whole = source;
  return csvDrafts((most, onRow) => parseCsv(whole, onProgress, most, onRow), now, into, maxRows);
}

async function csvDrafts(
  read: CsvReader,
  now: number,
  into: MappedRows,
  maxRows: number = IMPORT_LIMITS.rows,
): Promise<{ format: CsvFormat; rows: number } | Extract<Loaded, { kind: 'error' }>> {
  let format: CsvFormat | null = null;
  let toDraft: ReturnType<typeof csvRowDraft> | null = null;
  const csv = await read(maxRows, (row, fields) => {
    if (!toDraft) {
      format = csvFormat(fields);
      if (!format) return false;
      toDraft = csvRowDraft(format, now, into.problems);
    }
    const draft = toDraft(row, 0);
    if (draft) into.drafts.push(draft);
    return true;
  });
  if (csv.tooManyRows)
    return { kind: 'error', message: 'dataErrorTooManyRows', args: [IMPORT_LIMITS.rows.toLocaleString('en')] };
  format ??= csvFormat(csv.fields);
  if (!format) return { kind: 'error', message: 'dataErrorUnknown' };
  if (csv.unterminatedAt !== null) return { kind: 'error', message: 'dataErrorTruncated', line: csv.unterminatedAt };
  return { format, rows: csv.count };
}

/** Bytes of the file's start looked at to tell a CSV from the formats read whole. */
const HEAD_BYTES = 4096;

/**
 * Reads a chosen file as readImportFile does, but a CSV (UTF-8, the exports' encoding) is
 * streamed: decoded piece by piece (`file.stream()` through a TextDecoderStream) and parsed
 * record by record, so a 100 MB export is never held as bytes and text at once. A zip (it must
 * be inflated), a backup and an HTML export are read whole, as is a file that is not valid
 * UTF-8 (to name the line of the first bad byte).
 */
export async function readImportBlob(file: Blob, now: number, onProgress?: (f: number) => void): Promise<Loaded> {
  if (file.size > IMPORT_LIMITS.bytes) return fail('dataErrorTooBig', undefined, [MB(IMPORT_LIMITS.bytes)]);
  const whole = async () => readImportFile(new Uint8Array(await file.arrayBuffer()), now, onProgress);
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const start = new TextDecoder('utf-8').decode(head).trimStart();
  if (!head.length || isZip(head) || (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
    return whole();
  if (start.startsWith('{') || start.startsWith('<')) return whole();
  let read = 0;
  const counted = new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
    transform(chunk, out) {
      read += chunk.length;
      onProgress?.(read / file.size);
      out.enqueue(chunk);
    },
  });
  const pieces = file
    .stream()
    .pipeThrough(counted)
    .pipeThrough(new TextDecoderStream('utf-8', { fatal: true }));
  const mapped: MappedRows = { drafts: [], problems: [] };
  try {
    const csv = await csvDrafts((most, onRow) => parseCsvPieces(pieces, most, onRow), now, mapped);
    if ('message' in csv) return csv;
    return { kind: 'import', format: csv.format, mapped, links: null };
  } catch (error) {
    // Not UTF-8: read whole, which names the line of the first bad byte.
    if (error instanceof TypeError) return whole();
    throw error;
  }
}
