import { expect, test } from 'vitest';
import { withoutRepeats } from '../../../src/popup/popup-lists';

const items = (...ids: string[]) => ids.map((id) => ({ id }));

test.each([
  ['nothing else shown: the first `cap`', items('a', 'b', 'c', 'd'), [], 3, ['a', 'b', 'c']],
  ['what Up next shows is dropped', items('a', 'b', 'c', 'd', 'e'), [items('a', 'c')], 3, ['b', 'd', 'e']],
  ['several lists, some not loaded yet', items('a', 'b', 'c'), [items('a'), null, undefined, items('b')], 3, ['c']],
  ['everything repeated: empty', items('a', 'b'), [items('b', 'a')], 3, []],
])('%s', (_, list, shown, cap, expected) => {
  expect(withoutRepeats(list, shown, cap).map((i) => i.id)).toEqual(expected);
});
