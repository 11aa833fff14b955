import Dexie, {
  type DBCore,
  type DBCoreKeyRange,
  type DBCoreMutateRequest,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import type { Highlight } from '../core/highlight/model';
import type { Item } from '../core/item/model';
import { sameSearchable, wordEntriesOf, type Searchable } from '../core/item/search-words';

/**
 * An item's search words, one row per item in the `words` table, apart from the item so that
 * tying a goal or marking it done rewrites none of its ~2 000 index entries. The key is
 * `[order, id]` with `order` minus the item's saving time: the multiEntry index `w` lists the
 * items holding a word newest first, and gives their saving time with each key, so search can
 * stop after the newest few hundred and rank them without reading a row.
 */
export interface WordsRow {
  order: number;
  id: string;
  /** core/item/search-words `wordEntriesOf`: each word under its best field. */
  w: string[];
}

/** Set on a transaction whose item writes leave indexing to the background (`deferSearchIndex`). */
export const DEFER_INDEX = Symbol('learnmark-defer-index');

/** An item's searchable fields, with the defaults of rows saved before a field existed. */
const searchable = (v: Item): Searchable => ({
  title: v.title,
  excerpt: v.excerpt,
  note: v.note ?? '',
  tags: v.tags ?? [],
  text: v.text ?? '',
});

export function wordsRowOf(item: Item, highlights: readonly Highlight[]): WordsRow {
  const texts = highlights.flatMap((h) => [h.exact, h.note]).filter((s) => typeof s === 'string' && s);
  // Rows from before saving times were kept (never written by this version) sort as oldest.
  const order = Number.isFinite(item.savedAt) ? -item.savedAt : 0;
  return { order, id: item.id, w: wordEntriesOf(searchable(item), texts) };
}

/** Rows written before schema 13 carried their words; the `words` table holds them now. */
function withoutLegacy(item: Item): Item {
  if (!('searchWords' in item) && !('fieldWords' in item)) return item;
  const { searchWords: _w, fieldWords: _f, ...rest } = item;
  return rest;
}

const equal = (key: unknown): DBCoreKeyRange => ({ type: 1, lower: key, upper: key });

function deferred(): boolean {
  return (Dexie.currentTransaction as unknown as Record<symbol, boolean> | null)?.[DEFER_INDEX] === true;
}

/**
 * Keeps the `words` table current on every write to items or highlights, by any code path
 * (save, edit, import, restore, Collection.modify), in the writer's own transaction, widened to
 * the tables it needs, so search can never go stale. Words are recomputed only when a searchable
 * field, the saving time or a highlight changed: a status change or a goal tied writes none.
 * Schema upgrades before the table existed write nothing (schema 13 queues every item).
 */
export const searchIndex: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'learnmark-search-words',
  // Written with Dexie's promises, never async/await: a middleware that awaits native promises
  // loses Dexie's transaction zone for the middleware above it (the sync recorder).
  create: (down) => {
    const all = <T>(promises: PromiseLike<T>[]) => Dexie.Promise.all(promises);
    const words = () => down.table('words');
    const highlightsOf = (trans: DBCoreTransaction, ids: readonly string[]) => {
      const table = down.table('highlights');
      const byItem = table.schema.getIndexByKeyPath('itemId')!;
      return all(
        ids.map((id) =>
          table
            .query({ trans, values: true, query: { index: byItem, range: equal(id) } })
            .then((r) => r.result as Highlight[]),
        ),
      );
    };
    const dropRows = (trans: DBCoreTransaction, ids: readonly unknown[]) => {
      const byId = words().schema.getIndexByKeyPath('id')!;
      return all(
        ids.map((id) => words().query({ trans, values: false, query: { index: byId, range: equal(id) } })),
      ).then((found) => {
        const keys = found.flatMap((r) => r.result as unknown[]);
        return keys.length ? words().mutate({ type: 'delete', trans, keys }) : null;
      });
    };
    /**
     * `added`: the items were just added (an `add` that succeeded), so none had words or
     * highlights before: two index lookups per item saved, which were most of an import's cost.
     */
    const reindex = (trans: DBCoreTransaction, items: readonly Item[], added = false) => {
      if (added) return words().mutate({ type: 'put', trans, values: items.map((item) => wordsRowOf(item, [])) });
      const ids = items.map((i) => i.id);
      return dropRows(trans, ids)
        .then(() => highlightsOf(trans, ids))
        .then((highlights) =>
          words().mutate({ type: 'put', trans, values: items.map((item, i) => wordsRowOf(item, highlights[i]!)) }),
        );
    };
    const hasWords = (trans: DBCoreTransaction) =>
      (trans as unknown as IDBTransaction).objectStoreNames.contains('words');
    const indexing = (trans: DBCoreTransaction) => hasWords(trans) && !deferred();
    const keysOf = (name: string, req: DBCoreMutateRequest): Promise<unknown[]> => {
      if (req.type === 'delete') return Dexie.Promise.resolve(req.keys);
      if (req.type !== 'deleteRange') return Dexie.Promise.resolve((req.values as { id: unknown }[]).map((v) => v.id));
      const table = down.table(name);
      return table
        .query({ trans: req.trans, values: false, query: { index: table.schema.primaryKey, range: req.range } })
        .then((found) => found.result as unknown[]);
    };
    const itemsMutate = (table: DBCoreTable) => (req: DBCoreMutateRequest) => {
      if (req.type === 'delete' || req.type === 'deleteRange') {
        if (!hasWords(req.trans)) return table.mutate(req);
        return keysOf('items', req).then((ids) =>
          table.mutate(req).then((res) => dropRows(req.trans, ids).then(() => res)),
        );
      }
      const values = (req.values as Item[]).map(withoutLegacy);
      if (!indexing(req.trans)) return table.mutate({ ...req, values });
      const before =
        req.type === 'put'
          ? table.getMany({ trans: req.trans, keys: values.map((v) => v.id) })
          : Dexie.Promise.resolve([] as unknown[]);
      return before.then((old) =>
        table.mutate({ ...req, values }).then((res) => {
          const changed = values.filter((v, i) => {
            const was = old[i] as Item | undefined;
            if (res.failures[i]) return false;
            return !was || was.savedAt !== v.savedAt || !sameSearchable(searchable(was), searchable(v));
          });
          return changed.length ? reindex(req.trans, changed, req.type === 'add').then(() => res) : res;
        }),
      );
    };
    const highlightsMutate = (table: DBCoreTable) => (req: DBCoreMutateRequest) => {
      if (!indexing(req.trans)) return table.mutate(req);
      return keysOf('highlights', req).then((keys) =>
        table.getMany({ trans: req.trans, keys }).then((before) =>
          table.mutate(req).then((res) => {
            const after = req.type === 'add' || req.type === 'put' ? (req.values as Highlight[]) : [];
            const itemIds = [
              ...new Set([...(before as (Highlight | undefined)[]), ...after].filter((h) => !!h).map((h) => h.itemId)),
            ];
            return down
              .table('items')
              .getMany({ trans: req.trans, keys: itemIds })
              .then((items) =>
                reindex(
                  req.trans,
                  (items as (Item | undefined)[]).filter((i) => !!i),
                ),
              )
              .then(() => res);
          }),
        ),
      );
    };
    return {
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(
          mode === 'readwrite' && stores.some((s) => s === 'items' || s === 'highlights')
            ? [...new Set([...stores, 'items', 'highlights', 'words'])]
            : stores,
          mode,
          options,
        ),
      table: (name) => {
        const table = down.table(name);
        if (name === 'items') return { ...table, mutate: itemsMutate(table) };
        if (name === 'highlights') return { ...table, mutate: highlightsMutate(table) };
        return table;
      },
    };
  },
};
