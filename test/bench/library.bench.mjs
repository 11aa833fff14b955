// Library page figures for `npm run bench`: first rows drawn with 10 000 and 100 000 items, a
// filter applied at 10 000, and 500 items tied to a goal through the worker.
// The 90 000 items added for the 100k figure carry shorter text (100 words, not 600): the
// library reads ids from indexes and rows only in view, so text length does not enter its
// figures, and 100 000 full-length items would not fit this shared machine's disk budget.
import { join } from 'node:path';
import { launch, repoRoot, seedRows as seed } from '../e2e/harness.mjs';
import { makeItems } from './realistic.mjs';
import { importTs } from './ts-loader.mjs';

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
  const { wordsRowOf } = await importTs(join(repoRoot, 'src/db/search-words.ts'));
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
    await seed(page, 'goals', [goal(GOAL, 'Bench goal'), goal('g-other', 'Other goal')]);
    const now = Date.now();
    const items = makeItems(10_000, { now, goalIds: [GOAL] });
    await seed(page, 'items', items, 500);
    await seed(
      page,
      'words',
      items.map((i) => wordsRowOf(i, [])),
      500,
    );
    print('library_ready_ms_10k', Math.round(await libraryReady(h)), 'ms');
    print('library_filter_ms_10k', Math.round(await libraryFilter(h)), 'ms');
    print('library_scroll_longest_frame_ms_10k', Math.round(await scrollLongestFrame(h)), 'ms');
    print(
      'bulk_tie_500_ms',
      Math.round(
        await bulkTie(
          page,
          items.map((i) => i.id),
        ),
      ),
      'ms',
    );

    for (let k = 1; k < 10; k++) {
      const more = makeItems(10_000, { now, seed: 7 + k, words: 100 }).map((i, j) => ({
        ...i,
        id: `bench-${k}-${j}`,
        url: `${i.url}/${k}`,
        originalUrl: `${i.url}/${k}`,
      }));
      // No search words: the library never reads them, and their ~100 index rows an item made
      // seeding 90 000 items outlast the bench's time on this shared machine.
      await seed(page, 'items', more, 1000);
    }
    print('library_ready_ms_100k', Math.round(await libraryReady(h, 3)), 'ms');
  } finally {
    await h.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchLibrary((name, value, unit) => console.log(`bench ${name} ${value} ${unit}`));
}
