// Library page figures for `npm run bench`: first rows drawn with 10 000 and 100 000 items, a
// filter applied at 10 000, and 500 items tied to a goal through the worker.
// The 100 000-item library (seed-library.mjs) is seeded once, for the library's first screen
// and for search as typed in the popup (search_p95_ms_100k).
import { launch, seedRows as seed } from '../e2e/harness.mjs';
import { ONE_WORD, searchLatency, TWO_WORDS } from './popup.bench.mjs';
import { seedLibrary, seedLibrary100k } from './seed-library.mjs';

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const GOAL = 'g-bench';

async function libraryReady(h, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const page = await h.ctx.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/src/library/index.html`);
    await page.waitForFunction(() => performance.getEntriesByName('learnmark:library-ready').length > 0, null, {
      timeout: 120_000,
    });
    times.push(await page.evaluate(() => performance.getEntriesByName('learnmark:library-ready')[0].startTime));
    await page.close();
  }
  return median(times);
}

/** From choosing the goal filter to its rows drawn (count changed, no row waiting for data). */
async function filterOnce(page) {
  return page.evaluate(
    (goalId) =>
      new Promise((resolve) => {
        const select = [...document.querySelectorAll('.filters select')].find((s) =>
          [...s.options].some((o) => o.value === goalId),
        );
        const count = () => document.querySelector('[data-testid=library-count]').textContent;
        const before = count();
        const t0 = performance.now();
        select.value = goalId;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        const check = () => {
          if (count() !== before && document.querySelector('.row') && !document.querySelector('.row-loading'))
            requestAnimationFrame(() => resolve(performance.now() - t0));
          else setTimeout(check, 0);
        };
        check();
      }),
    GOAL,
  );
}

async function libraryFilter(h, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const page = await h.ctx.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/src/library/index.html`);
    await page.waitForFunction(() => performance.getEntriesByName('learnmark:library-ready').length > 0);
    times.push(await filterOnce(page));
    await page.close();
  }
  return median(times);
}

/**
 * The longest frame while the whole list is scrolled, a screen per frame, from the first row
 * to the last: the time between animation frames, rows read and drawn as they come into view.
 */
async function scrollLongestFrame(h, runs = 3) {
  const longest = [];
  for (let i = 0; i < runs; i++) {
    const page = await h.ctx.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/src/library/index.html`);
    await page.waitForFunction(() =>
      /^\d+ items$/.test(document.querySelector('[data-testid=library-count]').textContent),
    );
    longest.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const list = document.querySelector('[data-testid=library-list]');
            let last = 0;
            let worst = 0;
            const step = (t) => {
              if (last) worst = Math.max(worst, t - last);
              last = t;
              if (list.scrollTop + list.clientHeight >= list.scrollHeight - 1) resolve(worst);
              else {
                list.scrollTop += list.clientHeight;
                requestAnimationFrame(step);
              }
            };
            requestAnimationFrame(step);
          }),
      ),
    );
    await page.close();
  }
  return median(longest);
}

/** 500 items tied to a goal: the worker's one-transaction bulk write, message to answer. */
async function bulkTie(page, ids, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const slice = ids.slice(i * 500, (i + 1) * 500);
    times.push(
      await page.evaluate(
        async (payload) => {
          const t0 = performance.now();
          const answer = await chrome.runtime.sendMessage({ type: 'library-bulk', payload });
          if (answer?.changed !== payload.ids.length) throw new Error(`tied ${JSON.stringify(answer)}`);
          return performance.now() - t0;
        },
        { ids: slice, action: { kind: 'tie', goalId: 'g-other' } },
      ),
    );
  }
  return median(times);
}

export async function benchLibrary(print) {
  const h = await launch();
  try {
    const page = await h.ctx.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/src/library/index.html`);
    await page.getByText('0 items').waitFor();
    const goal = (id, title) => ({
      id,
      title,
      why: '',
      keywords: [],
      weeklyMinutes: 60,
      weeklyItems: null,
      color: '#0b5cad',
      status: 'active',
      createdAt: 0,
      updatedAt: 0,
      targetDate: null,
      order: 0,
    });
    // Seeded from a page that reads nothing (the library would re-read its view on each write).
    await page.goto(`chrome-extension://${h.extensionId}/manifest.json`);
    await seed(page, 'goals', [goal(GOAL, 'Bench goal'), goal('g-other', 'Other goal')]);
    const now = Date.now();
    await seedLibrary(page, { count: 10_000, now, goalIds: [GOAL] });
    await page.goto(`chrome-extension://${h.extensionId}/src/library/index.html`);
    const ids = Array.from({ length: 10_000 }, (_, i) => `bench-${i}`);
    print('library_ready_ms_10k', Math.round(await libraryReady(h)), 'ms');
    print('library_filter_ms_10k', Math.round(await libraryFilter(h)), 'ms');
    print('library_scroll_longest_frame_ms_10k', Math.round(await scrollLongestFrame(h)), 'ms');
    print('bulk_tie_500_ms', Math.round(await bulkTie(page, ids)), 'ms');

    await page.goto(`chrome-extension://${h.extensionId}/manifest.json`);
    const t0 = Date.now();
    await seedLibrary100k(page, { now, from: 1 });
    print('bench_seed_90k_ms', Date.now() - t0, 'ms');
    print('library_ready_ms_100k', Math.round(await libraryReady(h, 3)), 'ms');
    await page.goto(`chrome-extension://${h.extensionId}/src/popup/index.html`);
    await page.waitForFunction(() => performance.getEntriesByName('learnmark:popup-ready').length > 0);
    const big = await searchLatency(page, [...ONE_WORD, ...TWO_WORDS], 2);
    print('search_p50_ms_100k', pct(big, 0.5).toFixed(1), 'ms');
    print('search_p95_ms_100k', pct(big, 0.95).toFixed(1), 'ms');
  } finally {
    await h.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchLibrary((name, value, unit) => console.log(`bench ${name} ${value} ${unit}`));
}
