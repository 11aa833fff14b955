// @vitest-environment jsdom
import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test, vi } from 'vitest';
import { ITEM_KINDS } from '../../../src/core/item/model';
import { GoalSelect, KindSelect, kindLabel } from '../../../src/ui/FilterSelects';
import { goal } from '../goal-fixtures';
import { renderRoot } from './render-root';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const root = renderRoot();

test.each(ITEM_KINDS)('the kind %s has a name of its own', (kind) => {
  expect(kindLabel(kind)).not.toBe('');
  expect(ITEM_KINDS.filter((k) => kindLabel(k) === kindLabel(kind))).toEqual([kind]);
});

const choose = (value: string) =>
  act(() => {
    const select = root().querySelector('select')!;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });

test('a goal is chosen by id, and the empty choice is none', async () => {
  const onChange = vi.fn();
  const goals = [goal({ id: 'g1', title: 'SQL' }), goal({ id: 'g2', title: 'Rust' })];
  await act(() => render(<GoalSelect goals={goals} value="g2" noneLabel="All goals" onChange={onChange} />, root()));
  expect([...root().querySelectorAll('option')].map((o) => o.textContent)).toEqual(['All goals', 'SQL', 'Rust']);
  expect(root().querySelector('select')!.value).toBe('g2');
  await choose('g1');
  await choose('');
  expect(onChange.mock.calls).toEqual([['g1'], [null]]);
});

test('a kind is chosen from the kinds only', async () => {
  const onChange = vi.fn();
  await act(() => render(<KindSelect value={null} noneLabel="Any" onChange={onChange} />, root()));
  expect(root().querySelectorAll('option')).toHaveLength(ITEM_KINDS.length + 1);
  await choose('linkedin-post');
  await choose('');
  expect(onChange.mock.calls).toEqual([['linkedin-post'], [null]]);
});

test('an extra choice sits after the empty one and is chosen by its value', async () => {
  const onChange = vi.fn();
  const goals = [goal({ id: 'g1', title: 'SQL' })];
  const extra = { value: 'active', label: 'Any active goal' };
  await act(() =>
    render(<GoalSelect goals={goals} value="active" noneLabel="Any" extra={extra} onChange={onChange} />, root()),
  );
  expect([...root().querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Any', 'Any active goal', 'SQL']);
  expect(root().querySelector('select')!.value).toBe('active');
  await choose('g1');
  await choose('active');
  expect(onChange.mock.calls).toEqual([['g1'], ['active']]);
});
