import { describe, expect, test } from 'vitest';
import type { Item } from '../../../../src/core/item/model';
import { applyBulk, applyPatch, goalPass, patchOf, type BulkAction } from '../../../../src/core/library/bulk';

const base = {
  id: 'i',
  goalIds: ['g1'],
  tags: ['SQL'],
  status: 'unread',
  doneAt: null,
  updatedAt: 1,
} as unknown as Item;
const NOW = 1_000;

describe('a bulk action on one item', () => {
  test.each<[string, Partial<Item>, BulkAction, Partial<Item> | null]>([
    ['tie adds the goal', {}, { kind: 'tie', goalId: 'g2' }, { goalIds: ['g1', 'g2'] }],
    ['tie to a goal it has changes nothing', {}, { kind: 'tie', goalId: 'g1' }, null],
    ['untie removes the goal', {}, { kind: 'untie', goalId: 'g1' }, { goalIds: [] }],
    ['untie from a goal it lacks changes nothing', {}, { kind: 'untie', goalId: 'g9' }, null],
    ['a tag is added cleaned', {}, { kind: 'tag-add', tag: ' #postgres ' }, { tags: ['SQL', 'postgres'] }],
    ['a tag it has (any case) changes nothing', {}, { kind: 'tag-add', tag: 'sql' }, null],
    ['a tag is removed ignoring case', {}, { kind: 'tag-remove', tag: 'sql' }, { tags: [] }],
    ['done sets doneAt', {}, { kind: 'status', status: 'done' }, { status: 'done', doneAt: NOW }],
    ['done when done changes nothing', { status: 'done', doneAt: 5 }, { kind: 'status', status: 'done' }, null],
    [
      'archive keeps doneAt',
      { status: 'done', doneAt: 5 },
      { kind: 'status', status: 'archived' },
      { status: 'archived', doneAt: 5 },
    ],
    ['unarchive a finished item: done', { status: 'archived', doneAt: 5 }, { kind: 'unarchive' }, { status: 'done' }],
    ['unarchive an unread item: unread', { status: 'archived' }, { kind: 'unarchive' }, { status: 'unread' }],
    ['unarchive what is not archived changes nothing', {}, { kind: 'unarchive' }, null],
  ])('%s', (_, start, action, change) => {
    const item = { ...base, ...start };
    const after = applyBulk(item, action, NOW);
    if (change === null) expect(after).toBeNull();
    else expect(after).toEqual({ ...item, ...change, updatedAt: NOW });
  });

  test('the patch taken before an action puts it back', () => {
    const after = applyBulk(base, { kind: 'status', status: 'archived' }, NOW)!;
    expect(applyPatch(after, patchOf(base), NOW + 1)).toEqual({ ...base, updatedAt: NOW + 1 });
    expect(applyPatch(undefined, patchOf(base), NOW)).toBeNull();
  });
});

describe('a pass of goal suggestions over an import', () => {
  const items = ['a', 'b', 'c'].map((id) => ({ id, goalIds: id === 'c' ? ['g1'] : [] }) as unknown as Item);
  test('per goal, the items suggested and not tied yet, the goal with most first', () => {
    const suggested: Record<string, string[]> = { a: ['g2'], b: ['g1', 'g2'], c: ['g1'] };
    const pass = goalPass(items, (item) => suggested[item.id]!.map((goalId) => ({ goalId })));
    expect(pass).toEqual([
      { goalId: 'g2', ids: ['a', 'b'] },
      { goalId: 'g1', ids: ['b'] },
    ]);
  });
  test('nothing suggested: no pass', () => {
    expect(goalPass(items, () => [])).toEqual([]);
  });
});
