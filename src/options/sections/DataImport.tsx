import { useState } from 'preact/hooks';
import type { Backup } from '../../core/data/backup';
import type { ImportDraft, ImportProblem } from '../../core/data/import-draft';
import { mapHtmlLinks } from '../../core/data/import-formats';
import type { CommitResult } from '../../messaging/data';
import { t } from '../../ui/i18n';
import { previewImport, previewRestore } from '../data/library';
import { readImportFile, type Loaded } from '../data/read-file';
import { commitRows } from '../data/upload';
import { DataPreview, type Preview } from './DataPreview';
import { now } from '../../platform/clock';

type State =
  | { step: 'idle' }
  | { step: 'busy'; label: string; progress: number }
  | { step: 'error'; message: string }
  | { step: 'preview'; preview: Preview }
  | { step: 'done'; result: CommitResult };

const errorText = (loaded: Extract<Loaded, { kind: 'error' }>) =>
  loaded.line ? t('dataErrorAtLine', [t(loaded.message), String(loaded.line)]) : t(loaded.message);

/** Import or restore: choose a file, see what it will do, confirm; nothing is written before. */
export function DataImport() {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [loaded, setLoaded] = useState<Exclude<Loaded, { kind: 'error' }> | null>(null);

  const plan = async (file: Exclude<Loaded, { kind: 'error' }>, goalId: string | null, folder: string | null) => {
    if (file.kind === 'backup') {
      const restore = await previewRestore(file.backup);
      const skipped = restore.items.skipped;
      return {
        kind: 'backup',
        added: restore.items.add.length,
        updated: restore.items.update.length,
        problems: skipped,
        goalId,
        folder,
        drafts: [],
        invalid: file.invalid,
        goals: restore.goals.add.length + restore.goals.update.length,
      } satisfies Preview;
    }
    const mapped =
      folder !== null && file.links
        ? mapHtmlLinks(file.links, file.format as 'bookmarks-html', now(), folder)
        : file.mapped;
    const p = await previewImport(mapped.drafts, goalId);
    const problems: ImportProblem[] = [...mapped.problems, ...p.skipped].sort((a, b) => a.line - b.line);
    return {
      kind: file.format,
      added: p.add.length,
      updated: p.update.length,
      problems,
      goalId,
      folder,
      drafts: mapped.drafts,
      invalid: 0,
      goals: 0,
    } satisfies Preview;
  };

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setState({ step: 'busy', label: t('dataReading'), progress: 0 });
    const result = await readImportFile(new Uint8Array(await file.arrayBuffer()), now(), (progress) =>
      setState({ step: 'busy', label: t('dataReading'), progress }),
    );
    input.value = '';
    if (result.kind === 'error') return setState({ step: 'error', message: errorText(result) });
    setLoaded(result);
    setState({ step: 'preview', preview: await plan(result, null, null) });
  };

  const change = async (goalId: string | null, folder: string | null) => {
    if (loaded) setState({ step: 'preview', preview: await plan(loaded, goalId, folder) });
  };

  const confirm = async (preview: Preview) => {
    if (!loaded) return;
    const onProgress = (progress: number) => setState({ step: 'busy', label: t('dataWriting'), progress });
    onProgress(0);
    let result: CommitResult;
    if (loaded.kind === 'backup') {
      const { items, ...rest }: Backup = loaded.backup;
      result = await commitRows(items, { kind: 'restore', backup: rest }, onProgress);
    } else {
      result = await commitRows(
        preview.drafts satisfies ImportDraft[],
        { kind: 'import', goalId: preview.goalId },
        onProgress,
      );
    }
    setLoaded(null);
    setState({ step: 'done', result });
  };

  return (
    <div class="data-part">
      <h3>{t('dataImportHeading')}</h3>
      <p class="muted">{t('dataImportHint')}</p>
      <label for="data-file">{t('dataChooseFile')}</label>
      <input
        id="data-file"
        type="file"
        accept=".csv,.zip,.html,.htm,.json"
        disabled={state.step === 'busy'}
        onChange={(e) => void choose(e.currentTarget)}
      />
      <div aria-live="polite">
        {state.step === 'busy' && (
          <p>
            <label for="data-progress">{state.label}</label>{' '}
            <progress id="data-progress" max={1} value={state.progress} />
          </p>
        )}
        {state.step === 'done' &&
          (state.result.ok ? (
            <p role="status" data-testid="data-result">
              {t('dataDone', [String(state.result.added), String(state.result.updated), String(state.result.skipped)])}
            </p>
          ) : (
            <p role="alert" class="field-error" data-testid="data-error">
              {t(state.result.reason === 'storage-full' ? 'dataErrorStorageFull' : 'dataErrorWrite')}
            </p>
          ))}
      </div>
      {state.step === 'error' && (
        <p role="alert" class="field-error" data-testid="data-error">
          {state.message}
        </p>
      )}
      {state.step === 'preview' && (
        <DataPreview
          preview={state.preview}
          folders={loaded?.kind === 'import' && loaded.format === 'bookmarks-html' ? loaded.links : null}
          onChange={(goalId, folder) => void change(goalId, folder)}
          onConfirm={() => void confirm(state.preview)}
          onCancel={() => (setLoaded(null), setState({ step: 'idle' }))}
        />
      )}
    </div>
  );
}
