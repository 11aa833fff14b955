// @vitest-environment jsdom
// Each import format read from realistic sample files (test/fixtures/import), as the options
// page reads them: bytes → text → rows → drafts, with the odd cases the issue lists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { readImportFile, type Loaded } from '../../../../src/options/data/read-file';
import { unzipCsvParts, ZIP_LIMITS } from '../../../../src/options/data/parse-zip';
import { parseCsv } from '../../../../src/options/data/parse-csv';

const NOW = Date.UTC(2025, 6, 1);
const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../../fixtures/import', name)));
const read = (name: string) => readImportFile(fixture(name), NOW);
const imported = (loaded: Loaded) => {
  if (loaded.kind !== 'import') throw new Error(JSON.stringify(loaded));
  return loaded;
};

describe('Pocket', () => {
  test('CSV: Unix seconds, | tags, archive is done, tracking parameters dropped', async () => {
    const { format, mapped } = imported(await read('pocket.csv'));
    expect(format).toBe('pocket-csv');
    expect(mapped.problems).toEqual([]);
    expect(mapped.drafts.map((d) => [d.line, d.url, d.savedAt, d.tags, d.status])).toEqual([
      [2, 'https://engineering.example.com/posts/query-planner.html', 1_700_000_000_000, ['sql', 'postgres'], 'unread'],
      [3, 'https://blog.example.org/feedback', 1_690_000_000_000, ['leadership'], 'done'],
      [4, 'https://x.com/someone/status/1234567890', 1_680_000_000_000, [], 'unread'],
    ]);
  });

  test('CSV with a cursor column', async () => {
    const { mapped } = imported(await read('pocket-cursor.csv'));
    expect(mapped.drafts.map((d) => [d.title, d.tags, d.status])).toEqual([
      ['Rust ownership in pictures', ['rust'], 'unread'],
      ['Writing design docs people read', ['writing', 'docs'], 'done'],
    ]);
  });

  test('zip of part_*.csv files, in part order', async () => {
    const { format, mapped } = imported(await read('pocket.zip'));
    expect(format).toBe('pocket-csv');
    expect(mapped.drafts).toHaveLength(5);
    expect(mapped.drafts[3]!.title).toBe('Rust ownership in pictures');
  });

  test('zip with annotations: each page carries its highlights; highlights of other pages are left', async () => {
    const { mapped } = imported(await read('pocket-highlights.zip'));
    expect(mapped.drafts.map((d) => [d.url, d.highlights])).toEqual([
      [
        'https://engineering.example.com/posts/query-planner.html',
        [
          { exact: 'The planner estimates the cost of every plan it considers.', createdAt: 1_700_000_500_000 },
          { exact: 'Statistics go stale after bulk loads; run ANALYZE.', createdAt: 1_700_000_600_000 },
        ],
      ],
      [
        'https://blog.example.org/feedback',
        [{ exact: 'Describe the behaviour, not the person.', createdAt: 1_690_000_300_000 }],
      ],
    ]);
  });

  test('HTML: the Read Archive list is done, tags kept', async () => {
    const { format, mapped } = imported(await read('pocket.html'));
    expect(format).toBe('pocket-html');
    expect(mapped.drafts.map((d) => [d.title, d.status, d.tags])).toEqual([
      ['How the Postgres query planner picks an index', 'unread', ['sql', 'postgres']],
      ['Kubernetes probes, explained', 'unread', []],
      ['Giving feedback that lands', 'done', ['leadership']],
    ]);
  });
});

test('Raindrop: multi-line fields, ISO dates, folders and favourites as tags, highlights in the note', async () => {
  const { format, mapped } = imported(await read('raindrop.csv'));
  expect(format).toBe('raindrop-csv');
  const [mentoring, observability] = mapped.drafts;
  expect(mentoring).toMatchObject({
    line: 2,
    title: 'Mentoring, without the jargon',
    savedAt: Date.parse('2024-03-05T09:15:00.000Z'),
    tags: ['Career', 'Mentoring', 'growth', 'people', 'favorite'],
    excerpt: 'A short guide to mentoring',
  });
  expect(mentoring!.note).toBe(
    'My takeaway:\nask before advising.\n\nHighlights:\nHighlight: Listen first.\nHighlight: Ask "what did you try?"',
  );
  // The first record took three lines.
  expect(observability).toMatchObject({ line: 5, tags: [] });
});

describe('bookmarks', () => {
  test('nested folders become tags (not the browser’s root folders); javascript: and place: are skipped', async () => {
    const loaded = imported(await read('bookmarks.html'));
    expect(loaded.format).toBe('bookmarks-html');
    expect(loaded.mapped.drafts.map((d) => [d.title, d.tags, d.savedAt])).toEqual([
      ['News', [], 1_600_000_100_000],
      ['Query planner', ['Learning', 'sql', 'postgres'], 1_650_000_000_000],
      ['Public speaking for engineers', ['Learning', 'Talks'], 1_660_000_000_000],
    ]);
    expect(loaded.mapped.problems.map((p) => [p.line, p.reason])).toEqual([
      [20, 'not-web'],
      [24, 'not-web'],
    ]);
  });
});

describe('bad input: a clear message, with the line where there is one', () => {
  test.each([
    ['windows-1252.csv', 'dataErrorEncoding', 2],
    ['truncated.csv', 'dataErrorTruncated', 3],
  ])('%s', async (name, message, line) => {
    expect(await read(name)).toEqual({ kind: 'error', message, line });
  });

  test.each([
    ['empty', new Uint8Array(), 'dataErrorEmpty'],
    ['unknown CSV', new TextEncoder().encode('a,b\n1,2\n'), 'dataErrorUnknown'],
    [
      'cut-off backup',
      new TextEncoder().encode('{"format":"learnmark-backup","version":1,"items":[{"id":'),
      'dataErrorBackupDamaged',
    ],
    ['other JSON', new TextEncoder().encode('{"hello":1}'), 'dataErrorNotBackup'],
    [
      'backup from the future',
      new TextEncoder().encode('{"format":"learnmark-backup","version":99}'),
      'dataErrorBackupNewer',
    ],
    ['damaged zip', fixture('pocket.zip').slice(0, 200), 'dataErrorZipDamaged'],
    ['over 100 MB', new Uint8Array(100 * 1024 * 1024 + 1), 'dataErrorTooBig'],
  ])('%s', async (_name, bytes, message) => {
    expect(await readImportFile(bytes, NOW)).toMatchObject({ kind: 'error', message });
  });

  test('a UTF-16 file with a byte-order mark is read', async () => {
    const text = readFileSync(join(__dirname, '../../../fixtures/import/pocket.csv'), 'utf8');
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    expect(imported(await readImportFile(bytes, NOW)).mapped.drafts).toHaveLength(3);
  });

  test('hostile rows: script kept as plain text, javascript: and empty addresses skipped, bad dates noted', async () => {
    const { mapped } = imported(await read('hostile.csv'));
    expect(mapped.drafts[0]!.title).toBe("<script>alert('x')</script><img src=x onerror=alert(1)>");
    expect(mapped.problems.map((p) => [p.line, p.reason])).toEqual([
      [3, 'not-web'],
      [4, 'no-url'],
      [5, 'bad-date'],
    ]);
    expect(mapped.drafts.find((d) => d.line === 5)!.savedAt).toBe(NOW);
  });

  test('a 10 MB title is cut to the cap', async () => {
    const csv = `title,url,time_added,tags,status\n"${'A'.repeat(10_000_000)}",https://big.example.com/,1700000000,,unread\n`;
    const { mapped } = imported(await readImportFile(new TextEncoder().encode(csv), NOW));
    expect(mapped.drafts[0]!.title!.length).toBe(1000);
    expect(mapped.problems).toMatchObject([{ line: 2, reason: 'field-cut' }]);
  });

  test('a CSV cut in the middle of a row is refused with the line of that row', async () => {
    const csv = 'title,url,time_added,tags,status\nA,https://a.example/1,1700000000,,unread\nB,https://b.exam';
    expect(await readImportFile(new TextEncoder().encode(csv), NOW)).toEqual({
      kind: 'error',
      message: 'dataErrorTruncated',
      line: 3,
    });
  });

  test('more rows than the limit are refused, with the limit', async () => {
    const header = 'title,url,time_added,tags,status\n';
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `T,https://a.example/${i},1700000000,,unread`);
    const csv = await parseCsv(`${header}${rows(11).join('\n')}\n`, undefined, 10);
    expect(csv).toMatchObject({ tooManyRows: true, unterminatedAt: null });
    expect(csv.rows).toHaveLength(10);
    expect((await parseCsv(`${header}${rows(10).join('\n')}\n`, undefined, 10)).tooManyRows).toBe(false);
  });

  test('rows handed over as they are read are not kept; the handler can stop the parse', async () => {
    const header = 'title,url,time_added,tags,status\n';
    const text = `${header}${Array.from({ length: 5 }, (_, i) => `T,https://a.example/${i},1,,unread`).join('\n')}\n`;
    const seen: [string | undefined, number | undefined][] = [];
    const csv = await parseCsv(text, undefined, Infinity, (row) => seen.push([row.url, row.__line]) < 3);
    expect(seen).toEqual([
      ['https://a.example/0', 2],
      ['https://a.example/1', 3],
      ['https://a.example/2', 4],
    ]);
    expect(csv).toMatchObject({ rows: [], count: 3, tooManyRows: false });
  });
});

describe('zip: checked before inflating, and held to its declared sizes while inflating', () => {
  const csv = (n: number) =>
    new TextEncoder().encode(
      `title,url,time_added,tags,status\n${Array.from({ length: n }, (_, i) => `T${i},https://a.example/${i},1700000000,,unread`).join('\n')}\n`,
    );

  test('too many entries', () => {
    const many = Object.fromEntries(
      Array.from({ length: ZIP_LIMITS.entries + 1 }, (_, i) => [`part_${i}.csv`, new Uint8Array(1)]),
    );
    expect(unzipCsvParts(zipSync(many))).toEqual({ ok: false, error: 'zip-unsafe', why: 'entries' });
  });

  test('a real zip bomb: refused from its directory, before anything is inflated', () => {
    // 20 MB of zeros compress to about 20 kB: a thousand to one.
    const bomb = zipSync({ 'part_0.csv': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    const t0 = performance.now();
    expect(unzipCsvParts(bomb)).toEqual({ ok: false, error: 'zip-unsafe', why: 'ratio' });
    expect(performance.now() - t0).toBeLessThan(100);
    // With a lower size limit, its declared size stops it first.
    expect(unzipCsvParts(bomb, { ...ZIP_LIMITS, totalBytes: 10 * 1024 * 1024 })).toEqual({
      ok: false,
      error: 'zip-unsafe',
      why: 'size',
    });
  });

  test('a header that understates its size: inflating stops, and the zip is refused', async () => {
    const data = csv(20_000);
    const zip = zipSync({ 'part_0.csv': data });
    // Rewrite the uncompressed size in the central directory (and the local header) to 100.
    const view = new DataView(zip.buffer);
    const central = zip.findLastIndex((_, i) => i + 4 <= zip.length && view.getUint32(i, true) === 0x02014b50);
    view.setUint32(central + 24, 100, true);
    view.setUint32(22, 100, true);
    expect(unzipCsvParts(zip)).toEqual({ ok: false, error: 'zip-unsafe', why: 'lies' });
    expect(await readImportFile(zip, NOW)).toMatchObject({ kind: 'error', message: 'dataErrorZipLies' });
    // Untouched, all 20 000 rows are read.
    expect(imported(await readImportFile(zipSync({ 'part_0.csv': data }), NOW)).mapped.drafts).toHaveLength(20_000);
  });

  test('a header that overstates its size, or a cut-off entry, is damaged', () => {
    const zip = zipSync({ 'part_0.csv': csv(100) });
    const view = new DataView(zip.buffer);
    const central = zip.findLastIndex((_, i) => i + 4 <= zip.length && view.getUint32(i, true) === 0x02014b50);
    view.setUint32(central + 24, view.getUint32(central + 24, true) + 10, true);
    expect(unzipCsvParts(zip)).toEqual({ ok: false, error: 'zip-damaged' });
  });

  test('the unsafe-zip message names the limit', async () => {
    const bomb = zipSync({ 'part_0.csv': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    expect(await readImportFile(bomb, NOW)).toEqual({
      kind: 'error',
      message: 'dataErrorZipRatio',
      line: undefined,
      args: [String(ZIP_LIMITS.ratio)],
    });
  });
});

test('100 000 rows parse in slices, reporting progress (time is not asserted)', async () => {
  const rows = Array.from(
    { length: 100_000 },
    (_, i) => `"Title ${i}",https://site${i % 50}.example/p/${i},1700000000,a|b,unread`,
  );
  const progress: number[] = [];
  const csv = await parseCsv(`title,url,time_added,tags,status\n${rows.join('\n')}\n`, (f) => progress.push(f));
  expect(csv.rows).toHaveLength(100_000);
  expect(csv.rows[99_999]!.__line).toBe(100_001);
  expect(progress.length).toBeGreaterThanOrEqual(49);
  expect(progress.every((f, i) => f > 0 && f <= 1 && (i === 0 || f >= progress[i - 1]!))).toBe(true);
});
