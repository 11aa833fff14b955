import { format } from 'date-fns/format';
import { useState } from 'preact/hooks';
import * as v from 'valibot';
import type { Goal } from '../core/goal/model';
import {
  LOG_KINDS,
  LOG_MINUTES_MAX,
  LOG_NOTE_MAX,
  LOG_TITLE_MAX,
  LogDraftSchema,
  type LogDraft,
  type LogEntry,
  type LogKind,
} from '../core/log/model';
import { now } from '../platform/clock';
import { GoalChips } from './GoalChips';
import { logKindLabel } from './log-kind';
import { t } from './i18n';
import { NumberField } from './NumberField';

interface Props {
  /** A prefix for the fields' ids: two forms may be on one page. */
  idPrefix: string;
  goals: readonly Goal[];
  /** The entry to change, or the goals a new one starts tied to. */
  entry?: LogEntry;
  goalIds?: readonly string[];
  busy: boolean;
  onSubmit: (draft: LogDraft & { id?: string }) => void;
  onCancel: () => void;
}

/** What was learnt, how, for how long, on which day, for which goals, and what stayed. */
export function LogForm({ idPrefix, goals, entry, goalIds = [], busy, onSubmit, onCancel }: Props) {
  const [title, setTitle] = useState(entry?.title ?? '');
  const [kind, setKind] = useState<LogKind>(entry?.kind ?? 'course');
  const [minutes, setMinutes] = useState(entry ? String(entry.minutes) : '30');
  const [day, setDay] = useState(entry?.day ?? format(now(), 'yyyy-MM-dd'));
  const [tied, setTied] = useState<string[]>(entry?.goalIds ?? [...goalIds]);
  const [note, setNote] = useState(entry?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const id = (name: string) => `${idPrefix}-${name}`;

  const submit = (e: Event) => {
    e.preventDefault();
    const parsed = v.safeParse(LogDraftSchema, { title, kind, minutes: Number(minutes), day, goalIds: tied, note });
    if (!parsed.success) {
      const field = parsed.issues[0].path?.[0]?.key;
      return setError(t(field === 'title' ? 'logErrorTitle' : field === 'day' ? 'logErrorDay' : 'logErrorMinutes'));
    }
    setError(null);
    onSubmit({ ...parsed.output, ...(entry ? { id: entry.id } : {}) });
  };
  const active = goals.filter((g) => g.status === 'active' || tied.includes(g.id));

  return (
    <form
      class="log-form"
      onSubmit={submit}
      data-testid="log-form"
      aria-label={t(entry ? 'logEditHeading' : 'logHeading')}
    >
      <label for={id('title')}>{t('logTitleLabel')}</label>
      <input
        id={id('title')}
        type="text"
        value={title}
        maxLength={LOG_TITLE_MAX}
        required
        placeholder={t('logTitlePlaceholder')}
        onInput={(e) => setTitle(e.currentTarget.value)}
      />
      <div class="log-fields">
        <span>
          <label for={id('kind')}>{t('logKindLabel')}</label>
          <select id={id('kind')} value={kind} onChange={(e) => setKind(e.currentTarget.value as LogKind)}>
            {LOG_KINDS.map((k) => (
              <option key={k} value={k}>
                {logKindLabel(k)}
              </option>
            ))}
          </select>
        </span>
        <span>
          <label for={id('minutes')}>{t('logMinutesLabel')}</label>
          <NumberField id={id('minutes')} min={1} max={LOG_MINUTES_MAX} required value={minutes} onDraft={setMinutes} />
        </span>
        <span>
          <label for={id('day')}>{t('logDayLabel')}</label>
          <input id={id('day')} type="date" required value={day} onInput={(e) => setDay(e.currentTarget.value)} />
        </span>
      </div>
      {active.length > 0 && <GoalChips goals={active} selected={tied} onChange={setTied} label={t('logGoalsLabel')} />}
      <label for={id('note')}>{t('logNoteLabel')}</label>
      <input
        id={id('note')}
        type="text"
        value={note}
        maxLength={LOG_NOTE_MAX}
        onInput={(e) => setNote(e.currentTarget.value)}
      />
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {t(entry ? 'logSaveChanges' : 'logSubmit')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
