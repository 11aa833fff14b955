import { now as clockNow } from '../platform/clock';
import browser from 'webextension-polyfill';

/** The background jobs that record their failures; each has a `problemJob_<name>` label. */
export const PROBLEM_JOBS = ['searchIndex', 'dataCommit', 'tracking', 'trackingAlarm'] as const;
export type ProblemJob = (typeof PROBLEM_JOBS)[number];

/**
 * The last thing that went wrong in a background job, kept so the person can see it (Options →
 * About) instead of it vanishing into the worker's console. Only the job's name and the error's
 * message are kept: never page content or addresses.
 */
export interface Problem {
  /** Epoch ms. */
  at: number;
  where: ProblemJob;
  message: string;
}

export const PROBLEM_KEY = 'lastProblem';
const MESSAGE_MAX = 300;

/** A stored value, checked before use: anything else reads as no problem. */
export function parseProblem(value: unknown): Problem | null {
  const p = value as Partial<Problem> | null | undefined;
  if (!p || typeof p.at !== 'number' || typeof p.message !== 'string') return null;
  if (!PROBLEM_JOBS.includes(p.where as ProblemJob)) return null;
  return { at: p.at, where: p.where as ProblemJob, message: p.message };
}

/** The error's own message, without a stack, URLs taken out (an error may quote the page's). */
export function problemMessage(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, '<address>').slice(0, MESSAGE_MAX);
}

/** Records a failed job (and logs it); never throws, so a caller's `.catch` stays simple. */
export async function recordProblem(where: ProblemJob, error: unknown, now = clockNow()): Promise<void> {
  console.error(`learnmark: ${where} failed`, error);
  const problem: Problem = { at: now, where, message: problemMessage(error) };
  // Storage itself failing leaves only the console, where the error already is.
  await browser.storage.local.set({ [PROBLEM_KEY]: problem }).catch(() => undefined);
}

export async function lastProblem(): Promise<Problem | null> {
  return parseProblem((await browser.storage.local.get(PROBLEM_KEY))[PROBLEM_KEY]);
}

export function clearProblem(): Promise<void> {
  return browser.storage.local.remove(PROBLEM_KEY);
}
