// A goal's view opened by its address draws before Dexie, valibot or the messaging code have
// loaded (issue 13: goal_view_10k_ms): the modules its first draw needs must import none of
// them, even through another module. Here each of them throws as it loads, and the page's
// first-draw modules must still load; vite.config.ts checks the built chunks the same way.
import { fakeBrowser } from '@webext-core/fake-browser';
import { expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
vi.mock('dexie', () => {
  throw new Error('Dexie loaded');
});
vi.mock('valibot', () => {
  throw new Error('valibot loaded');
});
vi.mock('../../../src/messaging/runtime', () => {
  throw new Error('messaging loaded');
});

test.each([
  ['the page’s entry and its reads', '../../../src/options/route'],
  ['the shell', '../../../src/options/shell'],
  ['the goals section and the view', '../../../src/options/sections/GoalsRoute'],
])('%s: loaded without Dexie, valibot or messaging', async (_what, path) => {
  await expect(import(path)).resolves.toBeDefined();
});

test('the view’s live reads do load Dexie (so the check above can fail)', async () => {
  await expect(import('../../../src/options/sections/GoalViewLive')).rejects.toThrow(/mocking a module/);
});
