// @vitest-environment jsdom
// A library row shows what an item is about to triage by: the person's note when there is one,
// else the page's excerpt, each as text.
import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { expect, test, vi } from 'vitest';
import type { Item } from '../../../src/core/item/model';
import { LibraryRow } from '../../../src/library/LibraryRow';
import { renderRoot } from '../ui/render-root';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
const rootOf = renderRoot();

const item = (over: Partial<Item>) =>
  ({
    id: 'a',
    url: 'https://blog.example.org/post',
    title: 'Incremental models',
    siteName: 'Blog',
    kind: 'article',
    excerpt: 'Only new rows are processed.',
    note: '',
    goalIds: [],
    tags: [],
    status: 'unread',
    savedAt: Date.UTC(2026, 10, 2),
    capture: 'full',
    text: 'x',
    ...over,
  }) as Item;

const row = (it: Item) => {
  const noop = () => undefined;
  render(
    <LibraryRow item={it} id={it.id} goals={new Map()} query={null} selected={false} onSelect={noop} onEdit={noop} />,
    rootOf(),
  );
  return rootOf();
};

test('without a note, the row shows the excerpt', () => {
  const root = row(item({}));
  expect(root.querySelector('.row-excerpt')?.textContent).toBe('Only new rows are processed.');
  expect(root.querySelector('.row-note')).toBeNull();
});

test('a note takes the excerpt’s place: the person’s words come first', () => {
  const root = row(item({ note: 'Try on the orders model' }));
  expect(root.querySelector('.row-note')?.textContent).toBe('Try on the orders model');
  expect(root.querySelector('.row-excerpt')).toBeNull();
});

test('markup in an excerpt stays text', () => {
  const root = row(item({ excerpt: '<img src=x onerror=alert(1)>' }));
  expect(root.querySelector('.row-excerpt')?.textContent).toBe('<img src=x onerror=alert(1)>');
  expect(root.querySelector('img[src="x"]')).toBeNull();
});
