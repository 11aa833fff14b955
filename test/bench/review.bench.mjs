// review_ready_ms: the review page opened with 10 000 cards in the database (a year of
// highlights, a few hundred due), from the navigation to today's queue drawn (`review-drawn`).
import { launch, seedRows } from '../e2e/harness.mjs';

const CARDS = 10_000;
const RUNS = 7;
const DAY = 86_400_000;

export async function benchReview(print) {
  const now = Date.UTC(2026, 10, 30, 9);
  const h = await launch({ now });
  try {
    const page = await h.ctx.newPage();
    const url = `chrome-extension://${h.extensionId}/src/review/index.html`;
    await page.goto(url);
    await seedRows(page, 'items', [
      {
        id: 'it',
        url: 'https://a.example.com/',
        originalUrl: 'https://a.example.com/',
        kind: 'article',
        title: 'An article',
        text: 'x',
        tags: [],
        goalIds: [],
        status: 'unread',
        note: '',
        savedAt: now,
        updatedAt: now,
      },
    ]);
    await seedRows(
      page,
      'highlights',
      Array.from({ length: CARDS }, (_, i) => ({
        id: `h${i}`,
        itemId: 'it',
        exact: `Passage ${i} worth remembering.`,
        prefix: '',
        suffix: '',
        start: i,
        color: 'yellow',
        note: '',
        createdAt: now - DAY,
        updatedAt: now - DAY,
      })),
    );
    await seedRows(
      page,
      'reviewCards',
      Array.from({ length: CARDS }, (_, i) => ({
        id: `c${i}`,
        source: 'highlight',
        sourceId: `h${i}`,
        due: now - 30 * DAY + i * 365 * (DAY / CARDS) * 3,
        stability: 3,
        difficulty: 5,
        elapsed_days: 1,
        scheduled_days: 3,
        learning_steps: 0,
        reps: 2,
        lapses: 0,
        state: 2,
        last_review: now - 40 * DAY,
        suspended: false,
      })),
    );
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto(url);
      await page.getByTestId('review-card').waitFor({ timeout: 60_000 });
      times.push(await page.evaluate(() => performance.getEntriesByName('review-drawn')[0]?.startTime ?? NaN));
    }
    times.sort((a, b) => a - b);
    print('review_ready_ms', Math.round(times[Math.floor(RUNS / 2)]), 'ms');
  } finally {
    await h.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchReview((name, value, unit) => console.log(`bench ${name} ${value} ${unit}`));
}
