import { parseBackup, type Backup } from '../../core/data/backup';
import type { MappedRows } from '../../core/data/import-draft';
import {
  csvFormat,
  mapHtmlLinks,
  mapPocketCsv,
  mapRaindropCsv,
  type CsvRow,
  type HtmlLink,
  type ImportFormat,
} from '../../core/data/import-formats';
import { decodeText } from '../../core/text/decode';
import { parseCsv } from './parse-csv';
import { readHtmlLinks } from './parse-html';
import { unzipCsvParts } from './parse-zip';

export const MAX_FILE_BYTES = 256 * 1024 * 1024;

export type Loaded =
  | { kind: 'import'; format: ImportFormat; mapped: MappedRows; links: HtmlLink[] | null }
  | { kind: 'backup'; backup: Backup; invalid: number }
  | { kind: 'error'; message: string; line?: number };

const fail = (message: string, line?: number): Loaded => ({ kind: 'error', message, line });
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
  if (bytes.length > MAX_FILE_BYTES) return fail('dataErrorTooBig');
  if (!bytes.length) return fail('dataErrorEmpty');
  if (isZip(bytes)) {
    const zip = unzipCsvParts(bytes);
    if (!zip.ok)
      return fail(
        {
          'zip-damaged': 'dataErrorZipDamaged',
          'zip-too-big': 'dataErrorZipTooBig',
          'zip-no-csv': 'dataErrorZipNoCsv',
        }[zip.error],
      );
    const rows: CsvRow[] = [];
    for (const part of zip.parts) {
      const one = await readCsvRows(part.bytes, onProgress);
      if ('message' in one) return one;
      if (one.format !== 'pocket-csv') return fail('dataErrorUnknown');
      rows.push(...one.rows);
    }
    return { kind: 'import', format: 'pocket-csv', mapped: mapPocketCsv(rows, now), links: null };
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
        }[parsed.error],
      );
    return { kind: 'backup', backup: parsed.backup, invalid: parsed.invalid.length };
  }
  if (start.startsWith('<')) {
    const html = readHtmlLinks(text);
    if (!html) return fail('dataErrorNoLinks');
    return {
      kind: 'import',
      format: html.format,
      mapped: mapHtmlLinks(html.links, html.format, now),
      links: html.links,
    };
  }
  const csv = await readCsvRows(bytes, onProgress, text);
  if ('message' in csv) return csv;
  const mapped = csv.format === 'pocket-csv' ? mapPocketCsv(csv.rows, now) : mapRaindropCsv(csv.rows, now);
  return { kind: 'import', format: csv.format, mapped, links: null };
}

async function readCsvRows(
  bytes: Uint8Array,
  onProgress?: (f: number) => void,
  text?: string,
): Promise<{ format: ImportFormat; rows: CsvRow[] } | Extract<Loaded, { kind: 'error' }>> {
  let source = text;
  if (source === undefined) {
    const decoded = decodeText(bytes);
    if (!decoded.ok) return { kind: 'error', message: 'dataErrorEncoding', line: decoded.line };
    source = decoded.text;
  }
  const csv = await parseCsv(source, onProgress);
  const format = csvFormat(csv.fields);
  if (!format) return { kind: 'error', message: 'dataErrorUnknown' };
  if (csv.unterminatedAt !== null) return { kind: 'error', message: 'dataErrorTruncated', line: csv.unterminatedAt };
  return { format, rows: csv.rows };
}
