// The nudge card, injected into a distraction tab with scripting.executeScript when its budget
// is spent. It only shows plain text the worker handed it and messages the answer back; the card
// (card.ts) never takes focus or navigates the page, and appears at a calm moment.
import browser from 'webextension-polyfill';
import { send } from '../../messaging/runtime';
import type { NudgeCardData } from '../../messaging/nudge';
import { showNudgeWhenCalm } from './card';

const t = (key: string, subs?: string[]) => browser.i18n.getMessage(key, subs) || key;

function showNudge(data: NudgeCardData): void {
  showNudgeWhenCalm(data, {
    t,
    answer: (nudgeId, outcome, scope) =>
      void send('nudge-outcome', { nudgeId, outcome, ...(scope ? { scope } : {}) }).catch(() => undefined),
    undo: (nudgeId) =>
      send('nudge-undo', { nudgeId }).then(
        ({ ok }) => ok,
        () => false,
      ),
  });
}

(globalThis as { __learnmarkNudge?: (d: NudgeCardData) => void }).__learnmarkNudge = showNudge;
