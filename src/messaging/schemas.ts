import * as v from 'valibot';
import { GoalSchema, GOAL_STATUSES, KEYWORD_MAX_CHARS, KEYWORDS_MAX } from '../core/goal/model';
import { ITEM_STATUSES, SAVE_VIAS } from '../core/item/model';
import { NOTE_MAX, TITLE_MAX } from '../core/library/limits';
import { NUDGE_OUTCOMES } from '../core/nudge/model';
import { REVIEW_RATINGS } from '../core/review/schedule';
import {
  HIGHLIGHT_COLORS,
  HighlightDraftSchema,
  HighlightSchema,
  NOTE_MAX as HIGHLIGHT_NOTE_MAX,
} from '../core/highlight/model';
import { LEARNING_UNTILS, LEARNING_WHATS } from '../core/tracking/learning-choice';
import { CATEGORIES } from '../core/tracking/model';
import { count, ID, text, TIME } from '../core/schema';
import { LogDraftSchema, LogEntrySchema } from '../core/log/model';
import type { MessageName, Request } from './protocol';

/**
 * What each message may carry, checked by the worker's listener before any handler runs: a
 * page, a content script or a compromised renderer can send anything, and a payload that does
 * not fit is refused with the reason. Lengths are capped well above what the forms allow (the
 * handlers still answer friendly, per-field errors within them); ids, dates, colours, lists
 * and enums must be what the model declares. Typed over the protocol: a message without a
 * schema, or a schema whose output is not the message's request type, does not compile.
 */

/** More than any real form sends; far less than a 5 MB title. */
const FORM_TEXT = 2_000;
const TAB_ID = v.pipe(v.number(), v.integer(), v.minValue(0));
const TAG = text(100);
const MANY_IDS = 100_000;

/** The goal form's draft: the form's own text, checked and explained by validateGoal. */
const GoalDraftSchema = v.object({
  id: v.optional(ID),
  title: text(FORM_TEXT),
  why: v.optional(text(FORM_TEXT)),
  keywords: v.optional(
    v.union([text(FORM_TEXT), v.pipe(v.array(text(KEYWORD_MAX_CHARS * 4)), v.maxLength(KEYWORDS_MAX * 4))]),
  ),
  weeklyMinutes: v.optional(v.nullable(v.union([v.number(), text(12)]))),
  weeklyItems: v.optional(v.nullable(v.union([v.number(), text(12)]))),
  color: v.optional(text(7)),
  status: v.optional(v.picklist(GOAL_STATUSES)),
  targetDate: v.optional(v.nullable(v.union([TIME, text(10)]))),
});

/** The most items one library action touches: a whole 100 000-item library, no more. */
const LIBRARY_IDS = v.pipe(v.array(ID), v.minLength(1), v.maxLength(MANY_IDS));
const BULK_ACTION = v.variant('kind', [
  v.object({ kind: v.literal('tie'), goalId: ID }),
  v.object({ kind: v.literal('untie'), goalId: ID }),
  v.object({ kind: v.literal('tag-add'), tag: v.pipe(TAG, v.minLength(1)) }),
  v.object({ kind: v.literal('tag-remove'), tag: v.pipe(TAG, v.minLength(1)) }),
  v.object({ kind: v.literal('status'), status: v.picklist(ITEM_STATUSES) }),
  v.object({ kind: v.literal('unarchive') }),
]);
const ITEM_PATCH = v.object({
  id: ID,
  goalIds: v.pipe(v.array(ID), v.maxLength(100)),
  tags: v.pipe(v.array(TAG), v.maxLength(100)),
  status: v.picklist(ITEM_STATUSES),
  doneAt: v.nullable(TIME),
});

const NUDGE_CHOICES = NUDGE_OUTCOMES.filter((o): o is Exclude<typeof o, 'ignored'> => o !== 'ignored');

const SYNC_SERVER = v.object({
  address: v.pipe(v.string(), v.minLength(1), v.maxLength(2_048)),
  user: v.pipe(v.string(), v.maxLength(256)),
  password: v.pipe(v.string(), v.maxLength(1_000)),
  // A folder name, or a path of names: nothing that climbs out of where it is put.
  folder: v.pipe(v.string(), v.minLength(1), v.maxLength(200), v.regex(/^(?!.*(^|\/)\.\.?(\/|$))[^\\?#%]+$/)),
});
const NOTHING = v.strictObject({});

export const REQUESTS = {
  'save-tab': v.object({
    tabId: v.optional(TAB_ID),
    via: v.picklist(SAVE_VIAS),
    anyway: v.optional(v.boolean()),
    // A permalink: the worker reads that post again and keeps it only if it is one of the tab's site.
    post: v.optional(text(2_000)),
  }),
  'save-read-ahead': v.object({ tabId: TAB_ID }),
  'post-in-view': v.object({ tabId: TAB_ID }),
  'review-add': v.object({ highlightId: ID }),
  'review-answer': v.object({
    cardId: ID,
    rating: v.picklist(REVIEW_RATINGS),
    seconds: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(86_400))),
  }),
  'review-suspend': v.object({ cardId: ID, suspended: v.boolean() }),
  'highlight-add': HighlightDraftSchema,
  'highlight-update': v.object({
    id: ID,
    color: v.optional(v.picklist(HIGHLIGHT_COLORS)),
    note: v.optional(text(HIGHLIGHT_NOTE_MAX)),
  }),
  'highlight-delete': v.object({ id: ID }),
  'highlight-restore': HighlightSchema,
  'goal-save': v.object({ draft: GoalDraftSchema }),
  'goal-delete': v.object({ id: ID }),
  'goal-restore': v.object({ goal: GoalSchema, itemIds: v.pipe(v.array(ID), v.maxLength(MANY_IDS)) }),
  'goal-reorder': v.object({ ids: v.pipe(v.array(ID), v.maxLength(1_000)) }),
  'goal-keyword': v.object({
    goalId: ID,
    keyword: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(KEYWORD_MAX_CHARS)),
    accept: v.boolean(),
  }),
  'goal-dismiss': v.object({ itemId: ID, goalId: ID, undo: v.optional(v.boolean()) }),
  'item-tag': v.object({
    itemId: ID,
    goalIds: v.optional(v.pipe(v.array(ID), v.maxLength(100))),
    tags: v.optional(v.pipe(v.array(TAG), v.maxLength(100))),
  }),
  'item-status': v.object({ itemId: ID, status: v.picklist(ITEM_STATUSES), note: v.optional(text(FORM_TEXT)) }),
  'data-stage': v.object({
    uploadId: ID,
    offset: count(1_000_000),
    rows: v.pipe(v.array(v.unknown()), v.maxLength(5_000)),
  }),
  'data-discard': v.object({ uploadId: ID }),
  'data-commit': v.object({
    uploadId: ID,
    total: count(1_000_000),
    end: v.optional(count(1_000_000)),
    action: v.variant('kind', [
      v.object({ kind: v.literal('import'), goalId: v.nullable(ID) }),
      // The backup's tables are checked row by row by the restore (core/data/backup-validate).
      v.object({
        kind: v.literal('restore'),
        backup: v.looseObject({
          format: v.string(),
          version: v.number(),
          exportedAt: v.number(),
          goals: v.array(v.unknown()),
          activity: v.array(v.unknown()),
          nudges: v.array(v.unknown()),
          settings: v.record(v.string(), v.unknown()),
        }),
      }),
    ]),
  }),
  'feed-saved-check': v.object({ urls: v.pipe(v.array(text(2_048)), v.maxLength(200)) }),
  // The capture is page data: validated field by field by core/capture/validate.ts.
  'feed-save': v.object({ capture: v.unknown() }),
  'nudge-outcome': v.object({
    nudgeId: ID,
    outcome: v.picklist(NUDGE_CHOICES),
    scope: v.optional(v.object({ what: v.picklist(LEARNING_WHATS), until: v.picklist(LEARNING_UNTILS) })),
  }),
  'nudge-undo': v.object({ nudgeId: ID }),
  'library-edit': v.object({
    itemId: ID,
    title: v.optional(text(TITLE_MAX * 4)),
    tags: v.optional(v.pipe(v.array(TAG), v.maxLength(100))),
    goalIds: v.optional(v.pipe(v.array(ID), v.maxLength(100))),
    note: v.optional(text(NOTE_MAX * 4)),
  }),
  'library-bulk': v.object({ ids: LIBRARY_IDS, action: BULK_ACTION }),
  'library-undo': v.object({ patches: v.pipe(v.array(ITEM_PATCH), v.maxLength(MANY_IDS)) }),
  'library-delete': v.object({ ids: LIBRARY_IDS }),
  'library-restore': v.object({ ids: LIBRARY_IDS }),
  'toast-edit': v.strictObject({}),
  'toast-accept': v.strictObject({}),
  'site-category': v.object({ pattern: text(300), category: v.picklist(CATEGORIES) }),
  'log-save': v.object({ ...LogDraftSchema.entries, id: v.optional(ID) }),
  'log-delete': v.object({ id: ID }),
  'log-restore': LogEntrySchema,
  'sync-test': SYNC_SERVER,
  'sync-setup': v.object({
    ...SYNC_SERVER.entries,
    passphrase: v.pipe(v.string(), v.minLength(1), v.maxLength(1_000)),
  }),
  'sync-now': NOTHING,
  'sync-forget': NOTHING,
  'sync-start-over': NOTHING,
  'sync-share-time': v.strictObject({ share: v.boolean() }),
} satisfies { [N in MessageName]: v.GenericSchema<unknown, unknown> };

// The compile-time half of "typed over the protocol": every message has a schema, and what a
// schema lets through is the message's request type.
// Two payloads carry page data or backup rows that their handlers check field by field with
// their own validators (core/capture/validate.ts, core/data/backup-validate.ts); the schema
// checks their envelope only.
type CheckedByHandler = 'feed-save' | 'data-commit';
type Mismatched = {
  [N in Exclude<MessageName, CheckedByHandler>]: v.InferOutput<(typeof REQUESTS)[N]> extends Request<N> ? never : N;
}[Exclude<MessageName, CheckedByHandler>];
const everySchemaFits: [Mismatched] extends [never] ? true : Mismatched = true;
void everySchemaFits;

/** The payload as its message's request type, or why it does not fit. */
export function checkPayload<N extends MessageName>(
  type: N,
  payload: unknown,
): { ok: true; payload: Request<N> } | { ok: false; reason: string } {
  const result = v.safeParse(REQUESTS[type], payload);
  if (result.success) return { ok: true, payload: result.output as Request<N> };
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') || 'payload';
  return { ok: false, reason: `${path}: ${issue.message}` };
}
