import { closedHost, keepAttached } from '../closed-host';
import { focusReturn } from '../focus-return';

// The nudge card itself, apart from how it is installed in the page (index.ts), so it can be
// tested under jsdom. It costs the person nothing: it never takes focus, never navigates the
// page, and waits for a calm moment (a few seconds without a key press or click) to appear.
// The page around it is not trusted: the card lives in a CLOSED shadow root, and only trusted
// events (the person's clicks and keys) count.
import type { NudgeCardData, NudgeChoice } from '../../messaging/nudge';
import type { LearningScope } from '../../core/tracking/learning-choice';
import { CARD_STYLE } from './card-style';

const HOST_TAG = 'learnmark-nudge';
/** Seconds without input on the page before the card appears. */
export const QUIET_MS = 3_000;
/** The visible pause before "Five more minutes" can be chosen: friction on the continue path only. */
export const MORE_TIME_PAUSE_SECONDS = 5;
/** Input that means the person is busy in the page (typing, playing): the card waits. */
const BUSY_EVENTS = ['keydown', 'keyup', 'pointerdown', 'input', 'compositionupdate'] as const;

export interface CardDeps {
  answer: (nudgeId: string, outcome: NudgeChoice, scope?: LearningScope) => void;
  /** Takes back "this is learning for me"; resolves to whether it was undone. */
  undo: (nudgeId: string) => Promise<boolean>;
  t: (key: string, subs?: string[]) => string;
  /** Whether an event is the person's own (trusted); a test hook, `event.isTrusted` otherwise. */
  isPersonEvent?: (event: Event) => boolean;
}

interface Shown {
  host: HTMLElement;
  remove: () => void;
}
let current: Shown | null = null;
let pending: (() => void) | null = null;

/** Removes any card shown or waiting (a new nudge replaces the old one). */
export function removeNudgeCard(): void {
  pending?.();
  pending = null;
  current?.remove();
  current = null;
}

/**
 * Shows the card at the next calm moment: once `QUIET_MS` pass without the person's input in
 * the page (each key press or click starts the wait again), so it never lands mid-keystroke.
 */
export function showNudgeWhenCalm(data: NudgeCardData, deps: CardDeps, win: Window = window): void {
  removeNudgeCard();
  const isPerson = deps.isPersonEvent ?? ((e: Event) => e.isTrusted);
  let timer = win.setTimeout(show, QUIET_MS);
  const busy = (event: Event) => {
    if (!isPerson(event)) return;
    win.clearTimeout(timer);
    timer = win.setTimeout(show, QUIET_MS);
  };
  const stop = () => {
    win.clearTimeout(timer);
    for (const type of BUSY_EVENTS) win.removeEventListener(type, busy, true);
  };
  for (const type of BUSY_EVENTS) win.addEventListener(type, busy, { capture: true, passive: true });
  pending = stop;
  function show() {
    stop();
    pending = null;
    current = drawCard(data, deps, isPerson, win);
  }
}

function drawCard(data: NudgeCardData, deps: CardDeps, isPerson: (e: Event) => boolean, win: Window): Shown {
  const { t } = deps;
  const doc = win.document;
  const { host, root, style } = closedHost(doc, HOST_TAG, CARD_STYLE);
  const card = doc.createElement('section');
  card.className = 'card';
  // A corner card, not a modal: no focus trap, no backdrop, the page stays usable behind it.
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-modal', 'false');
  card.setAttribute('aria-labelledby', 'title');
  card.setAttribute('aria-describedby', 'spent');
  const timers: number[] = [];

  const button = (label: string, onClick: () => void, testId: string, meta?: string) => {
    const el = doc.createElement('button');
    el.type = 'button';
    el.dataset.testid = testId;
    const text = doc.createElement('span');
    text.textContent = label;
    el.append(text);
    if (meta) {
      const m = doc.createElement('span');
      m.className = 'meta';
      m.textContent = meta;
      el.append(m);
    }
    el.addEventListener('click', (event) => {
      if (isPerson(event) && el.getAttribute('aria-disabled') !== 'true') onClick();
    });
    return el;
  };
  // Alt+Shift+L moves to the first action; Escape (or the card going away) gives focus back.
  const focus = focusReturn(win, host, () => actions.querySelector('button'), isPerson);
  let release = () => {};
  const remove = () => {
    release();
    for (const id of timers) win.clearInterval(id);
    focus.stop();
    focus.giveBack();
    host.remove();
    if (current?.host === host) current = null;
  };
  const answer = (outcome: NudgeChoice) => {
    remove();
    deps.answer(data.nudgeId, outcome);
  };

  const title = doc.createElement('h2');
  title.id = 'title';
  title.textContent = t('nudgeTitle');
  const spent = doc.createElement('p');
  spent.id = 'spent';
  spent.textContent = t('nudgeSpent', [String(data.minutesToday), data.host]);
  const actions = doc.createElement('div');
  actions.className = 'actions';
  if (data.review) {
    const { cards, minutes } = data.review;
    const label = t('nudgeReview', [String(cards), String(minutes)]);
    const review = button(label, () => answer('swapped'), 'nudge-review', t('nudgeReviewMeta'));
    review.classList.add('primary');
    actions.append(review);
  } else if (data.item) {
    const meta =
      data.item.readingMinutes === null
        ? t('nudgeForGoal')
        : t('nudgeReadingMinutes', [String(data.item.readingMinutes)]);
    const swap = button(t('nudgeOpenItem', [data.item.title]), () => answer('swapped'), 'nudge-swap', meta);
    swap.classList.add('primary');
    actions.append(swap);
  } else {
    // Nothing saved to offer yet: the card says where the better option will come from.
    const none = doc.createElement('p');
    none.className = 'nothing';
    none.dataset.testid = 'nudge-nothing';
    none.textContent = t('nudgeNothingSaved');
    actions.append(none);
  }
  // The minutes are this site's only (core/nudge/budget.ts), and the card says so.
  const more = button(
    t('nudgeMoreTime'),
    () => answer('more-time'),
    'nudge-more-time',
    t('nudgeMoreTimeHere', [data.host]),
  );
  const moreLabel = more.firstElementChild!;
  let left = MORE_TIME_PAUSE_SECONDS;
  const tick = () => {
    if (left > 0) {
      more.setAttribute('aria-disabled', 'true');
      moreLabel.textContent = t('nudgeMoreTimeWait', [String(left)]);
    } else {
      more.removeAttribute('aria-disabled');
      moreLabel.textContent = t('nudgeMoreTime');
      for (const id of timers) win.clearInterval(id);
    }
  };
  tick();
  timers.push(
    win.setInterval(() => {
      left -= 1;
      tick();
    }, 1000),
  );
  // "This is learning for me": first what and for how long, then a confirmation with Undo.
  const choice = doc.createElement('div');
  choice.className = 'choice';
  choice.hidden = true;
  const radios = (name: string, legendText: string, options: [string, string][]) => {
    const set = doc.createElement('fieldset');
    const legend = doc.createElement('legend');
    legend.textContent = legendText;
    set.append(legend);
    options.forEach(([value, text], i) => {
      const label = doc.createElement('label');
      const input = doc.createElement('input');
      input.type = 'radio';
      input.name = name;
      input.value = value;
      input.checked = i === 0;
      input.dataset.testid = `nudge-${name}-${value}`;
      label.append(input, doc.createTextNode(` ${text}`));
      set.append(label);
    });
    return set;
  };
  const picked = (name: string) => root.querySelector<HTMLInputElement>(`input[name=${name}]:checked`)?.value;
  const status = doc.createElement('p');
  status.className = 'status';
  status.setAttribute('role', 'status');
  const learning = button(
    t('nudgeIsLearning'),
    () => {
      choice.hidden = !choice.hidden;
      learning.setAttribute('aria-expanded', String(!choice.hidden));
    },
    'nudge-learning',
  );
  learning.setAttribute('aria-expanded', 'false');
  const confirmLearning = () => {
    const scope: LearningScope = {
      what: picked('what') === 'site' ? 'site' : 'page',
      until: picked('until') === 'always' ? 'always' : 'today',
    };
    deps.answer(data.nudgeId, 'reclassified', scope);
    const lines = {
      page: { today: t('nudgeLearningPageToday'), always: t('nudgeLearningPageAlways') },
      site: { today: t('nudgeLearningSiteToday', [data.host]), always: t('nudgeLearningSiteAlways', [data.host]) },
    };
    status.textContent = lines[scope.what][scope.until];
    const undo = button(
      t('nudgeUndo'),
      () => {
        undo.remove();
        void deps.undo(data.nudgeId).then((ok) => {
          status.textContent = t(ok ? 'nudgeUndone' : 'nudgeUndoFailed');
        });
      },
      'nudge-undo',
    );
    actions.replaceChildren(status, undo);
  };
  choice.append(
    radios('what', t('nudgeLearningWhat'), [
      ['page', t('nudgeLearningThisPage')],
      ['site', t('nudgeLearningWholeSite')],
    ]),
    radios('until', t('nudgeLearningWhen'), [
      ['today', t('nudgeLearningToday')],
      ['always', t('nudgeLearningAlways')],
    ]),
    button(t('nudgeLearningConfirm'), confirmLearning, 'nudge-learning-confirm'),
  );
  actions.append(
    more,
    button(t('nudgeNotToday'), () => answer('snoozed'), 'nudge-not-today'),
    learning,
    choice,
  );
  const close = button('×', () => answer('dismissed'), 'nudge-close');
  close.className = 'close';
  close.setAttribute('aria-label', t('nudgeClose'));
  const hint = doc.createElement('p');
  hint.className = 'hint';
  hint.textContent = t('nudgeShortcutHint');
  card.addEventListener('keydown', (event) => {
    if (!isPerson(event)) return;
    // Keys pressed in the card are the card's: the game behind it does not get them.
    event.stopPropagation();
    if (event.key === 'Escape') focus.giveBack();
  });
  card.append(close, title, spent, actions, hint);
  root.append(style, card);

  doc.documentElement.append(host);
  // A page that removes what it did not add (from <html> or <body>) does not lose the card.
  release = keepAttached(doc, host);
  return { host, remove };
}
