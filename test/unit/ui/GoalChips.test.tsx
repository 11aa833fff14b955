// @vitest-environment jsdom
import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test, vi } from 'vitest';
import { GoalChips } from '../../../src/ui/GoalChips';
import { goal } from '../goal-fixtures';
import { renderRoot } from './render-root';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const root = renderRoot();

const goals = [
  goal({ id: 'sql', title: 'SQL', order: 0 }),
  goal({ id: 'talk', title: 'Public speaking', order: 1 }),
  goal({ id: 'lead', title: 'Leadership', order: 2 }),
];
const buttons = () => [...root().querySelectorAll('button')].map((b) => b.textContent);

test('only a suggested goal that is not tied has "Not this goal", named for its goal, and it calls back with the goal', () => {
  const onDismiss = vi.fn();
  act(() => {
    render(
      <GoalChips
        goals={goals}
        selected={['sql']}
        suggested={[
          { goalId: 'sql', matched: ['SQL'] },
          { goalId: 'talk', matched: ['nerves'] },
        ]}
        onChange={() => {}}
        onDismiss={onDismiss}
        label="Goals"
      />,
      root(),
    );
  });
  expect(buttons()).toEqual([
    'SQL',
    expect.stringMatching(/^Public speaking suggested · matches/),
    'Not this goal: Public speaking',
    'Leadership',
  ]);
  const dismiss = [...root().querySelectorAll('button')].find((b) => b.textContent?.startsWith('Not this goal'))!;
  expect(dismiss.type).toBe('button');
  act(() => dismiss.click());
  expect(onDismiss).toHaveBeenCalledWith('talk');
});

test('without a dismiss handler (the log form) a suggested chip stands alone', () => {
  act(() => {
    render(
      <GoalChips
        goals={goals}
        selected={[]}
        suggested={[{ goalId: 'talk', matched: [] }]}
        onChange={() => {}}
        label="Goals"
      />,
      root(),
    );
  });
  expect(buttons()).toEqual(['Public speaking suggested', 'SQL', 'Leadership']);
});
