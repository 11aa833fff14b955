// The preview of a backup says plainly what the restore would trip on: two items with one id,
// a saved date that is no date (1e300). Planned against a real (fake-indexeddb) database.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { parseBackup } from '../../../../src/core/data/backup';
import { commitRestore } from '../../../../src/db/data';
import { db } from '../../../../src/db/db';
import { planPreview } from '../../../../src/options/data/preview';
import { newCard } from '../../../../src/core/review/card';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const item = (id: string, url: string, savedAt: number) => ({ id, url, savedAt, title: url, tags: [] });
const backupOf = (items: unknown[]) => {
  const parsed = parseBackup(JSON.stringify({ format: 'learnmark-backup', version: 1, exportedAt: 1, items }));
  if (!parsed.ok) throw new Error(parsed.error);
  return { kind: 'backup' as const, backup: parsed.backup, invalid: parsed.invalid };
};

describe('backup preview', () => {
  afterEach(() => db().items.clear());

  test('duplicate ids are caught in the preview, and the restore then writes what it said', async () => {
    const file = backupOf([
      item('same', 'https://a.example/1', 1_700_000_000_000),
      item('same', 'https://a.example/2', 1_700_000_000_000),
      item('other', 'https://a.example/3', 1_700_000_000_000),
    ]);
    const preview = await planPreview(file, null, null);
    expect(preview).toMatchObject({ added: 2, problemCount: 1, rows: 2, twins: 1 });
    expect(preview.problems).toEqual([{ line: 2, reason: 'duplicate-id', detail: 'https://a.example/2' }]);
    const plan = await commitRestore(db(), file.backup, () => crypto.randomUUID());
    expect(plan.items.add).toHaveLength(2);
    expect(await db().items.count()).toBe(2);
  });

  test.each([1e300, -1, 8.64e15 + 1])('a saved date of %d is named in the preview and left out', async (savedAt) => {
    const file = backupOf([
      item('a', 'https://a.example/1', 1_700_000_000_000),
      item('b', 'https://a.example/2', savedAt),
    ]);
    const preview = await planPreview(file, null, null);
    expect(preview).toMatchObject({ added: 1, problemCount: 1, invalid: 0 });
    expect(preview.problems).toEqual([{ line: 2, reason: 'date-out-of-range', detail: '' }]);
  });

  test('a review card with impossible FSRS fields is named in the preview, with the fields at fault', async () => {
    const card = { ...newCard('highlight', 'h-1', { id: 'c-1', now: 1_700_000_000_000 }), difficulty: 99, lapses: 2 };
    const parsed = parseBackup(
      JSON.stringify({ format: 'learnmark-backup', version: 1, exportedAt: 1, items: [], reviewCards: [card] }),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.reviewCards).toEqual([]);
    const preview = await planPreview({ kind: 'backup', backup: parsed.backup, invalid: parsed.invalid }, null, null);
    expect(preview).toMatchObject({ problemCount: 1, invalid: 0 });
    expect(preview.problems).toEqual([
      { line: 1, reason: 'impossible-card', detail: 'difficulty, lapses, reps', where: 'card' },
    ]);
  });

  test('other dates out of range fall back, so exports never meet an invalid date', () => {
    const { backup } = backupOf([
      { ...item('a', 'https://a.example/1', 1_700_000_000_000), updatedAt: 1e300, doneAt: 1e300 },
    ]);
    expect(backup.items[0]).toMatchObject({ updatedAt: 1_700_000_000_000, doneAt: null });
  });
});

describe('a backup checked field by field', () => {
  afterEach(() => db().items.clear());

  test.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/hostname',
    'chrome://settings',
  ])('an item whose original address is %s is named in the preview and left out', async (originalUrl) => {
    const file = backupOf([
      item('a', 'https://a.example/1', 1_700_000_000_000),
      { ...item('b', 'https://a.example/2', 1_700_000_000_000), originalUrl },
    ]);
    const preview = await planPreview(file, null, null);
    expect(preview).toMatchObject({ added: 1, problemCount: 1 });
    expect(preview.problems).toEqual([{ line: 2, reason: 'not-web', detail: '' }]);
    expect(file.backup.items.map((i) => i.originalUrl)).toEqual(['https://a.example/1']);
  });

  test.each(['__proto__', 'constructor', 'prototype'])('a file with a "%s" key is refused whole', (key) => {
    const text = `{"format":"learnmark-backup","version":1,"exportedAt":1,"items":[{"id":"a","url":"https://a.example/","savedAt":1700000000000,"${key}":{"polluted":true}}]}`;
    expect(parseBackup(text)).toEqual({ ok: false, error: 'unsafe-keys' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a backup from a future version is refused, not guessed at', () => {
    expect(parseBackup(JSON.stringify({ format: 'learnmark-backup', version: 99, exportedAt: 1, items: [] }))).toEqual({
      ok: false,
      error: 'newer-version',
    });
  });

  test('a goal colour that is not #rrggbb becomes a colour; a 5 MB title is cut to the limit', () => {
    const parsed = parseBackup(
      JSON.stringify({
        format: 'learnmark-backup',
        version: 1,
        exportedAt: 1,
        items: [],
        goals: [{ id: 'g', title: 'x'.repeat(5_000_000), color: 'url(http://beacon.example/goal-color)' }],
      }),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.goals[0]!.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(parsed.backup.goals[0]!.title).toHaveLength(120);
  });
});
