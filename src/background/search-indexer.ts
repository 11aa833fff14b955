import browser from 'webextension-polyfill';
import { db } from '../db/db';
import { recordProblem } from '../db/problems';
import { indexPending } from '../db/search-index';

/**
 * Finishes indexing for search what a bulk restore or import left queued. The queue is in the
 * database, so a worker stopped half-way picks up on its next start or flush alarm.
 */
export function registerSearchIndexer(flushAlarm: string): void {
  const resume = () => indexPending(db()).catch((error: unknown) => recordProblem('searchIndex', error));
  browser.runtime.onStartup.addListener(resume);
  browser.alarms.onAlarm.addListener((alarm) => (alarm.name === flushAlarm ? resume() : undefined));
}
