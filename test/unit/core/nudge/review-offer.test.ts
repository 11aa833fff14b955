import { expect, test } from 'vitest';
import { reviewOffer } from '../../../../src/core/nudge/review-offer';

test.each<[string, number, number[], ReturnType<typeof reviewOffer>]>([
  ['no card left today: nothing to offer', 0, [20, 40], null],
  ['no answers yet: half a minute a card', 4, [], { cards: 4, minutes: 2 }],
  ['the person’s own pace: 3 cards at 40 s', 3, [30, 50], { cards: 3, minutes: 2 }],
  ['answers in no time say nothing about the pace', 2, [0, 0, 90], { cards: 2, minutes: 3 }],
  ['one quick card is still about a minute', 1, [10], { cards: 1, minutes: 1 }],
])('%s', (_, cards, seconds, expected) => {
  expect(reviewOffer(cards, seconds)).toEqual(expected);
});
