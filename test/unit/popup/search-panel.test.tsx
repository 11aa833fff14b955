// @vitest-environment jsdom
import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { expect, test, vi } from 'vitest';
import { SearchPanel } from '../../../src/popup/SearchPanel';
import { SEARCH_SHOWN } from '../../../src/popup/popup-lists';
import { renderRoot } from '../ui/render-root';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
const searchItems = vi.hoisted(() => vi.fn(() => Promise.resolve({ items: [], total: 0, more: false })));
vi.mock('../../../src/db/search', () => ({ searchItems }));
vi.mock('../../../src/db/search-index', () => ({ pendingCount: () => Promise.resolve(0) }));
vi.mock('../../../src/db/db', () => ({ db: () => ({}) }));

const rootOf = renderRoot();

test('a query’s reads begin in the render that shows it, not a frame later, for the best few shown', () => {
  render(<SearchPanel query="plann" goals={[]} />, rootOf());
  // Passive effects wait for the next frame: a search begun there waits a frame per keystroke.
  expect(searchItems).toHaveBeenCalledTimes(1);
  expect(searchItems).toHaveBeenCalledWith(expect.anything(), 'plann', expect.anything(), {
    now: expect.any(Number) as number,
    limit: SEARCH_SHOWN,
  });
  render(<SearchPanel query="planne" goals={[]} />, rootOf());
  expect(searchItems).toHaveBeenCalledTimes(2);
});
