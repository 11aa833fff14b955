import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, expect, test, vi } from 'vitest';
import messages from '../../../public/_locales/en/messages.json';
import { pastViews, upNextView, LATEST_VIEW } from '../../../src/core/library/lists';
import { DEFAULT_VIEW } from '../../../src/core/library/view';
import { viewSummary } from '../../../src/library/view-summary';
import { goal } from '../goal-fixtures';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

type Message = { message: string; placeholders?: Record<string, { content: string }> };
/** getMessage as the browser answers it: placeholders filled from the substitutions. */
function getMessage(key: string, subs?: string | string[]) {
  const entry = (messages as Record<string, Message>)[key];
  if (!entry) return '';
  const list = typeof subs === 'string' ? [subs] : (subs ?? []);
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return list[Number(content.slice(1)) - 1] ?? '';
  });
}
beforeEach(() => {
  Object.assign(fakeBrowser, { i18n: { getMessage, getUILanguage: () => 'en' } });
});

const goals = new Map([['g-sql', goal({ id: 'g-sql', title: 'SQL' })]]);

test.each([
  ['the popup’s Up next', upNextView(2), 'Showing: Unread · For any active goal · Newest first'],
  ['Up next with no goal active', upNextView(0), 'Showing: Unread · Newest first'],
  ['the popup’s Latest saved', LATEST_VIEW, 'Showing: Unread, Done · Newest first'],
  [
    'the popup’s From your past',
    pastViews(new Date(2026, 1, 26, 12).getTime())[0]!,
    'Showing: Unread, or done with a takeaway · Saved Jan 22, 2026 – Feb 5, 2026 · Newest first',
  ],
  [
    'its rule with one status',
    { ...DEFAULT_VIEW, statuses: ['unread'], unreadOrTakeaway: true },
    'Showing: Unread · Unread, or done with a takeaway · Newest first',
  ],
  [
    'every filter at once',
    {
      ...DEFAULT_VIEW,
      statuses: ['archived', 'unread', 'done'],
      goalId: 'g-sql',
      kind: 'video',
      tag: 'sql',
      site: 'example.com',
      hasTakeaway: true,
      query: 'query plan',
      sort: 'relevance',
      batch: 'b1',
    },
    'Showing: Every status · For “SQL” · Videos · Tagged “sql” · From example.com · Has a takeaway · Matching “query plan” · From one import · Best match first',
  ],
  [
    'a goal since deleted shows its id',
    { ...DEFAULT_VIEW, goalId: 'gone' },
    'Showing: Unread, Done · For “gone” · Newest first',
  ],
] as const)('%s', (_, view, line) => {
  expect(viewSummary({ ...view, statuses: [...view.statuses] }, goals)).toBe(line);
});

test('dates, either end open', () => {
  const from = new Date(2026, 0, 5).getTime();
  expect(viewSummary({ ...DEFAULT_VIEW, from }, goals)).toBe(
    'Showing: Unread, Done · Saved Jan 5, 2026 – … · Newest first',
  );
  expect(viewSummary({ ...DEFAULT_VIEW, to: from }, goals)).toContain('Saved … – Jan 5, 2026');
});
