// reader_open_ms: a 200 000-character article (the text cap) opened in the reader, from the
// navigation to the article drawn and scrolled to its place (the page's `reader-drawn` mark).
import { launch, seedRows } from '../e2e/harness.mjs';

const RUNS = 7;

function bigArticle() {
  const sentence = 'Indexes trade write cost for read speed, and the planner decides when they pay off. ';
  const parts = [];
  let text = 0;
  for (let i = 0; text < 200_000; i++) {
    if (i % 10 === 0) parts.push(`<h2>Section ${i / 10}</h2>`);
    const p = sentence.repeat(3) + `<a href="https://docs.example.com/${i}">see ${i}</a>`;
    parts.push(`<p>${p}</p>`);
    text += sentence.length * 3 + 8;
  }
  return { html: parts.join(''), text: 'x'.repeat(200_000) };
}

export async function benchReader(print) {
  const h = await launch();
  try {
    const page = await h.ctx.newPage();
    const base = `chrome-extension://${h.extensionId}/src/reader/index.html`;
    await page.goto(`${base}?id=none`);
    const { html, text } = bigArticle();
    const now = Date.UTC(2026, 0, 1);
    await seedRows(page, 'items', [
      {
        id: 'big',
        url: 'https://big.example.com/a',
        originalUrl: 'https://big.example.com/a',
        kind: 'article',
        title: 'A long article',
        author: null,
        siteName: 'Big',
        excerpt: null,
        lang: 'en',
        handle: null,
        canonicalUrl: null,
        publishedAt: null,
        text,
        html,
        quote: null,
        wordCount: 30_000,
        readingMinutes: 130,
        goalIds: [],
        tags: [],
        status: 'unread',
        note: '',
        savedAt: now,
        updatedAt: now,
        doneAt: null,
        engagedSeconds: 0,
        via: 'popup',
        capture: 'full',
        textCutChars: 0,
      },
    ]);
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto(`${base}?id=big`);
      await page.locator('body[data-reader-ready="true"]').waitFor({ timeout: 60_000 });
      times.push(await page.evaluate(() => performance.getEntriesByName('reader-drawn')[0]?.startTime ?? NaN));
    }
    times.sort((a, b) => a - b);
    print('reader_open_ms', Math.round(times[Math.floor(RUNS / 2)]), 'ms');
  } finally {
    await h.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchReader((name, value, unit) => console.log(`bench ${name} ${value} ${unit}`));
}
