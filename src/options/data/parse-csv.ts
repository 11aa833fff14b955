import Papa from 'papaparse';
import type { CsvRow } from '../../core/data/import-formats';

export interface CsvResult {
  fields: string[];
  /** The rows, unless each was handed to `onRow` instead (then empty). */
  rows: CsvRow[];
  /** How many rows were read. */
  count: number;
  /**
   * Set when the file ends inside a quoted field, or its last row has fewer fields than the
   * header (a file cut in the middle of a row): it was cut off (or is not a CSV).
   */
  unterminatedAt: number | null;
  /** Set when the file holds more than `maxRows` rows: parsing stopped there. */
  tooManyRows: boolean;
}

/** Rows parsed between two progress reports. */
const ROWS_PER_SLICE = 2_000;

/**
 * Parses CSV text with papaparse, row by row, reporting progress every few thousand rows. It
 * runs in the import worker, off the page's thread, so it never pauses: resuming a paused
 * parse of a string copies the rest of the text each time, which made a million rows take
 * minutes. Each row carries the file line it starts on (fields may span lines), for messages.
 * With `onRow`, each row is handed over as it is read and not kept (a million-row file is then
 * never held as rows as well as what they become); `onRow` returning false stops the parse.
 */
export function parseCsv(
  text: string,
  onProgress: (fraction: number) => void = () => {},
  maxRows = Infinity,
  onRow?: (row: CsvRow, fields: readonly string[]) => boolean,
  firstLine = 2,
): Promise<CsvResult> {
  const rows: CsvRow[] = [];
  let count = 0;
  let unterminatedAt: number | null = null;
  let tooManyRows = false;
  /** The line of the last row when it has fewer fields than the header. */
  let shortLastRow: number | null = null;
  let fields: string[] = [];
  // Where the current row starts, and its line: papaparse's cursor is where the next row
  // starts, so the newlines between two cursors are the lines the row took.
  let rowStart = text.indexOf('\n') + 1;
  let line = firstLine; // the header is line 1
  return new Promise((resolve, reject) => {
    Papa.parse<CsvRow>(text, {
      header: true,
      skipEmptyLines: 'greedy',
      transformHeader: (h) => h.trim().toLowerCase(),
      step(result, parser) {
        fields = result.meta.fields ?? fields;
        if (count >= maxRows) {
          tooManyRows = true;
          parser.abort();
          return;
        }
        if (result.errors.some((e) => e.code === 'MissingQuotes')) unterminatedAt ??= line;
        shortLastRow = result.errors.some((e) => e.code === 'TooFewFields') ? line : null;
        const row = result.data;
        row.__line = line;
        count++;
        if (!onRow) rows.push(row);
        else if (!onRow(row, fields)) return parser.abort();
        const cursor = result.meta.cursor;
        for (let i = rowStart; i < cursor; i++) if (text.charCodeAt(i) === 10) line++;
        rowStart = Math.max(rowStart, cursor);
        if (count % ROWS_PER_SLICE === 0) onProgress(cursor / text.length);
      },
      complete: () =>
        resolve({
          fields,
          rows,
          count,
          unterminatedAt: unterminatedAt ?? (tooManyRows ? null : shortLastRow),
          tooManyRows,
        }),
      error: (error: Error) => reject(error),
    });
  });
}

/**
 * Cuts CSV text that arrives in pieces into whole records: `push` answers the records complete
 * so far (up to the last newline outside quotes, newline included), `end` the rest. A record
 * split between two pieces, even inside a quoted field, comes out whole.
 */
export function csvRecords(): { push(piece: string): string; end(): string } {
  let rest = '';
  let quoted = false;
  /** Where the scan of `rest` goes on: the text before it was scanned already. */
  let scanned = 0;
  return {
    push(piece) {
      rest += piece;
      let cut = -1;
      for (let i = scanned; i < rest.length; i++) {
        const c = rest.charCodeAt(i);
        if (c === 34) quoted = !quoted;
        else if (c === 10 && !quoted) cut = i;
      }
      scanned = rest.length;
      if (cut < 0) return '';
      const whole = rest.slice(0, cut + 1);
      rest = rest.slice(cut + 1);
      // The quote state at the end of the scan is that of `rest`: nothing after the cut was a newline outside quotes.
      scanned = rest.length;
      return whole;
    },
    end() {
      const last = rest;
      rest = '';
      scanned = 0;
      return last;
    },
  };
}

const newlines = (text: string) => {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/**
 * parseCsv over text that arrives in pieces (a file's stream through a TextDecoderStream), so
 * the file's text is never held whole: each run of whole records is parsed under the file's
 * header line, and the line numbers go on from run to run. `onRow` sees every row as parseCsv
 * hands it; the answer is parseCsv's for the whole file.
 */
export async function parseCsvPieces(
  pieces: AsyncIterable<string>,
  maxRows = Infinity,
  onRow?: (row: CsvRow, fields: readonly string[]) => boolean,
): Promise<CsvResult> {
  const records = csvRecords();
  const total: CsvResult = { fields: [], rows: [], count: 0, unterminatedAt: null, tooManyRows: false };
  let header: string | null = null;
  let line = 2;
  let stopped = false;
  const handed = onRow && ((row: CsvRow, fields: readonly string[]) => (onRow(row, fields) ? true : !(stopped = true)));
  const parse = async (text: string) => {
    let body = text;
    if (header === null) {
      const end = body.indexOf('\n');
      header = end < 0 ? body : body.slice(0, end + 1);
      body = end < 0 ? '' : body.slice(end + 1);
      if (!header.endsWith('\n')) header += '\n';
    }
    if (!body.trim()) {
      if (!total.fields.length) total.fields = (await parseCsv(header)).fields;
      return;
    }
    const part = await parseCsv(header + body, undefined, maxRows - total.count, handed, line);
    total.fields = part.fields;
    for (const row of part.rows) total.rows.push(row);
    total.count += part.count;
    total.tooManyRows ||= part.tooManyRows;
    // A short row or an open quote counts only at the file's end (each run but the last is whole).
    total.unterminatedAt = part.unterminatedAt;
    line += newlines(body);
  };
  for await (const piece of pieces) {
    const whole = records.push(piece);
    if (whole) await parse(whole);
    if (stopped || total.tooManyRows) return total;
  }
  const last = records.end();
  if (last || header === null) await parse(last);
  return total;
}
