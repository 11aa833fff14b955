// Files and measurements for imports of any size, shared by import-limits.e2e.ts and the bench.
import { createWriteStream } from 'node:fs';
import { deflateSync, zipSync } from 'fflate';

/** Writes a Pocket CSV of `rows` rows to `path` (about 75 bytes a row), streaming. */
export async function writePocketCsv(path, rows) {
  const out = createWriteStream(path);
  const write = (text) => (out.write(text) ? Promise.resolve() : new Promise((ok) => out.once('drain', ok)));
  await write('title,url,time_added,tags,status\n');
  const batch = 10_000;
  for (let i = 0; i < rows; i += batch) {
    const lines = [];
    for (let j = i; j < Math.min(rows, i + batch); j++)
      lines.push(
        `Row ${j},https://site${j % 1000}.example/p/${j},${1_600_000_000 + j},t${j % 20},${j % 3 ? 'unread' : 'archive'}\n`,
      );
    await write(lines.join(''));
  }
  await new Promise((ok, fail) => out.end((error) => (error ? fail(error) : ok())));
}

/** A zip bomb posing as a Pocket export: `mb` MB of zeros as part_000000.csv. */
export const zipBomb = (mb = 64) => zipSync({ 'part_000000.csv': new Uint8Array(mb * 1024 * 1024) }, { level: 9 });

/**
 * A zip whose directory lies: it says its one entry holds 1 MB (so the ratio looks like an
 * export's), while the entry inflates to `mb` MB.
 */
export function lyingZip(mb = 256) {
  // 256 MB of zeros deflate to about 250 kB: declared as 1 MB, a ratio of 4 to 1 looks plausible.
  return oneEntryZip(deflateSync(new Uint8Array(mb * 1024 * 1024), { level: 9 }), 1024 * 1024);
}

/** A one-entry zip with `data` (raw deflate) as its entry, declaring `size` bytes uncompressed. */
function oneEntryZip(data, size) {
  const name = new TextEncoder().encode('part_000000.csv');
  const local = new Uint8Array(30 + name.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(8, 8, true);
  lv.setUint32(18, data.length, true);
  lv.setUint32(22, size, true);
  lv.setUint16(26, name.length, true);
  local.set(name, 30);
  const central = new Uint8Array(46 + name.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(10, 8, true);
  cv.setUint32(20, data.length, true);
  cv.setUint32(24, size, true);
  cv.setUint16(28, name.length, true);
  cv.setUint32(42, 0, true);
  central.set(name, 46);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, local.length + data.length, true);
  const out = new Uint8Array(local.length + data.length + central.length + end.length);
  out.set(local, 0);
  out.set(data, local.length);
  out.set(central, local.length + data.length);
  out.set(end, local.length + data.length + central.length);
  return out;
}

/**
 * Installs a 'longtask' observer in `page`; `longestTask(page)` reads the longest since, in ms.
 * It first proves the observer sees tasks (a 120 ms busy loop must be reported), then starts
 * from zero, so a longest task of 0 means none over 50 ms, not an observer that saw nothing.
 */
export async function watchLongTasks(page) {
  await page.evaluate(() => {
    window.__longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longestTask = Math.max(window.__longestTask, entry.duration);
    }).observe({ type: 'longtask' });
  });
  // A task of the page's own (CDP's evaluate is not one the observer reports).
  await page.evaluate(() =>
    setTimeout(() => {
      const t0 = performance.now();
      while (performance.now() - t0 < 120);
    }, 0),
  );
  for (let i = 0; i < 50 && (await longestTask(page)) < 120; i++) await new Promise((ok) => setTimeout(ok, 20));
  if ((await longestTask(page)) < 120) throw new Error('the longtask observer saw no long task');
  await page.evaluate(() => (window.__longestTask = 0));
}

export const longestTask = (page) => page.evaluate(() => Math.round(window.__longestTask));
