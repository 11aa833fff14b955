// Feed-button figures for `npm run bench`: a synthetic X timeline of 500 posts streamed in
// (25 every 50 ms, as a scrolling feed would) in Chromium with the built extension. The content
// script records User Timing measures only on pages that opt in with `data-learnmark-bench`.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distDir, launch, readManifest } from '../e2e/harness.mjs';

const POSTS = 500;
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];

function post(i) {
  const id = (1861000000000000000n + BigInt(i) * 4194304000n).toString();
  return `<div data-testid="cellInnerDiv"><article data-testid="tweet" role="article" tabindex="0">
<div data-testid="User-Name"><a href="/user${i % 40}"><span>User ${i % 40}</span></a><a href="/user${i % 40}" tabindex="-1"><span>@user${i % 40}</span></a>
<a href="/user${i % 40}/status/${id}"><time datetime="2024-11-25T12:00:00.000Z">3h</time></a></div>
<div data-testid="tweetText" lang="en"><span>Post ${i}: notes on indexes, caches and queues </span><a href="https://t.co/x${i}"><span aria-hidden="true">https://</span>example.com/p/${i}</a></div>
<div role="group" aria-label="1 reply"><button data-testid="reply"></button><button data-testid="like"></button></div></article></div>`;
}

function feedPage() {
  const posts = JSON.stringify(Array.from({ length: POSTS }, (_, i) => post(i)));
  return `<!doctype html><html lang="en" data-learnmark-bench><head><meta charset="utf-8"><title>Home / X</title></head>
<body><main><div aria-label="Timeline: Your Home Timeline"><div id="feed"></div></div></main><script>
const posts = ${posts}; let at = 0; const feed = document.getElementById('feed');
const more = () => { feed.insertAdjacentHTML('beforeend', posts.slice(at, at + 25).join('')); at += 25; if (at < posts.length) setTimeout(more, 50); };
setTimeout(more, 300);
</script></body></html>`;
}

/** Built content-script files (the loader and every chunk it loads), raw and gzip -9. */
export function contentScriptSize() {
  const manifest = readManifest();
  const files = new Set(manifest.content_scripts.flatMap((c) => c.js));
  for (const w of manifest.web_accessible_resources ?? [])
    for (const r of w.resources) if (r.endsWith('.js')) files.add(r);
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const body = readFileSync(join(distDir, f));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip, files: [...files] };
}

export async function benchSocial(print) {
  const size = contentScriptSize();
  print('feed_content_js_raw_bytes', size.raw, 'bytes');
  print('feed_content_js_gzip_bytes', size.gzip, 'bytes');
  const file = join(mkdtempSync(join(tmpdir(), 'learnmark-feed-')), 'feed.html');
  writeFileSync(file, feedPage());
  const url = 'https://x.com/home';
  const h = await launch({ pages: [{ url, file }] });
  try {
    const page = await h.ctx.newPage();
    await page.goto(url);
    await page.waitForFunction((n) => document.querySelectorAll('learnmark-save').length >= n, POSTS, {
      timeout: 60_000,
    });
    const { buttons, observer } = await page.evaluate(() => ({
      buttons: performance.getEntriesByName('learnmark-feed-button').map((e) => e.duration),
      observer: performance.getEntriesByName('learnmark-feed-observer').map((e) => e.duration),
    }));
    print('feed_button_p50_ms', quantile(buttons, 0.5).toFixed(3), 'ms');
    print('feed_button_p95_ms', quantile(buttons, 0.95).toFixed(3), 'ms');
    print('feed_observer_total_ms', observer.reduce((a, b) => a + b, 0).toFixed(1), 'ms');
    if (buttons.length < POSTS) print('feed_button_samples', buttons.length, 'count');
  } finally {
    await h.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchSocial((name, value, unit) => console.log(`bench ${name} ${value} ${unit}`));
}
