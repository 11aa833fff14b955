import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import {
  clearProblem,
  lastProblem,
  parseProblem,
  PROBLEM_KEY,
  problemMessage,
  recordProblem,
} from '../../../src/db/problems';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const AT = Date.UTC(2026, 10, 30, 10, 0);

beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

test('a failed job is kept as the last problem in storage.local, and logged', async () => {
  expect(await lastProblem()).toBeNull();
  await recordProblem('searchIndex', new TypeError('v.text.slice is not a function'), AT);
  expect(await lastProblem()).toEqual({
    at: AT,
    where: 'searchIndex',
    message: 'TypeError: v.text.slice is not a function',
  });
  expect(console.error).toHaveBeenCalledWith('learnmark: searchIndex failed', expect.any(TypeError));
});

test('only the latest problem is kept, and clearing it leaves none', async () => {
  await recordProblem('tracking', new Error('first'), AT);
  await recordProblem('dataCommit', 'second', AT + 1);
  expect(await lastProblem()).toEqual({ at: AT + 1, where: 'dataCommit', message: 'second' });
  await clearProblem();
  expect(await lastProblem()).toBeNull();
});

test.each([
  [new Error('Failed to fetch https://blog.example.com/private?token=abc now'), 'Error: Failed to fetch <address> now'],
  ['x'.repeat(1000), 'x'.repeat(300)],
  [{ toString: (): string => 'odd' }, 'odd'],
])('the message keeps no address and stays short: %#', (error, message) => {
  expect(problemMessage(error)).toBe(message);
});

test('a stored value that is not a problem reads as none', async () => {
  expect(parseProblem({ at: AT, where: 'somewhere-else', message: 'x' })).toBeNull();
  expect(parseProblem({ at: 'today', where: 'tracking', message: 'x' })).toBeNull();
  expect(parseProblem('broken')).toBeNull();
  await fakeBrowser.storage.local.set({ [PROBLEM_KEY]: { where: 'tracking' } });
  expect(await lastProblem()).toBeNull();
});
