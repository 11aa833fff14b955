// A CSV export read as a stream (the import worker's path): decoded piece by piece and parsed
// record by record, with pieces cut anywhere, in a row, in a quoted field, in a character.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { csvRecords, parseCsvPieces } from '../../../../src/options/data/parse-csv';
import { readImportBlob, readImportFile, type Loaded } from '../../../../src/options/data/read-file';

const NOW = Date.UTC(2025, 6, 1);
const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../../fixtures/import', name)));
const drafts = (loaded: Loaded) => {
  if (loaded.kind !== 'import') throw new Error(JSON.stringify(loaded));
  return loaded.mapped.drafts;
};

/** `bytes` as a stream cut at `cuts` (byte offsets), decoded as the worker decodes a file. */
function decodedPieces(bytes: Uint8Array<ArrayBuffer>, cuts: number[]): ReadableStream<string> {
  const ends = [...cuts, bytes.length];
  const chunks = ends.map((end, i) => bytes.slice(i ? ends[i - 1] : 0, end));
  const stream = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(out) {
      for (const chunk of chunks) out.enqueue(chunk);
      out.close();
    },
  });
  return stream.pipeThrough(new TextDecoderStream('utf-8', { fatal: true }));
}

const CSV =
  'title,url,time_added,tags,status\n' +
  'Café crème,https://a.example/1,1700000000,x,unread\n' +
  '"A title\nover two lines, with ""quotes""",https://a.example/2,1700000001,,archive\n' +
  '🦀 Rust,https://a.example/3,1700000002,rust,unread\n';
const bytes = new TextEncoder().encode(CSV);

describe('csvRecords', () => {
  test('gives whole records only, however the text is cut, a quoted newline included', () => {
    for (let cut = 1; cut < CSV.length; cut++) {
      const records = csvRecords();
      const out = records.push(CSV.slice(0, cut)) + records.push(CSV.slice(cut)) + records.end();
      expect(out).toBe(CSV);
      const first = csvRecords().push(CSV.slice(0, cut));
      // Never a piece of a record: what comes out ends a record.
      expect(first === '' || CSV.startsWith(first)).toBe(true);
      expect(first === '' || first.endsWith('\n')).toBe(true);
      expect(first.split('"').length % 2).toBe(1);
    }
  });
});

describe('a CSV read as a stream', () => {
  const whole = async () => drafts(await readImportFile(bytes, NOW));

  test('a row cut between two pieces, and a quoted field cut in its newline, read as whole rows', async () => {
    const inRow = CSV.indexOf('https://a.example/1') + 5;
    const inQuote = CSV.indexOf('over two') - 1;
    for (const cuts of [[inRow], [inQuote], [inRow, inQuote]]) {
      const rows: string[] = [];
      const csv = await parseCsvPieces(decodedPieces(bytes, cuts), Infinity, (row) => !!rows.push(row.url!));
      expect(rows).toEqual(['https://a.example/1', 'https://a.example/2', 'https://a.example/3']);
      expect(csv).toMatchObject({ count: 3, unterminatedAt: null, tooManyRows: false });
    }
  });

  test('a character cut between two pieces (é is 2 bytes, 🦀 is 4) comes out whole, with each row on its line', async () => {
    const e = bytes.indexOf(0xc3) + 1;
    const crab = bytes.indexOf(0xf0) + 2;
    const titles: [string | undefined, number | undefined][] = [];
    await parseCsvPieces(decodedPieces(bytes, [e, crab]), Infinity, (row) => !!titles.push([row.title, row.__line]));
    expect(titles).toEqual([
      ['Café crème', 2],
      ['A title\nover two lines, with "quotes"', 3],
      ['🦀 Rust', 5],
    ]);
  });

  test('a file in many pieces gives the drafts reading it whole gives', async () => {
    const blob = new Blob([bytes]);
    expect(drafts(await readImportBlob(blob, NOW))).toEqual(await whole());
    // Pocket's own sample, and 5 000 rows (several 64 kB pieces).
    expect(drafts(await readImportBlob(new Blob([fixture('pocket.csv')]), NOW))).toEqual(
      drafts(await readImportFile(fixture('pocket.csv'), NOW)),
    );
    const many =
      CSV + Array.from({ length: 5_000 }, (_, i) => `Row ${i},https://b.example/${i},1700000000,,unread\n`).join('');
    const manyBytes = new TextEncoder().encode(many);
    const streamed = drafts(await readImportBlob(new Blob([manyBytes]), NOW));
    expect(streamed).toHaveLength(5_003);
    expect(streamed).toEqual(drafts(await readImportFile(manyBytes, NOW)));
  });

  test('a file cut in a row, too many rows, and bytes that are not UTF-8 are refused as when read whole', async () => {
    const cut = new TextEncoder().encode(CSV + '"Cut,https://a.example/4');
    expect(await readImportBlob(new Blob([cut]), NOW)).toEqual(await readImportFile(cut, NOW));
    expect(await readImportBlob(new Blob([cut]), NOW)).toMatchObject({
      kind: 'error',
      message: 'dataErrorTruncated',
      line: 6,
    });
    const latin1 = new Uint8Array([...new TextEncoder().encode(CSV), ...new TextEncoder().encode('Caf'), 0xe9, 0x0a]);
    expect(await readImportBlob(new Blob([latin1]), NOW)).toMatchObject({
      kind: 'error',
      message: 'dataErrorEncoding',
      line: 6,
    });
  });
});
