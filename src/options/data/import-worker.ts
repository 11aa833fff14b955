// The import worker: reads, parses and previews a chosen file off the options page's main
// thread, and holds its rows until the page sends them to the service worker. The page
// terminates it to cancel, which drops everything it held.
import type { Backup } from '../../core/data/backup';
import { rowsWithin } from '../../core/data/import-plan';
import type { FromWorker, ReadAnswer, ToWorker } from './import-protocol';
import { planPreview, sendableRows } from './preview';
import { IMPORT_LIMITS, readImportBlob, type Loaded } from './read-file';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let loaded: Extract<Loaded, { kind: 'import' | 'backup' }> | null = null;
/** The rows the commit sends (see sendableRows), once asked for. */
let sendable: readonly unknown[] | null = null;

const post = (message: FromWorker) => scope.postMessage(message);

/** At most one progress message per 100 ms. */
let lastProgress = 0;
function progress(fraction: number): void {
  const now = performance.now();
  if (now - lastProgress < 100) return;
  lastProgress = now;
  post({ type: 'progress', fraction });
}

const MB = Math.round(IMPORT_LIMITS.bytes / 1024 / 1024);

async function read(file: Blob, now: number): Promise<ReadAnswer> {
  loaded = null;
  sendable = null;
  // Refused before a byte is read.
  if (file.size > IMPORT_LIMITS.bytes)
    return { result: 'error', error: { message: 'dataErrorTooBig', args: [`${MB} MB`] } };
  const result = await readImportBlob(file, now, progress);
  if (result.kind === 'error') return { result: 'error', error: result };
  if (result.kind === 'html') return { result: 'html', text: result.text };
  loaded = result;
  return { result: 'ready', preview: await planPreview(result, null, null) };
}

/** Rows to send, measured here rather than on the page (see upload.ts `RowSource`). */
function rows(from: number, count: number, maxBytes: number, atLeastOne: boolean) {
  if (!loaded) return { rows: [], bytes: 0 };
  sendable ??= sendableRows(loaded, null).rows;
  return rowsWithin(sendable, from, count, maxBytes, atLeastOne);
}

function rest(): Omit<Backup, 'items'> | null {
  if (loaded?.kind !== 'backup') return null;
  const { items: _rows, ...others } = loaded.backup;
  return others;
}

async function answer(message: ToWorker): Promise<unknown> {
  switch (message.type) {
    case 'read':
      return read(message.file, message.now);
    case 'plan':
      return loaded ? planPreview(loaded, message.goalId, null) : null;
    case 'rows':
      return rows(message.from, message.count, message.maxBytes, message.atLeastOne);
    case 'rest':
      return rest();
  }
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  answer(message).then(
    (value) => post({ id: message.id, type: 'answer', value }),
    (error: unknown) => post({ id: message.id, type: 'failed', detail: String(error) }),
  );
};
