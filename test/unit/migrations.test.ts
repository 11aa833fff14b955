import Dexie from 'dexie';
import { expect, test } from 'vitest';
import { openDb, SCHEMAS } from '../../src/db/db';

/** Opens `name` as the given shipped version would have, with only the schemas up to it. */
function openAt(name: string, version: number) {
  const old = new Dexie(name);
  SCHEMAS.slice(0, version).forEach((schema, i) => old.version(i + 1).stores(schema));
  return old;
}

test('a library from version 1 opens in the current version with nothing lost', async () => {
  const name = 'migrate-v1';
  const v1 = openAt(name, 1);
  const legacy = { id: 'a', url: 'https://a.example/', title: 'Kept', savedAt: 1, status: 'unread', kind: 'article', text: 'words' };
  const modern = { ...legacy, id: 'b', url: 'https://b.example/', goalIds: ['g'], tags: ['t'] };
  await v1.table('items').bulkAdd([legacy, modern]);
  v1.close();

  const current = openDb(name);
  const items = await current.items.orderBy('id').toArray();
  expect(items).toEqual([
    { ...legacy, goalIds: [], tags: [] },
    { ...modern, goalIds: ['g'], tags: ['t'] },
  ]);
  // The new tables exist and work alongside the old data.
  await current.goals.add({ id: 'g', title: 'SQL', why: '', keywords: [], weeklyMinutes: 60, weeklyItems: null, color: '#0b5cad', status: 'active', createdAt: 1, updatedAt: 1, targetDate: null, order: 0 });
  await current.activity.put({ day: '2026-11-25', host: 'a.example', category: 'learning', seconds: 5 });
  expect(await current.items.where('goalIds').equals('g').count()).toBe(1);
  expect(await current.activity.get(['2026-11-25', 'a.example'])).toMatchObject({ seconds: 5 });
  expect(current.verno).toBe(SCHEMAS.length);
  await current.delete();
});

test('a library from version 2 (with goals) opens in the current version with nothing lost', async () => {
  const name = 'migrate-v2';
  const v2 = openAt(name, 2);
  await v2.table('items').add({ id: 'a', url: 'https://a.example/', savedAt: 1, goalIds: ['g'], tags: [] });
  await v2.table('goals').add({ id: 'g', title: 'Kept goal', status: 'active', order: 0 });
  v2.close();

  const current = openDb(name);
  expect(await current.goals.get('g')).toMatchObject({ title: 'Kept goal' });
  expect(await current.items.get('a')).toMatchObject({ goalIds: ['g'] });
  await current.delete();
});
