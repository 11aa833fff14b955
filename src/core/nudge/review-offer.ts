/**
 * The nudge's better option can be the day's review instead of a saved item: "Review 3 cards
 * (about 2 min)". Offered only when the person asked for it (Options → Review) and cards are
 * left today under the daily limit.
 */
export interface ReviewOffer {
  cards: number;
  minutes: number;
}

/** What one answer is taken to take when the person has no answers yet to go by. */
const SECONDS_PER_CARD = 30;

/**
 * The review to offer: `cardsLeft` cards (due and under today's limit), timed by the person's
 * own recent answers (their mean, seconds each; answers given in no time say nothing), at least
 * a minute. Null when no card is left.
 */
export function reviewOffer(cardsLeft: number, recentSeconds: readonly number[]): ReviewOffer | null {
  if (cardsLeft <= 0) return null;
  const timed = recentSeconds.filter((s) => s > 0);
  const each = timed.length ? timed.reduce((a, b) => a + b, 0) / timed.length : SECONDS_PER_CARD;
  return { cards: cardsLeft, minutes: Math.max(1, Math.round((cardsLeft * each) / 60)) };
}
