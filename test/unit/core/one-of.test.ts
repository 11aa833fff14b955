import { expect, test } from 'vitest';
import { oneOf } from '../../../src/core/one-of';
import { ITEM_STATUSES } from '../../../src/core/item/model';
import { CATEGORIES } from '../../../src/core/tracking/model';

test.each([
  [ITEM_STATUSES, 'done', true],
  [ITEM_STATUSES, 'Done', false],
  [ITEM_STATUSES, 'archive', false],
  [ITEM_STATUSES, undefined, false],
  [ITEM_STATUSES, null, false],
  [ITEM_STATUSES, ['done'], false],
  [CATEGORIES, 'neutral', true],
  [CATEGORIES, 'toString', false],
  [CATEGORIES, 1, false],
])('oneOf(%j, %j) = %s', (list, value, expected) => {
  expect(oneOf(list, value)).toBe(expected);
});
