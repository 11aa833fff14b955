// @vitest-environment jsdom
import Dexie, { type EntityTable } from 'dexie';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test, vi } from 'vitest';
import { earlyLiveQuery, useEarlyLiveQuery, type EarlyLiveQuery } from '../../../src/ui/use-live-query';
import { renderRoot } from './render-root';

const rootOf = renderRoot();
let n = 0;

/** A fresh database of notes. */
function notesDb() {
  const database = new Dexie(`early-live-${++n}`) as Dexie & { notes: EntityTable<{ id: string }, 'id'> };
  database.version(1).stores({ notes: 'id' });
  return database;
}

/** A database of notes, and an early live query counting them, started before anything draws. */
function notesAndCount() {
  const database = notesDb();
  const query = vi.fn(() => database.notes.count());
  return { database, query, early: earlyLiveQuery(query) };
}

function Count({ early }: { early: EarlyLiveQuery<number> }) {
  const count = useEarlyLiveQuery(early);
  return <p>{count === undefined ? 'reading' : `${count} notes`}</p>;
}

const settle = () => act(() => new Promise<void>((ok) => setTimeout(ok, 20)));

test('reads before any component asks, and a component drawn afterwards shows the result in its first render', async () => {
  const { database, query, early } = notesAndCount();
  await database.notes.bulkAdd([{ id: 'a' }, { id: 'b' }]);
  await vi.waitFor(() => expect(early.latest).toBe(2));
  expect(query).toHaveBeenCalled();
  act(() => render(<Count early={early} />, rootOf()));
  expect(rootOf().textContent).toBe('2 notes');
});

test('a component drawn before the result shows it when it comes, and again when the database changes', async () => {
  const { database, early } = notesAndCount();
  act(() => render(<Count early={early} />, rootOf()));
  expect(rootOf().textContent).toBe('reading');
  await vi.waitFor(async () => (await settle(), expect(rootOf().textContent).toBe('0 notes')));
  await database.notes.add({ id: 'a' });
  await vi.waitFor(async () => (await settle(), expect(rootOf().textContent).toBe('1 notes')));
});

test('a component taken away stops listening', async () => {
  const { database, early } = notesAndCount();
  act(() => render(<Count early={early} />, rootOf()));
  await vi.waitFor(async () => (await settle(), expect(rootOf().textContent).toBe('0 notes')));
  expect(early.listeners.size).toBe(1);
  act(() => render(null, rootOf()));
  expect(early.listeners.size).toBe(0);
  await database.notes.add({ id: 'a' });
  await vi.waitFor(() => expect(early.latest).toBe(1));
});

test('a query that first awaits extension storage starts once it is in, and still sees later changes', async () => {
  const database = notesDb();
  // Storage answers a moment later, as the browser's does.
  const stored = new Promise<number>((ok) => setTimeout(() => ok(10), 30));
  const query = vi.fn(async () => (await stored) + (await database.notes.count()));
  const early = earlyLiveQuery(query, stored);
  expect(query).not.toHaveBeenCalled();
  await vi.waitFor(() => expect(early.latest).toBe(10));
  await database.notes.add({ id: 'a' });
  await vi.waitFor(() => expect(early.latest).toBe(11));
});

test('a query written as a plain function returning a promise still sees changes to what it reads after an await', async () => {
  const database = notesDb();
  const settled = Promise.resolve(1);
  async function countNotes() {
    const base = await settled;
    return base + (await database.notes.count());
  }
  const early = earlyLiveQuery(() => countNotes());
  await vi.waitFor(() => expect(early.latest).toBe(1));
  await database.notes.add({ id: 'a' });
  await vi.waitFor(() => expect(early.latest).toBe(2));
});

test('a stopped query reads no more, and one stopped before it started never reads', async () => {
  const { database, query, early } = notesAndCount();
  await vi.waitFor(() => expect(early.latest).toBe(0));
  early.stop();
  const calls = query.mock.calls.length;
  await database.notes.add({ id: 'a' });
  await settle();
  expect(query).toHaveBeenCalledTimes(calls);
  expect(early.latest).toBe(0);

  const later = vi.fn(() => database.notes.count());
  const never = earlyLiveQuery(later, new Promise((ok) => setTimeout(ok, 10)));
  never.stop();
  await settle();
  expect(later).not.toHaveBeenCalled();
});

test('a component given no query yet shows nothing, and shows the query once it is given', async () => {
  const { database, early } = notesAndCount();
  await database.notes.add({ id: 'a' });
  await vi.waitFor(() => expect(early.latest).toBe(1));
  function Maybe({ early }: { early?: EarlyLiveQuery<number> }) {
    const count = useEarlyLiveQuery(early);
    return <p>{count === undefined ? 'reading' : `${count} notes`}</p>;
  }
  act(() => render(<Maybe />, rootOf()));
  expect(rootOf().textContent).toBe('reading');
  act(() => render(<Maybe early={early} />, rootOf()));
  expect(rootOf().textContent).toBe('1 notes');
});
