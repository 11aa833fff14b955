import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { selectAfterClick } from '../core/library/plan';
import { viewToSearch } from '../core/library/view';
import { db } from '../db/db';
import { listGoals } from '../db/goals';
import { allTags, firstIds, libraryIds } from '../db/library';
import { t } from '../ui/i18n';
import { useLiveQuery } from '../ui/use-live-query';
import { BulkBar } from './BulkBar';
import { Editor } from './Editor';
import { Filters } from './Filters';
import { ImportLanding } from './ImportLanding';
import { LibraryRow } from './LibraryRow';
import { UndoToast, type Undoable } from './UndoToast';
import { useRows } from './use-rows';
import { useView } from './use-view';
import { useVirtualRows } from './use-virtual-rows';
import { viewSummary } from './view-summary';

const ROW_HEIGHT = 84;
/** Rows enough to fill a tall screen before the whole view is known. */
const FIRST_SCREEN = 30;

export function App() {
  const [view, setView] = useView();
  const viewKey = viewToSearch(view);
  // The first screen, drawn before every id of a large library is read.
  const first = useLiveQuery(() => firstIds(db(), view, FIRST_SCREEN), [viewKey]);
  // Every id of the view waits for the first screen on opening: IndexedDB answers a page's
  // requests in turn, and 100 000 keys read first would hold the first rows back by seconds.
  const [opened, setOpened] = useState(false);
  const ids = useLiveQuery(() => (opened ? libraryIds(db(), view) : Promise.resolve(undefined)), [viewKey, opened]);
  const goals = useLiveQuery(() => listGoals(db()), []) ?? [];
  const tags = useLiveQuery(() => allTags(db()), []) ?? [];
  const goalsById = useMemo(() => new Map(goals.map((g) => [g.id, g])), [goals]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [anchor, setAnchor] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [done, setDone] = useState<Undoable | null>(null);

  useEffect(() => (setSelected(new Set()), setAnchor(null)), [viewKey]);

  const scroller = useRef<HTMLDivElement>(null);
  const list = ids ?? first ?? [];
  const virtual = useVirtualRows(list.length, scroller, ROW_HEIGHT);
  const inView = virtual.rows.map((r) => list[r.index]!).filter(Boolean);
  const rows = useRows(editing ? [...inView, editing] : inView);
  const edited = editing ? rows.get(editing) : undefined;

  useEffect(() => {
    // A User Timing mark: `npm run bench` reads when the first rows were drawn.
    if (rows.size || first?.length === 0 || first === null) setOpened(true);
    if ((rows.size || ids?.length === 0) && !performance.getEntriesByName('learnmark:library-ready').length)
      performance.mark('learnmark:library-ready');
  }, [rows, ids, first]);

  const select = (id: string, shift: boolean) => {
    setSelected(selectAfterClick(selected, list, id, anchor, shift));
    setAnchor(id);
  };
  return (
    <div class="library">
      <header class="library-header">
        <h1>{t('libraryHeading')}</h1>
        <p class="library-shows" data-testid="library-shows">
          {viewSummary(view, goalsById)}
        </p>
        <a href={browser.runtime.getURL('/src/options/index.html')}>{t('libraryOptionsLink')}</a>
      </header>
      <Filters view={view} goals={goals} tags={tags} onChange={setView} />
      <main class="library-main">
        {view.batch && <ImportLanding view={view} ids={ids} goals={goals} onChange={setView} onDone={setDone} />}
        <p class="library-count" aria-live="polite" data-testid="library-count">
          {ids === undefined ? t('libraryLoading') : t('libraryCount', String(ids.length))}
        </p>
        <BulkBar
          selected={selected}
          matching={ids?.length ?? 0}
          goals={goals}
          tags={tags}
          onSelectAll={() => setSelected(new Set(ids))}
          onClear={() => setSelected(new Set())}
          onDone={setDone}
        />
        <div class="list" ref={scroller} data-testid="library-list">
          {ids?.length === 0 && <p class="library-empty">{t('libraryEmpty')}</p>}
          <ul style={{ height: `${virtual.totalSize}px` }} aria-label={t('libraryItems')}>
            {virtual.rows.map((r) => {
              const id = list[r.index]!;
              return (
                <li
                  key={id}
                  aria-setsize={list.length}
                  aria-posinset={r.index + 1}
                  style={{ transform: `translateY(${r.start}px)`, height: `${ROW_HEIGHT}px` }}
                >
                  <LibraryRow
                    id={id}
                    item={rows.get(id)}
                    goals={goalsById}
                    query={view.query}
                    selected={selected.has(id)}
                    onSelect={select}
                    onEdit={setEditing}
                  />
                </li>
              );
            })}
          </ul>
        </div>
      </main>
      {edited && (
        <aside class="library-editor" aria-label={t('libraryEditHeading')}>
          <Editor
            key={edited.id}
            item={edited}
            goals={goals}
            tags={tags}
            onClose={() => setEditing(null)}
            onDone={setDone}
          />
        </aside>
      )}
      <UndoToast done={done} onClose={() => setDone(null)} />
    </div>
  );
}
