// The nudge card, injected into a distraction tab with scripting.executeScript when its budget
// is spent. It only shows plain text the worker handed it and messages the answer back.
// The page around it is not trusted (a game's own script must not read which item is offered,
// nor answer for the person): the card lives in a CLOSED shadow root, nothing about it is
// mirrored in the page's DOM, and only trusted events (the person's clicks and keys) count.
import browser from 'webextension-polyfill';
import { send } from '../../messaging/runtime';
import type { NudgeCardData, NudgeChoice } from '../../messaging/nudge';
import { CARD_STYLE } from './card-style';

const HOST_TAG = 'learnmark-nudge';
/** The card's host in this page, if shown: kept here, since the page's DOM says nothing. */
let shown: HTMLElement | null = null;
const t = (key: string, subs?: string[]) => browser.i18n.getMessage(key, subs) || key;

function button(label: string, onClick: () => void, options: { primary?: boolean; meta?: string; testId: string }) {
  const el = document.createElement('button');
  el.type = 'button';
  el.textContent = label;
  el.dataset.testid = options.testId;
  if (options.primary) el.className = 'primary';
  if (options.meta) {
    const meta = document.createElement('span');
    meta.className = 'meta';
    meta.textContent = options.meta;
    el.append(meta);
  }
  el.addEventListener('click', (event) => {
    if (event.isTrusted) onClick();
  });
  return el;
}

function showNudge(data: NudgeCardData): void {
  shown?.remove();
  const host = document.createElement(HOST_TAG);
  shown = host;
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = CARD_STYLE;
  const card = document.createElement('section');
  card.className = 'card';
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-labelledby', 'title');
  card.setAttribute('aria-describedby', 'spent');
  // The page stays usable behind it: a corner card, not a modal (no focus trap, no backdrop).
  card.setAttribute('aria-modal', 'false');
  const previousFocus = document.activeElement as HTMLElement | null;
  const answer = (outcome: NudgeChoice) => {
    host.remove();
    if (shown === host) shown = null;
    previousFocus?.focus?.();
    void send('nudge-outcome', { nudgeId: data.nudgeId, outcome }).catch(() => undefined);
  };
  const title = document.createElement('h2');
  title.id = 'title';
  title.textContent = t('nudgeTitle');
  const spent = document.createElement('p');
  spent.id = 'spent';
  spent.textContent = t('nudgeSpent', [String(data.minutesToday), data.host]);
  const actions = document.createElement('div');
  actions.className = 'actions';
  if (data.item) {
    actions.append(
      button(t('nudgeOpenItem', [data.item.title]), () => answer('swapped'), {
        primary: true,
        meta: t('nudgeReadingMinutes', [String(Math.max(1, data.item.readingMinutes))]),
        testId: 'nudge-swap',
      }),
    );
  }
  actions.append(
    button(t('nudgeMoreTime'), () => answer('more-time'), { testId: 'nudge-more-time' }),
    button(t('nudgeNotToday'), () => answer('snoozed'), { testId: 'nudge-not-today' }),
    button(t('nudgeIsLearning', [data.host]), () => answer('reclassified'), { testId: 'nudge-learning' }),
  );
  const close = button('×', () => answer('dismissed'), { testId: 'nudge-close' });
  close.className = 'close';
  close.setAttribute('aria-label', t('nudgeClose'));
  card.addEventListener('keydown', (event) => {
    if (event.isTrusted && event.key === 'Escape') answer('dismissed');
  });
  card.append(close, title, spent, actions);
  root.append(style, card);
  document.documentElement.append(host);
  // Focus moves to the card so keyboard users meet it; Escape or any answer gives it back.
  (actions.firstElementChild as HTMLElement | null)?.focus();
}

(globalThis as { __learnmarkNudge?: (d: NudgeCardData) => void }).__learnmarkNudge = showNudge;
