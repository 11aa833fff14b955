// Data figures for `npm run bench`, in Chromium with the built extension, through the options
// page as a person uses it (choose file → preview → confirm → committed): importing a
// 10 000-row Pocket CSV and a 10 000-bookmark file; backup and restore of 10 000 items.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearTable, launch, seedRows as seed } from '../e2e/harness.mjs';
import { makeItems, rng, sentence } from './realistic.mjs';

export function pocketCsv(n, random) {
  const rows = Array.from(
    { length: n },
    (_, i) =>
      `"${sentence(random, 8)}",https://pocket${i % 300}.example/a/${i},${1_600_000_000 + i * 600},learning|t${i % 20},${i % 3 ? 'unread' : 'archive'}`,
  );
  return `title,url,time_added,tags,status\n${rows.join('\n')}\n`;
}

function bookmarksHtml(n, random) {
  const folders = Array.from({ length: 20 }, (_, f) => {
    const links = Array.from(
      { length: n / 20 },
      (_, i) =>
        `<DT><A HREF="https://mark${f}.example/p/${f * n + i}" ADD_DATE="${1_600_000_000 + i}">${sentence(random, 6)}</A>`,
    );
    return `<DT><H3>Folder ${f}</H3>\n<DL><p>\n${links.join('\n')}\n</DL><p>`;
  });
  return `<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<TITLE>Bookmarks</TITLE>\n<H1>Bookmarks</H1>\n<DL><p>\n${folders.join('\n')}\n</DL><p>\n`;
}

/** Chooses `file` on the data section, confirms the preview, and returns the elapsed ms. */
export async function importFile(page, file, confirm) {
  await page.reload();
  const t0 = Date.now();
  await page.getByLabel('Choose a file to import or restore').setInputFiles(file);
  await page.getByRole('button', { name: confirm }).click({ timeout: 120_000 });
  await page.getByTestId('data-result').waitFor({ timeout: 120_000 });
  return Date.now() - t0;
}

export async function benchData(print) {
  const tmp = mkdtempSync(join(tmpdir(), 'learnmark-data-bench-'));
  const h = await launch();
  try {
    const page = await h.ctx.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/src/options/index.html#data`);
    await page.getByRole('heading', { name: 'Your data' }).waitFor();
    const random = rng(11);
    const pocket = join(tmp, 'pocket.csv');
    writeFileSync(pocket, pocketCsv(10_000, random));
    print('import_pocket_10k_ms', await importFile(page, pocket, 'Import 10000 items'), 'ms');
    await clearTable(page, 'items');
    const marks = join(tmp, 'bookmarks.html');
    writeFileSync(marks, bookmarksHtml(10_000, random));
    print('import_bookmarks_10k_ms', await importFile(page, marks, 'Import 10000 items'), 'ms');

    await clearTable(page, 'items');
    await seed(page, 'items', makeItems(10_000));
    await page.reload();
    const t0 = Date.now();
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('button', { name: 'Download a backup' }).click();
    const backup = await (await download).path();
    print('backup_10k_ms', Date.now() - t0, 'ms');
    await clearTable(page, 'items');
    print('restore_10k_ms', await importFile(page, backup, 'Restore 10000 items'), 'ms');
  } finally {
    await h.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchData((name, value, unit) => console.log(`bench ${name} ${value} ${unit}`));
}
