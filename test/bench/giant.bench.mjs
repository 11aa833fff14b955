// How long a giant page (about 5 MB, 50 000 paragraphs) blocks its own tab while it is read
// and saved: the longest task on the tab's main thread, and the save time.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, saveFromPopup } from '../e2e/harness.mjs';

const URL = 'https://huge.example.net/archive/everything.html';

export async function benchGiant(print) {
  const dir = mkdtempSync(join(tmpdir(), 'learnmark-giant-'));
  const file = join(dir, 'giant.html');
  const body = Array.from(
    { length: 50_000 },
    (_, i) => `<p>Paragraph ${i}: notes on indexes and query plans.</p>`,
  ).join('\n');
  writeFileSync(
    file,
    `<!doctype html><html lang="en"><head><title>Everything</title></head><body><main>${body}</main></body></html>`,
  );
  const h = await launch({ pages: [{ url: URL, file }] });
  try {
    const tab = await h.ctx.newPage();
    await tab.goto(URL);
    await tab.evaluate(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
      }).observe({ type: 'longtask' });
    });
    const popup = await h.openPopupFor(tab);
    const outcome = await saveFromPopup(popup, { timeout: 60_000 });
    print('giant_page_save_ms', Math.round(outcome.ms), 'ms');
    print('giant_page_longest_task_ms', Math.round(await tab.evaluate(() => window.__longest)), 'ms');
  } finally {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchGiant((name, value, unit) => console.log(`bench ${name} ${value} ${unit}`));
}
