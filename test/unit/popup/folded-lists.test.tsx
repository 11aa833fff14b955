// @vitest-environment jsdom
import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { expect, test, vi } from 'vitest';
import type { Item } from '../../../src/core/item/model';
import { LATEST_VIEW, upNextView } from '../../../src/core/library/lists';
import { Disclosure } from '../../../src/popup/Disclosure';
import { LatestSaved, UpNext } from '../../../src/popup/UpNext';
import { renderRoot } from '../ui/render-root';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
const counts = vi.hoisted(() => ({
  latestTotal: vi.fn(() => Promise.resolve(12)),
  upNextTotal: vi.fn(() => Promise.resolve(9)),
}));
vi.mock('../../../src/db/items', () => ({ latestTotal: counts.latestTotal }));
vi.mock('../../../src/db/week', () => ({ upNextTotal: counts.upNextTotal }));
vi.mock('../../../src/db/db', () => ({ db: () => ({}) }));

const rootOf = renderRoot();
const item = {
  id: 'a',
  url: 'https://a.example/',
  title: 'A',
  status: 'unread',
  goalIds: [],
  tags: [],
} as unknown as Item;
const lists = () => (
  <>
    <Disclosure id="upnext" heading="Up next">
      <UpNext items={[item]} goals={[]} view={upNextView(0)} onCleared={() => {}} />
    </Disclosure>
    <Disclosure id="latest" heading="Latest saved">
      <LatestSaved items={[item]} view={LATEST_VIEW} />
    </Disclosure>
  </>
);
// Each open list's link, by the section it ends (t() leaves the count's placeholder as written here).
const seeAll = () =>
  [...rootOf().querySelectorAll('[data-testid="see-all"]')].map((a) => a.closest('details')?.dataset.section);

// Each list's "See all N" counts its whole view: at 10 000 items, counts begun on every opening
// kept the popup's database busy after its first draw, though the lists are folded by default.
const cases: [string, string[], string[]][] = [
  ['folded, as by default', [], []],
  ['Up next open', ['upnext'], ['upNextTotal']],
  ['both open', ['upnext', 'latest'], ['upNextTotal', 'latestTotal']],
];
test.each(cases)('a folded list reads no count; an open one reads its own (%s)', async (_, open, read) => {
  counts.latestTotal.mockClear();
  counts.upNextTotal.mockClear();
  localStorage.setItem('learnmark.popup.open', JSON.stringify(open));
  render(lists(), rootOf());
  await vi.waitFor(() => expect(seeAll()).toEqual(open));
  // The lazy list modules and a live query's first run have settled: nothing else is counted.
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(counts.upNextTotal).toHaveBeenCalledTimes(read.includes('upNextTotal') ? 1 : 0);
  expect(counts.latestTotal).toHaveBeenCalledTimes(read.includes('latestTotal') ? 1 : 0);
});
