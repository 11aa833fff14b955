import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, expect, test, vi } from 'vitest';
import { ask, NoAnswerError } from '../../../src/ui/ask';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

afterEach(() => fakeBrowser.reset());

/** A worker answering through the callback channel (the fake browser's one way to answer). */
const answerWith = (value: unknown) =>
  fakeBrowser.runtime.onMessage.addListener(((_m: unknown, _s: unknown, respond: (v: unknown) => void) => {
    respond(value);
    return true;
  }) as never);

test('an answer comes back as it is, null included', async () => {
  answerWith(null);
  await expect(ask('goal-delete', { id: 'g1' })).resolves.toBeNull();
  fakeBrowser.reset();
  answerWith({ ok: true });
  await expect(ask('data-stage', { uploadId: 'u', offset: 0, rows: [] })).resolves.toEqual({ ok: true });
});

test('a worker that answers nothing is a failure, not an undefined answer', async () => {
  fakeBrowser.runtime.onMessage.addListener(() => undefined);
  await expect(ask('goal-save', { draft: { title: 'SQL' } })).rejects.toBeInstanceOf(NoAnswerError);
});

test('no worker to answer at all reaches the page as a rejection', async () => {
  await expect(ask('goal-save', { draft: { title: 'SQL' } })).rejects.toThrow();
});
