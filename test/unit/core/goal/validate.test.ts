import { describe, expect, test } from 'vitest';
import { parseKeywords, validateGoal, type GoalDraft } from '../../../../src/core/goal/validate';
import { goal } from '../../goal-fixtures';

const others = [
  goal({ id: 'g1', title: 'Public speaking', order: 0 }),
  goal({ id: 'g2', title: 'Old one', status: 'archived', order: 1 }),
];
const ctx = { now: 1000, newId: () => 'new-id' };
const check = (draft: Partial<GoalDraft>) => validateGoal({ title: 'Get better at SQL', ...draft }, others, ctx);

describe('validateGoal', () => {
  test.each([
    ['an empty title', { title: '   ' }, 'title', 'goalErrorTitleEmpty'],
    ['a 500-character title', { title: 'x'.repeat(500) }, 'title', 'goalErrorTitleLong'],
    [
      'a duplicate name, ignoring case and spaces',
      { title: '  PUBLIC   speaking ' },
      'title',
      'goalErrorTitleDuplicate',
    ],
    ['a negative weekly target', { weeklyMinutes: -5 }, 'weeklyMinutes', 'goalErrorMinutes'],
    ['more minutes than a week has', { weeklyMinutes: 20_000 }, 'weeklyMinutes', 'goalErrorMinutes'],
    ['a fractional item count', { weeklyItems: 2.5 }, 'weeklyItems', 'goalErrorItems'],
    ['an absurd item count', { weeklyItems: '1e9' }, 'weeklyItems', 'goalErrorItems'],
    ['text as a number', { weeklyMinutes: 'lots' }, 'weeklyMinutes', 'goalErrorMinutes'],
    ['a date that is not one', { targetDate: '2026-13-45' }, 'targetDate', 'goalErrorDate'],
    ['a colour that is not one', { color: 'red;background:url(x)' }, 'color', 'goalErrorColor'],
  ])('rejects %s', (_, draft, field, key) => {
    const result = check(draft);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual({ [field]: key });
  });

  test.each([
    ['emoji', '🚀 Ship faster'],
    ['right-to-left text', 'تعلم الإدارة'],
    ['a 120-character title', 'y'.repeat(120)],
    ['a name only an archived goal has', 'Old one'],
  ])('accepts %s', (_, title) => {
    const result = check({ title });
    expect(result).toMatchObject({ ok: true, goal: { title } });
  });

  test('a valid draft becomes a complete goal, at the end of the list', () => {
    const result = check({
      why: ' For my job ',
      keywords: 'database, Query planner,database',
      weeklyMinutes: '90',
      weeklyItems: 0,
      targetDate: '2027-03-01',
    });
    expect(result).toEqual({
      ok: true,
      goal: {
        id: 'new-id',
        title: 'Get better at SQL',
        why: 'For my job',
        keywords: ['database', 'Query planner'],
        weeklyMinutes: 90,
        weeklyItems: null,
        color: expect.stringMatching(/^#[0-9a-f]{6}$/),
        status: 'active',
        createdAt: 1000,
        updatedAt: 1000,
        targetDate: new Date('2027-03-01T12:00:00').getTime(),
        order: 2,
      },
    });
  });

  test('editing keeps the id, creation date and place, and may keep its own title', () => {
    const existing = others[0]!;
    const result = validateGoal({ id: 'g1', title: 'Public speaking', weeklyItems: 3 }, others, { ...ctx, existing });
    expect(result).toMatchObject({
      ok: true,
      goal: { id: 'g1', createdAt: Date.UTC(2026, 0, 5), order: 0, weeklyItems: 3, updatedAt: 1000 },
    });
  });

  test('several errors are reported together', () => {
    const result = check({ title: '', weeklyMinutes: -1, weeklyItems: -1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['title', 'weeklyItems', 'weeklyMinutes']);
  });
});

test.each([
  ['a, b ,c', ['a', 'b', 'c']],
  ['SQL;sql;  Postgres ', ['SQL', 'Postgres']],
  ['学习、数据', ['学习', '数据']],
  ['', []],
])('parseKeywords(%j)', (input, expected) => {
  expect(parseKeywords(input)).toEqual(expected);
});
