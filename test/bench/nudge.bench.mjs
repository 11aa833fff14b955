// Nudge figures for `npm run bench` (Chromium, the built extension):
// - nudge_card_shown_ms: from the game page loaded with the day's budget already spent (the
//   budget check runs on that navigation) to the card drawn in the page's closed shadow root.
//   It includes the card's calm-moment wait (QUIET_MS, 3 s without input), on purpose: that is
//   how long a person sees nothing. Polled over CDP every 50 ms, so ±50 ms.
import { format } from 'date-fns/format';
import { hasClosedShadow } from '../e2e/closed-shadow.mjs';
import { launch, seedRows } from '../e2e/harness.mjs';

const NOW = new Date(2026, 10, 25, 12).getTime();
const wait = (ms) => new Promise((ok) => setTimeout(ok, ms));

export async function benchNudge(print) {
  const h = await launch({ now: NOW });
  try {
    const options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#goals`);
    await options.getByRole('button', { name: 'New goal' }).waitFor();
    await seedRows(options, 'activity', [
      { day: format(NOW, 'yyyy-MM-dd'), host: 'farmville.com', category: 'distraction', seconds: 120 },
    ]);
    await h.sw.evaluate(() => chrome.storage.sync.set({ tracking: { dailyBudgetMinutes: 1 } }));
    const game = await h.ctx.newPage();
    await game.goto('http://farmville.com/');
    await game.bringToFront();
    const start = Date.now();
    while (!(await hasClosedShadow(game, 'learnmark-nudge'))) {
      if (Date.now() - start > 30_000) throw new Error('bench: no nudge card within 30 s');
      await wait(50);
    }
    print('nudge_card_shown_ms', Date.now() - start, 'ms');
  } finally {
    await h.close();
  }
}
