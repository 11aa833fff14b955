import { recordProblem, type ProblemJob } from '../db/problems';

/**
 * Work a save leaves until its answer has gone (the toolbar mark, indexing its words for
 * search): the person waits for the item to be stored, not for these. Each task starts after
 * the current message's answer is sent (a task of its own, after the handler's promise settles)
 * and must be resumable from the database, as the worker may stop before it runs: the words are
 * queued in the item's own transaction (db/items.ts `upsertItem`), and the indexer picks the
 * queue up on its next alarm (background/search-indexer.ts). A task that fails is recorded as the
 * job's last problem (Options → About), never lost silently.
 */
const running = new Set<Promise<void>>();

export function afterReply(task: () => Promise<unknown>, job: ProblemJob): void {
  const run: Promise<void> = new Promise<void>((resolve) => setTimeout(resolve, 0))
    .then(task)
    .then(
      () => undefined,
      (error: unknown) => recordProblem(job, error),
    )
    .finally(() => running.delete(run));
  running.add(run);
}

/** Resolves once every task queued so far, and any they queued, has finished: for tests. */
export async function followUpsSettled(): Promise<void> {
  while (running.size) await Promise.all([...running]);
}
