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
  let line = 2; // the header is line 1
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
