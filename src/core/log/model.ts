import * as v from 'valibot';
import { count, DAY, ID, TIME } from '../schema';

/** Learning that is not a web page: a course session, a book chapter, a talk (the `logEntries` table). */
export const LOG_KINDS = ['course', 'book', 'talk', 'mentoring', 'practice', 'other'] as const;
export type LogKind = (typeof LOG_KINDS)[number];

export const LOG_TITLE_MAX = 200;
export const LOG_NOTE_MAX = 2_000;
/** A whole day, no more: a longer entry is a typo. */
export const LOG_MINUTES_MAX = 24 * 60;

/** What the form sends: the person's own words, checked here and again by the worker. */
export const LogDraftSchema = v.object({
  title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LOG_TITLE_MAX)),
  kind: v.picklist(LOG_KINDS),
  minutes: v.pipe(count(LOG_MINUTES_MAX), v.minValue(1)),
  day: DAY,
  goalIds: v.pipe(v.array(ID), v.maxLength(100)),
  note: v.pipe(v.string(), v.trim(), v.maxLength(LOG_NOTE_MAX)),
});
export type LogDraft = v.InferOutput<typeof LogDraftSchema>;

/** A stored entry, checked whole wherever one comes from outside the database (backup, Undo). */
export const LogEntrySchema = v.object({
  ...LogDraftSchema.entries,
  id: ID,
  createdAt: TIME,
  updatedAt: TIME,
});
export type LogEntry = v.InferOutput<typeof LogEntrySchema>;
