import type { ImportProblem } from '../../core/data/import-draft';
import { folderCounts, type HtmlLink } from '../../core/data/import-formats';
import { db } from '../../db/db';
import { activeGoals } from '../../db/goals';
import { t } from '../../ui/i18n';
import { useLiveQuery } from '../../ui/use-live-query';
import type { Preview } from '../data/preview';
import type { ImportSummary } from '../../core/data/import-plan';

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** A few of the rows an import brings (as text: titles are never markup), its dates and tags. */
function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  return (
    <div class="data-summary" data-testid="data-summary">
      {summary.from !== null && summary.to !== null && (
        <p>{t('dataDateRange', [dayFormat.format(summary.from), dayFormat.format(summary.to)])}</p>
      )}
      {summary.tags.length > 0 && (
        <p>
          {t('dataTagsBrought')}{' '}
          {summary.tags.map(({ tag, count }) => (
            <span key={tag} class="chip">
              {t('dataTagCount', [tag, String(count)])}
            </span>
          ))}
        </p>
      )}
      <ul class="data-samples" aria-label={t('dataSamples')}>
        {summary.samples.map((row) => (
          <li key={row.url}>
            {row.title ?? row.url} <span class="muted">{row.url}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

const REASONS: Record<ImportProblem['reason'], string> = {
  'no-url': 'dataReasonNoUrl',
  'not-web': 'dataReasonNotWeb',
  'bad-date': 'dataReasonBadDate',
  'duplicate-in-file': 'dataReasonDuplicate',
  'already-saved': 'dataReasonAlreadySaved',
  'field-cut': 'dataReasonFieldCut',
  'not-in-folder': 'dataReasonNotInFolder',
  'duplicate-id': 'dataReasonDuplicateId',
  'date-out-of-range': 'dataReasonDateRange',
  'impossible-card': 'dataReasonImpossibleCard',
};

interface Props {
  preview: Preview;
  folders: HtmlLink[] | null;
  onChange: (goalId: string | null, folder: string | null) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What a chosen file will do, before anything is written. Titles are shown as text only. */
export function DataPreview({ preview, folders, onChange, onConfirm, onCancel }: Props) {
  const goals = useLiveQuery(() => activeGoals(db()), []) ?? [];
  const where = preview.kind === 'backup' ? 'dataWhereItem' : 'dataWhereLine';
  const problems = preview.problems;
  return (
    <div class="data-preview" data-testid="data-preview">
      <h4>{t(`dataFormat_${preview.kind.replace('-', '_')}`)}</h4>
      {preview.allKnown ? (
        <p data-testid="data-counts">{t('dataAllKnown')}</p>
      ) : (
        <p data-testid="data-counts">
          {t('dataCounts', [String(preview.added), String(preview.updated), String(preview.problemCount)])}
        </p>
      )}
      {preview.summary && !preview.allKnown && <ImportSummaryView summary={preview.summary} />}
      {preview.goals > 0 && <p>{t('dataGoalsCount', String(preview.goals))}</p>}
      {preview.highlights > 0 && <p>{t('dataHighlightsCount', String(preview.highlights))}</p>}
      {preview.records > 0 && <p>{t('dataRecordsCount', String(preview.records))}</p>}
      {preview.invalid > 0 && <p>{t('dataInvalidRows', String(preview.invalid))}</p>}
      {problems.length > 0 && !preview.allKnown && (
        <ul class="data-problems" aria-label={t('dataProblems')}>
          {problems.map((p) => (
            <li key={`${p.line}-${p.reason}`}>
              {t(p.where === 'card' ? 'dataWhereCard' : where, String(p.line))}: {t(REASONS[p.reason])}{' '}
              {p.detail && <span class="muted">({p.detail})</span>}
            </li>
          ))}
          {preview.problemCount > problems.length && (
            <li>{t('dataMoreProblems', String(preview.problemCount - problems.length))}</li>
          )}
        </ul>
      )}
      {folders && (
        <p>
          <label for="data-folder">{t('dataFolder')}</label>{' '}
          <select
            id="data-folder"
            value={preview.folder ?? ''}
            onChange={(e) => onChange(preview.goalId, e.currentTarget.value || null)}
          >
            <option value="">{t('dataFolderAll')}</option>
            {folderCounts(folders).map((f) => (
              <option key={f.path} value={f.path}>
                {t('dataFolderOption', [f.path, String(f.count)])}
              </option>
            ))}
          </select>
        </p>
      )}
      {preview.kind !== 'backup' && (
        <p>
          <label for="data-goal">{t('dataGoal')}</label>{' '}
          <select
            id="data-goal"
            value={preview.goalId ?? ''}
            onChange={(e) => onChange(e.currentTarget.value || null, preview.folder)}
          >
            <option value="">{t('dataGoalNone')}</option>
            {goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </select>
        </p>
      )}
      <div class="row">
        <button
          type="button"
          class="primary"
          onClick={onConfirm}
          disabled={preview.added + preview.updated + preview.goals + preview.highlights + preview.records === 0}
        >
          {t(
            preview.kind === 'backup' ? 'dataConfirmRestore' : 'dataConfirmImport',
            String(preview.added + preview.updated),
          )}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
