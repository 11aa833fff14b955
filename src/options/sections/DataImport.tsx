import browser from 'webextension-polyfill';
import { ITEM_STATUSES } from '../../core/item/model';
import { DEFAULT_VIEW } from '../../core/library/view';
import { libraryUrl } from '../../ui/library-url';
import { now } from '../../platform/clock';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CommitAction, CommitFailure, CommitResult } from '../../messaging/data';
import { t } from '../../ui/i18n';
import { ImportWorker } from '../data/import-client';
import type { ReadError } from '../data/import-protocol';
import { planPreview, sendableRows, type Preview } from '../data/preview';
import { IMPORT_LIMITS, readHtml, type Loaded } from '../data/read-file';
import { arraySource, commitRows, type RowSource } from '../data/upload';
import { DataPreview } from './DataPreview';

type State =
  | { step: 'idle' }
  | { step: 'busy'; label: string; progress: number; cancellable: boolean }
  | { step: 'error'; message: string }
  /** `written`: rows of the file its parts had written before the cancel (they stay). */
  | { step: 'cancelled'; written?: number }
  /** `failure`: the last try to write it did not finish; the preview stays, to try again. */
  | { step: 'preview'; preview: Preview; failure?: CommitFailure }
  | { step: 'done'; result: Extract<CommitResult, { ok: true }> };

/**
 * The file being imported: its rows live in the import worker (parsed there), or on the page
 * for an HTML export (parsed with the page's DOMParser).
 */
interface Session {
  worker: ImportWorker | null;
  html: Extract<Loaded, { kind: 'import' }> | null;
  cancelled: boolean;
  /** One id for every try to write this file: a retry goes on where a stopped write ended. */
  uploadId: string;
  /** Set while its rows are being written (cancel then waits for the part in hand). */
  writing: boolean;
}

const MB = `${Math.round(IMPORT_LIMITS.bytes / 1024 / 1024)} MB`;

const errorText = (error: ReadError) => {
  const text = t(error.message, error.args);
  return error.line ? t('dataErrorAtLine', [text, String(error.line)]) : text;
};

const failureText = (failure: CommitFailure) => {
  if (failure.reason === 'storage-full')
    return failure.written ? t('dataErrorStorageFullPartly', String(failure.written)) : t('dataErrorStorageFull');
  if (failure.written) return t('dataErrorInterruptedPartly', String(failure.written));
  return t(
    failure.reason === 'interrupted' || failure.reason === 'expired' ? 'dataErrorInterrupted' : 'dataErrorWrite',
  );
};

/**
 * Import or restore: choose a file, see what it will do, confirm; nothing is written before.
 * Files are read and previewed in a worker, so the page stays responsive whatever their size,
 * and Cancel stops that worker at once.
 */
export function DataImport() {
  const [state, setState] = useState<State>({ step: 'idle' });
  const session = useRef<Session | null>(null);

  /** Ends the current file: its worker (and every row it held) is gone. */
  const drop = () => {
    if (!session.current) return;
    session.current.cancelled = true;
    session.current.worker?.terminate();
    session.current = null;
  };
  useEffect(() => drop, []);

  const reading = (progress: number) =>
    setState({ step: 'busy', label: t('dataReading'), progress, cancellable: true });

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    drop();
    if (file.size > IMPORT_LIMITS.bytes) return setState({ step: 'error', message: t('dataErrorTooBig', MB) });
    const worker = new ImportWorker(reading);
    const mine: Session = { worker, html: null, cancelled: false, uploadId: crypto.randomUUID(), writing: false };
    session.current = mine;
    reading(0);
    try {
      const answer = await worker.read(file, now());
      if (mine.cancelled) return;
      if (answer.result === 'error') {
        drop();
        return setState({ step: 'error', message: errorText(answer.error) });
      }
      if (answer.result === 'ready') return setState({ step: 'preview', preview: answer.preview });
      // HTML: the worker read and decoded it; the page's parser reads its links.
      worker.terminate();
      mine.worker = null;
      const html = readHtml(answer.text, now());
      if (html.kind === 'error') {
        drop();
        return setState({ step: 'error', message: errorText(html) });
      }
      if (html.kind !== 'import') throw new Error(html.kind);
      mine.html = html;
      setState({ step: 'preview', preview: await planPreview(html, null, null) });
    } catch {
      if (mine.cancelled) return;
      drop();
      setState({ step: 'error', message: t('dataErrorRead') });
    }
  };

  const change = async (goalId: string | null, folder: string | null) => {
    const current = session.current;
    if (!current) return;
    const preview = current.html ? await planPreview(current.html, goalId, folder) : await current.worker?.plan(goalId);
    if (preview && session.current === current) setState({ step: 'preview', preview });
  };

  const confirm = async (preview: Preview) => {
    const current = session.current;
    if (!current) return;
    const writing = (progress: number) =>
      setState({ step: 'busy', label: t('dataWriting'), progress, cancellable: true });
    writing(0);
    current.writing = true;
    let result: CommitResult;
    try {
      const worker = current.worker;
      let source: RowSource;
      if (current.html) {
        const { rows, twins } = sendableRows(current.html, preview.folder);
        source = arraySource(rows, twins);
      } else source = { count: preview.rows, skipped: preview.twins, rows: (...args) => worker!.rows(...args) };
      const action: CommitAction =
        preview.kind === 'backup'
          ? { kind: 'restore', backup: await worker!.rest() }
          : { kind: 'import', goalId: preview.goalId };
      result = await commitRows(source, action, {
        onProgress: (progress) => !current.cancelled && writing(progress),
        cancelled: () => current.cancelled,
        uploadId: current.uploadId,
      });
    } catch (error) {
      result = { ok: false, reason: current.cancelled ? 'cancelled' : 'error', detail: String(error) };
    }
    current.writing = false;
    // Cancelled during the write: the parts written before stay, and the page says how many
    // (or that the write was done: the cancel came during its last part).
    if (current.cancelled) {
      if (session.current !== null) return; // another file was chosen since
      if (result.ok) setState({ step: 'done', result });
      else setState({ step: 'cancelled', ...(result.written ? { written: result.written } : {}) });
      return;
    }
    if (session.current !== current) return;
    if (result.ok) {
      drop();
      setState({ step: 'done', result });
      if (result.batch && result.added + result.updated > 0) void openImported(result.batch);
    } else {
      setState({ step: 'preview', preview, failure: result });
    }
  };

  /**
   * Cancel keeps what is written: the parts already in the library stay (each is whole), the
   * part being sent is dropped, and the page says how many rows are in. Rolling every part back
   * would mean keeping each merged item's earlier version and a second long write that could
   * itself be stopped; importing the file again writes the rest, never an item twice.
   */
  const cancel = () => {
    const writing = session.current?.writing;
    drop();
    if (writing) setState({ step: 'busy', label: t('dataCancelling'), progress: 0, cancellable: false });
    else setState({ step: 'cancelled' });
  };

  return (
    <div class="data-part">
      <h3>{t('dataImportHeading')}</h3>
      <p class="muted">{t('dataImportHint', MB)}</p>
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
          <p data-testid="data-busy">
            <label for="data-progress">{state.label}</label>{' '}
            <progress id="data-progress" max={1} value={state.progress} />{' '}
            {state.cancellable && (
              <button type="button" class="secondary" onClick={cancel}>
                {t('cancel')}
              </button>
            )}
          </p>
        )}
        {state.step === 'done' && (
          <p role="status" data-testid="data-result">
            {t('dataDone', [String(state.result.added), String(state.result.updated), String(state.result.skipped)])}
          </p>
        )}
        {state.step === 'done' && state.result.batch && state.result.added + state.result.updated > 0 && (
          <p>
            <a href={importedUrl(state.result.batch)} target="_blank" rel="noopener" data-testid="data-open-library">
              {t('dataOpenImported', String(state.result.added + state.result.updated))}
            </a>
          </p>
        )}
        {state.step === 'cancelled' && (
          <p role="status" data-testid="data-result">
            {state.written ? t('dataCancelledPartly', String(state.written)) : t('dataCancelled')}
          </p>
        )}
      </div>
      {state.step === 'error' && (
        <p role="alert" class="field-error" data-testid="data-error">
          {state.message}
        </p>
      )}
      {state.step === 'preview' && state.failure && (
        <p role="alert" class="field-error" data-testid="data-error">
          {failureText(state.failure)}
        </p>
      )}
      {state.step === 'preview' && (
        <DataPreview
          preview={state.preview}
          folders={session.current?.html?.format === 'bookmarks-html' ? session.current.html.links : null}
          onChange={(goalId, folder) => void change(goalId, folder)}
          onConfirm={() => void confirm(state.preview)}
          onCancel={cancel}
        />
      )}
    </div>
  );
}

/** The library on one import's items, every status: where an import lands. */
/**
 * After an import, the library opens on its items in a new tab beside this one (the finish
 * message keeps the same link): this page stays where it was.
 */
async function openImported(batch: string): Promise<void> {
  const here = await browser.tabs.getCurrent();
  const beside = here ? { index: here.index + 1, windowId: here.windowId } : {};
  await browser.tabs.create({ url: importedUrl(batch), ...beside });
}

const importedUrl = (batch: string) => libraryUrl({ ...DEFAULT_VIEW, statuses: [...ITEM_STATUSES], batch });
