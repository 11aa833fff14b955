// Your time figures for `npm run bench` (Chromium, the built extension), with a year of
// activity for 200 hosts (on 120 registrable domains, some under a two-part suffix such as
// .co.uk), its day totals with hourly distraction, and three nudges a day:
// - time_report_ms_1y: the options page opened on this month's time report (the longest
//   period), navigation to the per-domain tables drawn (`learnmark:time-report-drawn`);
//   time_report_week_ms_1y the same for this week.
// - nudge_readout_ms_1y: the same navigation to "does the nudge help?" drawn for nine weeks
//   (`learnmark:nudge-readout-drawn`).
// Medians of 7 navigations after one warm-up. The time report reads the per-day time per site
// (`daySites`, one row a day), seeded from the same activity as the extension keeps it; a build
// from before that table (LEARNMARK_DIST=…, for a same-run before/after) reads `activity`, about
// 6 000 rows a month here.
import { launch, seedRows } from '../e2e/harness.mjs';

const DAY = 86_400_000;
const NOW = new Date(2026, 10, 25, 12).getTime();
const CATEGORIES = ['learning', 'distraction', 'neutral'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const dayKey = (t) => {
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

function makeYear() {
  const activity = [];
  const days = [];
  const daySites = [];
  const nudges = [];
  for (let d = 0; d < 365; d++) {
    const start = new Date(NOW - d * DAY).setHours(0, 0, 0, 0);
    const day = dayKey(start);
    const totals = { day, learning: 0, distraction: 0, neutral: 0, distractionByHour: new Array(24).fill(0) };
    const sites = {};
    for (let h = 0; h < 200; h++) {
      const category = CATEGORIES[h < 40 ? 0 : h < 60 ? 1 : 2];
      const seconds = 30 + ((d * 7 + h * 13) % 300);
      const host = `h${h}.site${h % 120}.${h % 3 ? 'example.com' : 'example.co.uk'}`;
      activity.push({ day, host, category, seconds, byCategory: { [category]: seconds } });
      sites[host] = { [category]: seconds };
      totals[category] += seconds;
      if (category === 'distraction') totals.distractionByHour[9 + (h % 10)] += seconds;
    }
    days.push(totals);
    daySites.push({ day, sites });
    for (const hour of [10, 14, 20]) {
      nudges.push({
        id: `n-${d}-${hour}`,
        at: start + hour * 3_600_000,
        host: 'h45.site45.example.com',
        trigger: 'budget',
        outcome: ['swapped', 'more-time', 'snoozed', 'ignored'][(d + hour) % 4],
        itemId: null,
        leftAt: start + hour * 3_600_000 + ((d * hour) % 9) * 60_000,
      });
    }
  }
  return { activity, days, daySites, nudges };
}

async function drawn(h, hash, mark, runs = 8) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const page = await h.ctx.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/src/options/index.html#${hash}`);
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 60_000 });
    times.push(await page.evaluate((name) => performance.getEntriesByName(name)[0].startTime, mark));
    await page.close();
  }
  return median(times.slice(1));
}

export async function benchTime(print) {
  const h = await launch({ now: NOW });
  try {
    const page = await h.ctx.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/src/options/index.html#goals`);
    await page.getByRole('button', { name: 'New goal' }).waitFor();
    const { activity, days, daySites, nudges } = makeYear();
    await seedRows(page, 'activity', activity, 5000);
    const hasDaySites = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('learnmark');
          open.onsuccess = () => (resolve(open.result.objectStoreNames.contains('daySites')), open.result.close());
        }),
    );
    if (hasDaySites) await seedRows(page, 'daySites', daySites, 50);
    await seedRows(page, 'days', days);
    await seedRows(page, 'nudges', nudges);
    print('time_report_ms_1y', Math.round(await drawn(h, 'time/month/0', 'learnmark:time-report-drawn')), 'ms');
    print('time_report_week_ms_1y', Math.round(await drawn(h, 'time/week/0', 'learnmark:time-report-drawn')), 'ms');
    print('nudge_readout_ms_1y', Math.round(await drawn(h, 'time', 'learnmark:nudge-readout-drawn')), 'ms');
  } finally {
    await h.close();
  }
}

// `node test/bench/time.bench.mjs` runs these figures alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  await benchTime((name, value, unit) => console.log(`bench ${name} ${value} ${unit}`));
}
