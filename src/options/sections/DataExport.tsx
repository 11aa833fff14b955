import { format } from 'date-fns/format';
import Papa from 'papaparse';
import { useState } from 'preact/hooks';
import { itemsToRows, logEntriesToRows } from '../../core/data/export-csv';
import { logEntriesBetween, logEntriesForGoal } from '../../db/log';
import { formatMinutes } from '../../ui/format';
import { logKindLabel } from '../../ui/log-kind';
import { LOG_KINDS } from '../../core/log/model';
import { goalLog, weekLog, type LogLabels } from '../../core/data/export-markdown';
import { itemNotesZip } from '../../core/data/export-item';
import { highlightsByItem } from '../../db/highlights';
import { itemNoteLabels } from '../../ui/item-note';
import { weekOf } from '../../core/week/model';
import { db } from '../../db/db';
import { listGoals } from '../../db/goals';
import { t } from '../../ui/i18n';
import { useLiveQuery } from '../../ui/use-live-query';
import { weekStartInForce } from '../../ui/use-week-start';
import { downloadFile, downloadText } from '../../ui/download';
import { now } from '../../platform/clock';

const labels = (): LogLabels => ({
  finished: t('dataLogFinished'),
  saved: t('dataLogSaved'),
  noItems: t('dataLogNone'),
  why: t('dataLogWhy'),
  logged: t('logEntriesLabel'),
  kinds: Object.fromEntries(LOG_KINDS.map((k) => [k, logKindLabel(k)])) as LogLabels['kinds'],
  minutes: formatMinutes,
});
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Items as CSV for a spreadsheet; a week or a goal as a Markdown learning log. */
export function DataExport() {
  const goals = useLiveQuery(() => listGoals(db()), []) ?? [];
  const [which, setWhich] = useState('week:0');

  const exportCsv = async () => {
    const items = await db().items.toArray();
    const rows = itemsToRows(items, goals, await highlightsByItem(db()));
    downloadText(`learnmark-items-${day(now())}.csv`, Papa.unparse(rows), 'text/csv');
  };
  const exportNotes = async () => {
    const items = await db().items.toArray();
    const zip = itemNotesZip(items, await highlightsByItem(db()), goals, itemNoteLabels());
    downloadFile(`learnmark-notes-${day(now())}.zip`, zip, 'application/zip');
  };
  const exportLoggedCsv = async () => {
    const entries = await db().logEntries.toArray();
    downloadText(`learnmark-logged-${day(now())}.csv`, Papa.unparse(logEntriesToRows(entries, goals)), 'text/csv');
  };
  const exportLog = async () => {
    const [kind, id] = which.split(':') as [string, string];
    if (kind === 'goal') {
      const goal = goals.find((g) => g.id === id);
      if (!goal) return;
      const items = await db().items.where('goalIds').equals(goal.id).toArray();
      const highlights = await highlightsByItem(
        db(),
        items.map((i) => i.id),
      );
      const logged = await logEntriesForGoal(db(), goal.id);
      downloadText(
        `learnmark-${day(now())}-goal.md`,
        goalLog(goal, items, labels(), { highlights, logged }),
        'text/markdown',
      );
      return;
    }
    // The week as the popup shows it: the same first day (the person's, else the locale's).
    const { start, end, key } = weekOf(now(), await weekStartInForce(), -Number(id));
    const saved = await db().items.where('savedAt').between(start, end, true, false).toArray();
    const done = await db().items.where('doneAt').between(start, end, true, false).toArray();
    const items = [...new Map([...saved, ...done].map((i) => [i.id, i])).values()];
    const logged = await logEntriesBetween(db(), key, format(end, 'yyyy-MM-dd'));
    downloadText(
      `learnmark-week-${key}.md`,
      weekLog(t('dataLogWeekTitle', key), items, { start, end }, labels(), {
        highlights: await highlightsByItem(
          db(),
          items.map((i) => i.id),
        ),
        logged,
      }),
      'text/markdown',
    );
  };

  return (
    <div class="data-part">
      <h3>{t('dataExportHeading')}</h3>
      <p class="muted">{t('dataExportHint')}</p>
      <button type="button" class="secondary" onClick={() => void exportCsv()}>
        {t('dataExportCsv')}
      </button>{' '}
      <button type="button" class="secondary" onClick={() => void exportNotes()}>
        {t('exportNotesZip')}
      </button>{' '}
      <button type="button" class="secondary" onClick={() => void exportLoggedCsv()}>
        {t('dataExportLoggedCsv')}
      </button>
      <div class="form-row">
        <label for="data-log-which">{t('dataLogWhich')}</label>
        <select id="data-log-which" value={which} onChange={(e) => setWhich(e.currentTarget.value)}>
          <option value="week:0">{t('dataLogThisWeek')}</option>
          <option value="week:1">{t('dataLogLastWeek')}</option>
          {goals.map((g) => (
            <option key={g.id} value={`goal:${g.id}`}>
              {t('dataLogGoal', g.title)}
            </option>
          ))}
        </select>
        <button type="button" class="secondary" onClick={() => void exportLog()}>
          {t('dataExportLog')}
        </button>
      </div>
    </div>
  );
}
