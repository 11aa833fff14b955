import { describe, expect, test } from 'vitest';
import { checkRow, TABLE_CHECKS } from '../../../../src/core/sync/check';
import { changedFields, normaliseSetting, SYNCED_SETTINGS } from '../../../../src/core/sync/settings';

const goal = { id: 'g1', title: 'SQL', why: '', keywords: [], color: '#2563eb', status: 'active', createdAt: 1 };

describe('checkRow: a record from another device, with the backup’s checks', () => {
  test.each([
    ['a goal as the form writes it', goal, ['title', 'color'], { ok: true }],
    [
      'a colour that is no colour',
      { ...goal, color: 'url(http://x.example/)' },
      ['color'],
      { ok: false, fields: ['color'] },
    ],
    ['a status from no list', { ...goal, status: 'pwned' }, ['status', 'title'], { ok: false, fields: ['status'] }],
    ['a title too long', { ...goal, title: 'x'.repeat(500) }, ['title'], { ok: false, fields: ['title'] }],
    ['a goal with no title', { ...goal, title: ' ' }, ['title'], { ok: false, fields: ['row'] }],
    ['a bad value in a field the change did not write', { ...goal, status: 'pwned' }, ['title'], { ok: true }],
    ['an empty field, which takes its default', { ...goal, why: null }, ['why'], { ok: true }],
    [
      'what the person’s ties taught the goal (its evidence)',
      {
        ...goal,
        evidence: { untied: [{ id: 'i1', terms: ['dbt'] }], learned: ['kafka'], proposals: [], dismissed: [] },
      },
      ['evidence'],
      { ok: true },
    ],
    [
      'evidence that is not what this build writes',
      { ...goal, evidence: { untied: [{ id: 'i1', terms: 'dbt' }], learned: [], proposals: [], dismissed: [] } },
      ['evidence'],
      { ok: false, fields: ['evidence'] },
    ],
  ])('%s', (_, row, fields, expected) => {
    expect(checkRow(TABLE_CHECKS.goals, row, fields)).toMatchObject(expected);
  });

  test('an item with a javascript: address is refused whole', () => {
    const item = { id: 'i1', url: 'javascript:alert(1)', savedAt: 1 };
    expect(checkRow(TABLE_CHECKS.items, item, ['url'])).toEqual({ ok: false, fields: ['row'] });
  });
});

describe('settings as records', () => {
  const tracking = SYNCED_SETTINGS.tracking!;
  test.each([
    ['a budget in range', { dailyBudgetMinutes: 45 }, []],
    ['a negative budget', { dailyBudgetMinutes: -5 }, ['dailyBudgetMinutes']],
    ['a nudge style from no list', { nudgeStyle: 'popup' }, ['nudgeStyle']],
    ['a learning site that is no pattern', { learning: ['javascript:alert(1)'] }, ['learning']],
  ])('%s', (_, change, fields) => {
    const merged = { ...tracking.toRow(undefined), ...change };
    const checked = checkRow(normaliseSetting(tracking), merged, Object.keys(change));
    expect(checked.ok ? [] : checked.fields).toEqual(fields);
  });

  test('the text size travels as a field of its own, and only sizes of the list', () => {
    const size = SYNCED_SETTINGS.readerTextSize!;
    expect(size.toRow(23)).toEqual({ size: 23 });
    expect(size.fromRow({ size: 23 })).toBe(23);
    expect(checkRow(normaliseSetting(size), { size: 999 }, ['size'])).toEqual({ ok: false, fields: ['size'] });
  });

  test('changedFields names what differs, a missing field being null', () => {
    expect(changedFields({ a: 1, b: [1], c: null }, { a: 1, b: [2], d: 3 })).toEqual(['b', 'd']);
  });
});
