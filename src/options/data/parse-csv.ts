import Papa from 'papaparse';
import type { CsvRow } from '../../core/data/import-formats';

export interface CsvResult {
  fields: string[];
  rows: CsvRow[];
  /** Set when the file ends inside a quoted field: it was cut off (or is not a CSV). */
  unterminatedAt: number | null;
}

/** Rows parsed between two pauses that let the page draw progress and answer clicks. */
const ROWS_PER_SLICE = 2_000;
const nextTask = () => new Promise<void>((ok) => setTimeout(ok, 0));

/**
 * Parses CSV text with papaparse, row by row, yielding to the page every few thousand rows so
 * that 100 000 rows never freeze it. Each row carries the file line it starts on (fields may
 * span lines), for messages.
 */
export function parseCsv(text: string, onProgress: (fraction: number) => void = () => {}): Promise<CsvResult> {
  const rows: CsvRow[] = [];
  let unterminatedAt: number | null = null;
  let fields: string[] = [];
  // Where the current row starts, and its line: papaparse's cursor is where the next row
  // starts, so the newlines between two cursors are the lines the row took.
  let rowStart = text.indexOf('\n') + 1;
  let line = 2; // the header is line 1
  // After a pause papaparse counts its cursor from where it resumed: this is that point.
  let base = 0;
  return new Promise((resolve, reject) => {
    Papa.parse<CsvRow>(text, {
      header: true,
      skipEmptyLines: 'greedy',
      transformHeader: (h) => h.trim().toLowerCase(),
      step(result, parser) {
        fields = result.meta.fields ?? fields;
        if (result.errors.some((e) => e.code === 'MissingQuotes')) unterminatedAt ??= line;
        const row = result.data;
        row.__line = line;
        rows.push(row);
        const cursor = base + result.meta.cursor;
        for (let i = rowStart; i < cursor; i++) if (text.charCodeAt(i) === 10) line++;
        rowStart = Math.max(rowStart, cursor);
        if (rows.length % ROWS_PER_SLICE === 0) {
          parser.pause();
          base = cursor;
          onProgress(cursor / text.length);
          void nextTask().then(() => parser.resume());
        }
      },
      complete: () => resolve({ fields, rows, unterminatedAt }),
      error: (error: Error) => reject(error),
    });
  });
}
