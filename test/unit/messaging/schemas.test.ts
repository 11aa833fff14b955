// Hostile payloads, message by message: what a page, a content script or a compromised
// renderer might send is refused with a reason before any handler runs.
import { describe, expect, test } from 'vitest';
import { checkPayload, REQUESTS } from '../../../src/messaging/schemas';
import type { MessageName } from '../../../src/messaging/protocol';

const FIVE_MB = 'x'.repeat(5 * 1024 * 1024);
const goal = {
  id: 'g-1',
  title: 'Get better at SQL',
  why: '',
  keywords: ['sql'],
  weeklyMinutes: 60,
  weeklyItems: null,
  color: '#0b5cad',
  status: 'active',
  createdAt: Date.UTC(2026, 0, 5),
  updatedAt: Date.UTC(2026, 0, 5),
  targetDate: null,
  order: 0,
};

const highlight = {
  itemId: 'i-1',
  exact: 'Recalling it a week later',
  prefix: 'exposure. ',
  suffix: ' is learning.',
  start: 26,
  color: 'yellow',
  note: '',
};

const logDraft = {
  title: 'Designing Data-Intensive Applications, ch. 3',
  kind: 'book',
  minutes: 45,
  day: '2026-11-27',
  goalIds: ['g-1'],
  note: 'LSM trees trade reads for writes',
};

// One well-formed payload per message: each hostile case below changes one thing in it.
const GOOD: { [N in MessageName]: unknown } = {
  'save-tab': { tabId: 12, via: 'popup' },
  'goal-save': { draft: { title: 'Get better at SQL', keywords: 'sql, query', weeklyMinutes: '60', color: '#1a7f37' } },
  'goal-delete': { id: 'g-1' },
  'goal-restore': { goal, itemIds: ['i-1'] },
  'goal-reorder': { ids: ['g-2', 'g-1'] },
  'goal-keyword': { goalId: 'g-1', keyword: 'dbt', accept: true },
  'goal-dismiss': { itemId: 'i-1', goalId: 'g-1', undo: true },
  'item-tag': { itemId: 'i-1', goalIds: ['g-1'], tags: ['sql'] },
  'item-status': { itemId: 'i-1', status: 'done', note: 'Check selectivity first' },
  'data-stage': { uploadId: 'u-1', offset: 0, rows: [{ url: 'https://a.example/' }] },
  'data-commit': { uploadId: 'u-1', total: 1, action: { kind: 'import', goalId: null } },
  'data-discard': { uploadId: 'u-1' },
  'feed-saved-check': { urls: ['https://x.com/ada/status/1861000000000000000'] },
  'feed-save': { capture: { url: 'https://x.com/ada/status/1861000000000000000' } },
  'nudge-outcome': { nudgeId: 'n-1', outcome: 'snoozed' },
  'highlight-add': highlight,
  'highlight-update': { id: 'h-1', color: 'green', note: 'Spacing beats cramming' },
  'highlight-delete': { id: 'h-1' },
  'review-add': { highlightId: 'h-1' },
  'review-answer': { cardId: 'c-1', rating: 'good' },
  'review-suspend': { cardId: 'c-1', suspended: true },
  'highlight-restore': { ...highlight, id: 'h-1', createdAt: Date.UTC(2026, 0, 5), updatedAt: Date.UTC(2026, 0, 5) },
  'nudge-undo': { nudgeId: 'n-1' },
  'toast-edit': {},
  'toast-accept': {},
  'post-in-view': { tabId: 3 },
  'save-read-ahead': { tabId: 3 },
  'library-edit': { itemId: 'i-1', title: 'Query planner notes', tags: ['sql'], goalIds: ['g-1'], note: 'Measure' },
  'library-bulk': { ids: ['i-1', 'i-2'], action: { kind: 'tie', goalId: 'g-1' } },
  'library-undo': {
    patches: [{ id: 'i-1', goalIds: [], tags: ['sql'], status: 'done', doneAt: Date.UTC(2026, 0, 5) }],
  },
  'library-delete': { ids: ['i-1'] },
  'library-restore': { ids: ['i-1'] },
  'site-category': { pattern: 'poki.com', category: 'learning' },
  'log-save': logDraft,
  'log-delete': { id: 'l-1' },
  'log-restore': { ...logDraft, id: 'l-1', createdAt: Date.UTC(2026, 10, 27), updatedAt: Date.UTC(2026, 10, 27) },
  'sync-test': { address: 'https://cloud.example.org', user: 'ann', password: 'app-pass', folder: 'Learnmark' },
  'sync-setup': {
    address: 'https://cloud.example.org',
    user: 'ann',
    password: 'app-pass',
    folder: 'Learnmark',
    passphrase: 'correct horse',
  },
  'sync-now': {},
  'sync-forget': {},
  'sync-start-over': {},
  'sync-share-time': { share: true },
};

test('the table has a good payload for every message, and each is accepted', () => {
  expect(Object.keys(GOOD).sort()).toEqual(Object.keys(REQUESTS).sort());
  for (const [type, payload] of Object.entries(GOOD)) {
    expect(checkPayload(type as MessageName, payload), type).toMatchObject({ ok: true });
  }
});

const with_ = (type: MessageName, change: object) => ({ ...(GOOD[type] as object), ...change });
const HOSTILE: [string, MessageName, unknown, string][] = [
  ['no payload', 'goal-delete', undefined, 'payload'],
  ['a category that is not one', 'site-category', with_('site-category', { category: 'fun' }), 'category'],
  ['a payload that is not an object', 'item-status', 'done', 'payload'],
  ['a negative tab id', 'save-tab', with_('save-tab', { tabId: -1 }), 'tabId'],
  ['an unknown way of saving', 'save-tab', with_('save-tab', { via: 'page-script' }), 'via'],
  ['a 5 MB goal title', 'goal-save', { draft: { title: FIVE_MB } }, 'draft.title'],
  [
    'a 5 MB goal title in a restored goal',
    'goal-restore',
    with_('goal-restore', { goal: { ...goal, title: FIVE_MB } }),
    'goal.title',
  ],
  [
    'CSS in a goal colour (a beacon)',
    'goal-restore',
    with_('goal-restore', { goal: { ...goal, color: 'url(http://beacon.example/goal-color)' } }),
    'goal.color',
  ],
  [
    'a goal colour that is a named colour',
    'goal-restore',
    with_('goal-restore', { goal: { ...goal, color: 'red' } }),
    'goal.color',
  ],
  [
    'a CSS colour in a draft',
    'goal-save',
    { draft: { title: 'SQL', color: 'url(http://beacon.example/)' } },
    'draft.color',
  ],
  [
    'a creation date of 1e300',
    'goal-restore',
    with_('goal-restore', { goal: { ...goal, createdAt: 1e300 } }),
    'goal.createdAt',
  ],
  [
    'a creation date that is not a number',
    'goal-restore',
    with_('goal-restore', { goal: { ...goal, createdAt: '2026' } }),
    'goal.createdAt',
  ],
  [
    'an unknown goal status',
    'goal-restore',
    with_('goal-restore', { goal: { ...goal, status: 'deleted' } }),
    'goal.status',
  ],
  ['a sync folder that climbs out', 'sync-test', with_('sync-test', { folder: 'Learnmark/../other' }), 'folder'],
  ['a sync folder that is its parent', 'sync-setup', with_('sync-setup', { folder: '..' }), 'folder'],
  ['an empty passphrase', 'sync-setup', with_('sync-setup', { passphrase: '' }), 'passphrase'],
  ['sync now with something in it', 'sync-now', { url: 'https://evil.example/' }, 'url'],
  ['an id with markup', 'goal-delete', { id: '<img src=x onerror=alert(1)>' }, 'id'],
  ['an id of 10 000 characters', 'item-status', with_('item-status', { itemId: 'a'.repeat(10_000) }), 'itemId'],
  ['a list of ids that is a string', 'goal-reorder', { ids: 'g-1,g-2' }, 'ids'],
  [
    'a dismissed suggestion’s Undo that is not a yes or no',
    'goal-dismiss',
    { itemId: 'i-1', goalId: 'g-1', undo: 'yes' },
    'undo',
  ],
  ['an empty proposed keyword', 'goal-keyword', { goalId: 'g-1', keyword: '  ', accept: true }, 'keyword'],
  [
    'ten thousand tags',
    'item-tag',
    with_('item-tag', { tags: Array.from({ length: 10_000 }, (_, i) => `t${i}`) }),
    'tags',
  ],
  ['an unknown item status', 'item-status', with_('item-status', { status: 'deleted' }), 'status'],
  ['a takeaway of 5 MB', 'item-status', with_('item-status', { note: FIVE_MB }), 'note'],
  [
    'too many rows in one part',
    'data-stage',
    with_('data-stage', { rows: Array.from({ length: 5_001 }, () => ({})) }),
    'rows',
  ],
  ['a negative offset', 'data-stage', with_('data-stage', { offset: -2_000 }), 'offset'],
  ['an upload id that is an object', 'data-discard', { uploadId: { toString: 'x' } }, 'uploadId'],
  ['an unknown commit action', 'data-commit', with_('data-commit', { action: { kind: 'drop-tables' } }), 'action'],
  [
    'a restore without its tables',
    'data-commit',
    with_('data-commit', { action: { kind: 'restore', backup: {} } }),
    'action.backup',
  ],
  [
    'a thousand addresses to check',
    'feed-saved-check',
    { urls: Array.from({ length: 1_000 }, (_, i) => `https://x.com/a/status/${i}`) },
    'urls',
  ],
  ['an address of 1 MB', 'feed-saved-check', { urls: [`https://x.com/${'a'.repeat(1 << 20)}`] }, 'urls'],
  ['"ignored" as an answer', 'nudge-outcome', with_('nudge-outcome', { outcome: 'ignored' }), 'outcome'],
  [
    'a highlight colour that is CSS',
    'highlight-add',
    with_('highlight-add', { color: 'url(https://evil.example/)' }),
    'color',
  ],
  ['a review answer outside the four', 'review-answer', { cardId: 'c-1', rating: 'perfect' }, 'rating'],
  ['an empty highlight', 'highlight-add', with_('highlight-add', { exact: '' }), 'exact'],
  ['a highlight note of 5 MB', 'highlight-update', { id: 'h-1', note: FIVE_MB }, 'note'],
  ['a negative highlight position', 'highlight-add', with_('highlight-add', { start: -1 }), 'start'],
  ['no ids for a bulk action', 'library-bulk', with_('library-bulk', { ids: [] }), 'ids'],
  [
    'more ids than a whole library',
    'library-delete',
    { ids: Array.from({ length: 100_001 }, (_, i) => `i-${i}`) },
    'ids',
  ],
  [
    'a bulk action the library does not have',
    'library-bulk',
    with_('library-bulk', { action: { kind: 'drop' } }),
    'action.kind',
  ],
  [
    'an empty tag to add',
    'library-bulk',
    with_('library-bulk', { action: { kind: 'tag-add', tag: '' } }),
    'action.tag',
  ],
  ['a 5 MB title', 'library-edit', with_('library-edit', { title: FIVE_MB }), 'title'],
  [
    'an Undo that sets an unknown status',
    'library-undo',
    { patches: [{ id: 'i-1', goalIds: [], tags: [], status: 'deleted', doneAt: null }] },
    'patches.0.status',
  ],
  ['a nudge id that is a number', 'nudge-outcome', with_('nudge-outcome', { nudgeId: 7 }), 'nudgeId'],
  [
    'a learning scope of a week',
    'nudge-outcome',
    with_('nudge-outcome', { scope: { what: 'page', until: 'week' } }),
    'scope',
  ],
  ['an undo without a nudge id', 'nudge-undo', {}, 'nudgeId'],
  // The toast names no item: the worker finds it by the sender's tab.
  ['an item id from the toast', 'toast-edit', { itemId: 'i-1' }, 'itemId'],
  ['an address from the toast', 'toast-accept', { url: 'https://bank.example/' }, 'url'],
  ['a log entry of no title', 'log-save', with_('log-save', { title: '   ' }), 'title'],
  ['a log entry of 5 MB', 'log-save', with_('log-save', { title: FIVE_MB }), 'title'],
  ['a log entry of no minutes', 'log-save', with_('log-save', { minutes: 0 }), 'minutes'],
  ['a log entry longer than a day', 'log-save', with_('log-save', { minutes: 24 * 60 + 1 }), 'minutes'],
  ['a log kind the list does not have', 'log-save', with_('log-save', { kind: 'podcast' }), 'kind'],
  ['a log day that is not a day', 'log-save', with_('log-save', { day: '2026-13-01' }), 'day'],
  ['a log day that is a time', 'log-save', with_('log-save', { day: Date.UTC(2026, 0, 1) }), 'day'],
  ['a log takeaway of 5 MB', 'log-save', with_('log-save', { note: FIVE_MB }), 'note'],
  ['a restored log entry without its date', 'log-restore', with_('log-restore', { createdAt: 1e300 }), 'createdAt'],
];

describe('a hostile payload is refused with the field that is wrong', () => {
  test.each(HOSTILE)('%s (%s)', (_, type, payload, field) => {
    const result = checkPayload(type, payload);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.startsWith(`${field}:`) || result.reason.startsWith(field)).toBe(true);
  });
});
