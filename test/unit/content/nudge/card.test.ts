// @vitest-environment jsdom
// The nudge card under jsdom: it waits for a calm moment, never takes focus, only the shortcut
// moves focus into it and Escape gives it back, and "Five more minutes" waits a visible pause.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  MORE_TIME_PAUSE_SECONDS,
  QUIET_MS,
  removeNudgeCard,
  showNudgeWhenCalm,
} from '../../../../src/content/nudge/card';
import type { NudgeCardData } from '../../../../src/messaging/nudge';

// The card's root is closed; keep a handle on it, as only the test may.
const roots = new WeakMap<Element, ShadowRoot>();
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const root = attach.call(this, init);
  roots.set(this, root);
  return root;
};
const host = () => document.querySelector('learnmark-nudge');
const inCard = (testId: string) => roots.get(host()!)!.querySelector<HTMLButtonElement>(`[data-testid=${testId}]`)!;
/** jsdom cannot make a trusted event: here every event is the person's unless marked. */
const scripted = new WeakSet<Event>();
const t = (key: string, subs: string[] = []) => [key, ...subs].join(' ');
const DATA: NudgeCardData = {
  nudgeId: 'n1',
  host: 'farmville.com',
  minutesToday: 31,
  item: { title: 'Memory', readingMinutes: null },
};

let answer: ReturnType<typeof vi.fn<(nudgeId: string, outcome: string, scope?: object) => void>>;
let undo: ReturnType<typeof vi.fn<(nudgeId: string) => Promise<boolean>>>;
let game: HTMLElement;
beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<div id="game" tabindex="0"></div><input id="chat">';
  game = document.getElementById('game')!;
  game.focus();
  answer = vi.fn<(nudgeId: string, outcome: string, scope?: object) => void>();
  undo = vi.fn<(nudgeId: string) => Promise<boolean>>(async () => true);
});
afterEach(() => {
  removeNudgeCard();
  vi.useRealTimers();
});

const show = (data = DATA) => showNudgeWhenCalm(data, { t, answer, undo, isPersonEvent: (e) => !scripted.has(e) });
const key = (target: EventTarget, init: KeyboardEventInit, byScript = false) => {
  const event = new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init });
  if (byScript) scripted.add(event);
  target.dispatchEvent(event);
  return event;
};

describe('the nudge card', () => {
  test('waits for a few seconds without input: each key press starts the wait again', () => {
    show();
    vi.advanceTimersByTime(QUIET_MS - 100);
    key(game, { key: 'a' });
    vi.advanceTimersByTime(QUIET_MS - 100);
    expect(host()).toBeNull();
    // A page's own scripted events cannot hold the card back.
    key(game, { key: 'b' }, true);
    vi.advanceTimersByTime(100);
    expect(host()).not.toBeNull();
  });

  test('appears without moving focus; keys keep going to the page', () => {
    const keys: string[] = [];
    document.addEventListener('keydown', (e) => keys.push(e.key));
    show();
    vi.advanceTimersByTime(QUIET_MS);
    expect(host()).not.toBeNull();
    expect(document.activeElement).toBe(game);
    key(game, { key: ' ' });
    expect(keys).toEqual([' ']);
  });

  test('Alt+Shift+L moves focus into the card, Escape gives it back; neither reaches the page', () => {
    const keys: string[] = [];
    document.addEventListener('keydown', (e) => keys.push(e.key));
    show({ ...DATA, item: { title: 'Memory', readingMinutes: 6 } });
    vi.advanceTimersByTime(QUIET_MS);
    // A script cannot use the shortcut.
    key(game, { key: 'L', code: 'KeyL', altKey: true, shiftKey: true }, true);
    expect(document.activeElement).toBe(game);
    const shortcut = key(game, { key: 'L', code: 'KeyL', altKey: true, shiftKey: true });
    expect(shortcut.defaultPrevented).toBe(true);
    expect(roots.get(host()!)!.activeElement).toBe(inCard('nudge-swap'));
    key(inCard('nudge-swap'), { key: 'Escape' });
    expect(document.activeElement).toBe(game);
    expect(keys).toEqual(['L']);
    expect(host()).not.toBeNull();
    expect(answer).not.toHaveBeenCalled();
  });

  test('"Five more minutes" counts down a visible pause; clicks before it ends do nothing', () => {
    show();
    vi.advanceTimersByTime(QUIET_MS);
    const more = inCard('nudge-more-time');
    expect(more.getAttribute('aria-disabled')).toBe('true');
    // It says the minutes are this site's only.
    expect(more.textContent).toBe(`nudgeMoreTimeWait ${MORE_TIME_PAUSE_SECONDS}nudgeMoreTimeHere farmville.com`);
    more.click();
    vi.advanceTimersByTime(1000);
    expect(more.textContent).toBe(`nudgeMoreTimeWait ${MORE_TIME_PAUSE_SECONDS - 1}nudgeMoreTimeHere farmville.com`);
    expect(answer).not.toHaveBeenCalled();
    vi.advanceTimersByTime((MORE_TIME_PAUSE_SECONDS - 1) * 1000);
    expect(more.getAttribute('aria-disabled')).toBeNull();
    expect(more.textContent).toBe('nudgeMoreTimenudgeMoreTimeHere farmville.com');
    more.click();
    expect(answer).toHaveBeenCalledWith('n1', 'more-time');
    expect(host()).toBeNull();
  });

  test('with nothing saved to offer, the card says where the better option will come from', () => {
    show({ ...DATA, item: null });
    vi.advanceTimersByTime(QUIET_MS);
    expect(inCard('nudge-nothing').textContent).toBe('nudgeNothingSaved');
    expect(roots.get(host()!)!.querySelector('[data-testid=nudge-swap]')).toBeNull();
    // Alt+Shift+L still lands on the card's first button, not on that line.
    key(game, { key: 'L', code: 'KeyL', altKey: true, shiftKey: true });
    expect(roots.get(host()!)!.activeElement).toBe(inCard('nudge-more-time'));
  });

  test('"Not today" answers at once; a reading time only when the item has one', () => {
    show();
    vi.advanceTimersByTime(QUIET_MS);
    expect(inCard('nudge-swap').textContent).toBe('nudgeOpenItem MemorynudgeForGoal');
    const scriptedClick = new MouseEvent('click', { bubbles: true });
    scripted.add(scriptedClick);
    inCard('nudge-not-today').dispatchEvent(scriptedClick);
    expect(answer).not.toHaveBeenCalled();
    inCard('nudge-not-today').click();
    expect(answer).toHaveBeenCalledWith('n1', 'snoozed');
    expect(document.activeElement).toBe(game);
  });

  test.each([
    [[], { what: 'page', until: 'today' }, 'nudgeLearningPageToday'],
    [['site'], { what: 'site', until: 'today' }, 'nudgeLearningSiteToday farmville.com'],
    [['always'], { what: 'page', until: 'always' }, 'nudgeLearningPageAlways'],
    [['site', 'always'], { what: 'site', until: 'always' }, 'nudgeLearningSiteAlways farmville.com'],
  ])(
    '"this is learning for me" picking %j: answered with %j, confirmed in one line with Undo',
    async (picks, scope, line) => {
      show();
      vi.advanceTimersByTime(QUIET_MS);
      const learning = inCard('nudge-learning');
      expect(learning.getAttribute('aria-expanded')).toBe('false');
      learning.click();
      expect(learning.getAttribute('aria-expanded')).toBe('true');
      for (const value of picks) roots.get(host()!)!.querySelector<HTMLInputElement>(`input[value=${value}]`)!.click();
      inCard('nudge-learning-confirm').click();
      expect(answer).toHaveBeenCalledWith('n1', 'reclassified', scope);
      const status = roots.get(host()!)!.querySelector('[role=status]')!;
      expect(status.textContent).toBe(line);
      inCard('nudge-undo').click();
      expect(undo).toHaveBeenCalledWith('n1');
      await vi.waitFor(() => expect(status.textContent).toBe('nudgeUndone'));
      expect(answer).toHaveBeenCalledTimes(1);
    },
  );
});
