import { useEffect, useState } from 'preact/hooks';
import type { Goal } from '../core/goal/model';
import type { LogDraft, LogEntry } from '../core/log/model';
import { ActionError } from './ActionError';
import { askLater } from './ask-later';
import { formatMinutes } from './format';
import { t, uiLocale } from './i18n';
import { lazy } from './lazy';
import { logKindLabel } from './log-kind';
import { useAction } from './use-action';

/** What the last change was, and how to take it back: an entry to put back, or one to remove. */
type Undo = { message: string; putBack: LogEntry } | { message: string; remove: string };

interface Props {
  /** Distinguishes the ids of two of these on one page. */
  idPrefix: string;
  goals: readonly Goal[];
  /** The entries to list with Edit and Delete (none: the form only). */
  entries?: readonly LogEntry[];
  /** The goals a new entry starts tied to (the goal view's own goal). */
  goalIds?: readonly string[];
}

const dayLabel = (day: string) =>
  new Intl.DateTimeFormat(uiLocale(), { weekday: 'short', day: 'numeric', month: 'short' }).format(
    new Date(`${day}T12:00`),
  );

/**
 * The form, with its checks, loaded once the list has drawn (a goal's view draws this list on
 * its first draw) and drawn at once from then on.
 */
const LogForm = lazy(() => import('./LogForm').then((m) => m.LogForm));

/**
 * "Log learning": a course session, a book chapter, a talk, mentoring, counted like any other
 * learning. Every change says what it did, with Undo.
 */
export function LogLearning({ idPrefix, goals, entries, goalIds }: Props) {
  const [editing, setEditing] = useState<string | null>(null); /* an entry id, or 'new' */
  const [undo, setUndo] = useState<Undo | null>(null);
  const action = useAction((work: () => Promise<unknown>) => work());
  useEffect(() => void LogForm.preload(), []);

  const save = (draft: LogDraft & { id?: string }) =>
    void action.run(async () => {
      const before = draft.id ? entries?.find((e) => e.id === draft.id) : undefined;
      const saved = await askLater('log-save', draft);
      setEditing(null);
      if (!saved) return;
      const message = t(before ? 'logChanged' : 'logAdded', [saved.title, formatMinutes(saved.minutes)]);
      setUndo(before ? { message, putBack: before } : { message, remove: saved.id });
    });
  const remove = (entry: LogEntry) =>
    void action.run(async () => {
      const removed = await askLater('log-delete', { id: entry.id });
      if (removed) setUndo({ message: t('logDeleted', removed.title), putBack: removed });
    });
  const takeBack = () =>
    void action.run(async () => {
      if (undo && 'putBack' in undo) await askLater('log-restore', undo.putBack);
      if (undo && 'remove' in undo) await askLater('log-delete', { id: undo.remove });
      setUndo(null);
    });

  return (
    <div class="log-learning" data-testid={`${idPrefix}-log`}>
      {editing === 'new' ? (
        <LogForm
          idPrefix={`${idPrefix}-new`}
          goals={goals}
          goalIds={goalIds}
          busy={action.busy}
          onSubmit={save}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button type="button" class="secondary" onClick={() => (setEditing('new'), setUndo(null))}>
          {t('logOpen')}
        </button>
      )}
      <div aria-live="polite">
        {undo && (
          <p class="toast" role="status">
            {undo.message}{' '}
            <button type="button" class="secondary" onClick={takeBack}>
              {t('undo')}
            </button>
          </p>
        )}
      </div>
      <ActionError error={action.error} />
      {entries && entries.length > 0 && (
        <ul class="log-entries" aria-label={t('logEntriesLabel')} data-testid="log-entries">
          {entries.map((entry) =>
            editing === entry.id ? (
              <li key={entry.id}>
                <LogForm
                  idPrefix={`${idPrefix}-${entry.id}`}
                  goals={goals}
                  entry={entry}
                  busy={action.busy}
                  onSubmit={save}
                  onCancel={() => setEditing(null)}
                />
              </li>
            ) : (
              <li key={entry.id}>
                <span class="log-entry-title">{entry.title}</span>
                <span class="muted">
                  {' '}
                  · {logKindLabel(entry.kind)} · {formatMinutes(entry.minutes)} · {dayLabel(entry.day)}
                </span>
                {entry.note && <span class="log-note"> — {entry.note}</span>}{' '}
                <button type="button" class="secondary small" onClick={() => setEditing(entry.id)}>
                  {t('edit')}
                  <span class="visually-hidden">: {entry.title}</span>
                </button>{' '}
                <button type="button" class="secondary small" onClick={() => remove(entry)}>
                  {t('delete')}
                  <span class="visually-hidden">: {entry.title}</span>
                </button>
              </li>
            ),
          )}
        </ul>
      )}
    </div>
  );
}
