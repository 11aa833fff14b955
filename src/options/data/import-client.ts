import type { Backup } from '../../core/data/backup';
import type { FromWorker, ReadAnswer, ToWorker } from './import-protocol';
import type { Preview } from './preview';

type Question = ToWorker extends infer Q ? (Q extends ToWorker ? Omit<Q, 'id'> : never) : never;

/** The import worker, from the page: ask, await the answer; terminate to cancel. */
export class ImportWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();
  private next = 1;

  constructor(onProgress: (fraction: number) => void) {
    this.worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress(message.fraction);
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.type === 'answer') waiting?.ok(message.value);
      else waiting?.fail(new Error(message.detail));
    };
    // A worker that cannot start or crashed (out of memory): every question fails.
    this.worker.onerror = (event) => this.failAll(new Error(event.message || 'import worker failed'));
  }

  private ask(question: Question): Promise<unknown> {
    const id = this.next++;
    return new Promise((ok, fail) => {
      this.pending.set(id, { ok, fail });
      this.worker.postMessage({ ...question, id });
    });
  }

  private failAll(error: Error): void {
    for (const { fail } of this.pending.values()) fail(error);
    this.pending.clear();
  }

  read(file: Blob, now: number): Promise<ReadAnswer> {
    return this.ask({ type: 'read', file, now }) as Promise<ReadAnswer>;
  }

  plan(goalId: string | null): Promise<Preview> {
    return this.ask({ type: 'plan', goalId }) as Promise<Preview>;
  }

  rows(
    from: number,
    count: number,
    maxBytes: number,
    atLeastOne: boolean,
  ): Promise<{ rows: unknown[]; bytes: number }> {
    return this.ask({ type: 'rows', from, count, maxBytes, atLeastOne }) as Promise<{ rows: unknown[]; bytes: number }>;
  }

  rest(): Promise<Omit<Backup, 'items'>> {
    return this.ask({ type: 'rest' }) as Promise<Omit<Backup, 'items'>>;
  }

  /** Stops the worker at once, wherever it is; what it held is gone. */
  terminate(): void {
    this.worker.terminate();
    this.failAll(new Error('cancelled'));
  }
}
