import { httpUrl, isHttpUrl } from '../core/item/url';
import { openHttpUrl, openReviewPage, tabById } from '../platform/tabs';
import type { ReviewOffer } from '../core/nudge/review-offer';
import { reviewToOffer } from './review';
import browser, { type Runtime, type Tabs } from 'webextension-polyfill';
import { startOfDay } from 'date-fns/startOfDay';
import type { Category } from '../core/tracking/model';
import { budgetDecision } from '../core/nudge/budget';
import { earnedSecondsOf } from '../core/nudge/earned-leisure';
import { localCalendar, trackedHost, type Segment } from '../core/tracking/segment';
import type { TrackingSettings } from '../core/tracking/settings';
import {
  applyLearningChoice,
  learningPattern,
  undoLearningChoice,
  WHOLE_SITE_ALWAYS,
  type LearningChange,
  type LearningScope,
} from '../core/tracking/learning-choice';
import { now as clockNow } from '../platform/clock';
import { secondsByHost } from '../db/tracking';
import {
  itemToOffer,
  markNudgesLeft,
  nudgesSince,
  offeredReadingMinutes,
  recordNudge,
  setNudgeOutcome,
  undoNudgeLearning,
} from '../db/nudges';
import { db, type LearnmarkDb } from '../db/db';
import { loadSettings, updateSettings } from '../db/tracking-settings';
import type { HandlersFor } from '../messaging/listener';
import type { NudgeCardData, NudgeChoice } from '../messaging/nudge';
import { hasSiteAccess, injectNudgeCard, notifyNudge, parseNotificationId } from '../platform/nudge';

export const BUDGET_ALARM = 'budget';

export interface NudgeDeps {
  database: () => LearnmarkDb;
  settings: () => Promise<TrackingSettings>;
  newId: () => string;
  hasAccess: (url: string) => Promise<boolean>;
  inject: (tabId: number, data: NudgeCardData) => Promise<void>;
  notify: (tabId: number, data: NudgeCardData) => Promise<void>;
  /** Schedules the next budget check (null: none needed). */
  schedule: (when: number | null) => Promise<void>;
  /** The day's review to offer instead of an item, or null (not opted in, no card left today). */
  reviewToOffer: (now: number) => Promise<ReviewOffer | null>;
}

const defaultNudgeDeps: NudgeDeps = {
  database: db,
  settings: loadSettings,
  newId: () => crypto.randomUUID(),
  hasAccess: hasSiteAccess,
  inject: injectNudgeCard,
  notify: notifyNudge,
  schedule: async (when) => {
    if (when === null) await browser.alarms.clear(BUDGET_ALARM);
    else await browser.alarms.create(BUDGET_ALARM, { when });
  },
  reviewToOffer: (now) => reviewToOffer(db(), now),
};

/**
 * Checks the budget for the page now open and, when it is spent, nudges: the card in the page
 * if Learnmark may run there, a notification otherwise. Each nudge is written to `nudges`
 * (as `ignored` until the person answers). A budget not yet spent schedules the next check
 * for the moment it will be, so the nudge comes on time rather than at the next flush.
 */
export async function checkBudget(
  segment: Segment | null,
  category: Category | null,
  now: number,
  deps: NudgeDeps = defaultNudgeDeps,
): Promise<void> {
  const database = deps.database();
  await markNudgesLeft(database, segment?.host ?? null, now);
  if (!segment || category !== 'distraction') return deps.schedule(null);
  const settings = await deps.settings();
  // Turned off: time is still counted, nobody is nudged.
  if (settings.nudgeStyle === 'off') return deps.schedule(null);
  const day = localCalendar.dayOf(now);
  const [byHost, nudgesToday, totals] = await Promise.all([
    secondsByHost(database, day, 'distraction'),
    nudgesSince(database, segment.host, startOfDay(now).getTime()),
    database.days.get(day),
  ]);
  // The open segment's seconds are not in the database yet.
  const open = Math.max(0, (now - segment.startedAt) / 1000);
  const siteSeconds = (byHost.get(segment.host) ?? 0) + open;
  const totalSeconds = [...byHost.values()].reduce((a, b) => a + b, 0) + open;
  const decision = budgetDecision({
    host: segment.host,
    path: segment.path,
    siteSeconds,
    totalSeconds,
    nudgesToday,
    now,
    ...settings,
    earnedSeconds: earnedSecondsOf(totals),
  });
  if (!decision.due) return deps.schedule(decision.checkAgainInMs === null ? null : now + decision.checkAgainInMs);
  await deps.schedule(null);

  const review = await deps.reviewToOffer(now);
  const offer = review ? null : await itemToOffer(database);
  const nudgeId = deps.newId();
  await recordNudge(database, {
    id: nudgeId,
    at: now,
    host: segment.host,
    trigger: 'budget',
    outcome: 'ignored',
    itemId: offer?.id ?? null,
    ...(review ? { offer: 'review' as const } : {}),
  });
  const data: NudgeCardData = {
    nudgeId,
    host: segment.host,
    minutesToday: Math.max(1, Math.round(siteSeconds / 60)),
    item: offer ? { title: offer.title || offer.url, readingMinutes: offeredReadingMinutes(offer) } : null,
    ...(review ? { review } : {}),
  };
  if (settings.nudgeStyle === 'card' && (await deps.hasAccess(segment.url))) {
    try {
      return await deps.inject(segment.tabId, data);
    } catch {
      // The page refused the script (an error page, a policy): the notification still offers it.
    }
  }
  await deps.notify(segment.tabId, data);
}

/**
 * Records the person's answer and does what it says. The first answer to a nudge stands.
 * "Read … instead" opens the item in a new tab right after the distraction tab (`beside`),
 * which stays exactly as it was: the person loses nothing by choosing it.
 */
async function answerNudge(
  nudgeId: string,
  outcome: NudgeChoice,
  beside: Pick<Tabs.Tab, 'index' | 'windowId'> | undefined,
  database = db(),
  learning?: { page: URL; scope: LearningScope },
): Promise<boolean> {
  let change: LearningChange | undefined;
  if (outcome === 'reclassified') {
    const stored = await database.nudges.get(nudgeId);
    if (!stored || stored.outcome !== 'ignored') return false;
    const scope = learning?.scope ?? WHOLE_SITE_ALWAYS;
    const pattern = learningPattern(stored.host, learning?.page.pathname ?? '/', scope.what);
    if (!pattern) return false;
    // The settings first: a nudge marked reclassified always has its change written.
    const at = clockNow();
    await updateSettings((s) => {
      const applied = applyLearningChoice(s, pattern, scope.until, at);
      change = applied.change;
      return applied.settings;
    });
  }
  const nudge = await setNudgeOutcome(database, nudgeId, outcome, null, change);
  if (!nudge) {
    // Answered meanwhile (another card, the notification): take the change back.
    if (change) await updateSettings((s) => undoLearningChoice(s, change!));
    return false;
  }
  if (outcome === 'swapped' && nudge.offer === 'review') await openReviewPage(beside);
  else if (outcome === 'swapped' && nudge.itemId) {
    const item = await database.items.get(nudge.itemId);
    // The address as the person saw it when it is a web address, else the normalised one;
    // anything else (an imported javascript: or file: address) is never opened.
    const url = [item?.originalUrl, item?.url].find((u) => u && isHttpUrl(u));
    if (url) await openHttpUrl(url, beside ? { beside } : {});
  }
  return true;
}

/** Undo of "this is learning for me": the settings as they were, the nudge dismissed. */
async function undoNudge(nudgeId: string, database = db()): Promise<boolean> {
  const change = await undoNudgeLearning(database, nudgeId);
  if (!change) return false;
  await updateSettings((s) => undoLearningChoice(s, change));
  return true;
}

/**
 * The card's answer. The card runs in the distraction page, which is not trusted: the answer
 * counts only for a nudge shown on the site of the sender's own tab (a script on another site
 * cannot answer, or reclassify a site, for the person).
 */
export const nudgeHandlers: HandlersFor<'nudge-outcome' | 'nudge-undo'> = {
  'nudge-outcome': async ({ nudgeId, outcome, scope }, sender: Runtime.MessageSender) => {
    const page = await pageOfNudge(nudgeId, sender);
    if (!page) return { ok: false };
    const learning = { page, scope: scope ?? WHOLE_SITE_ALWAYS };
    return { ok: await answerNudge(nudgeId, outcome, sender.tab, db(), learning) };
  },
  'nudge-undo': async ({ nudgeId }, sender: Runtime.MessageSender) => {
    if (!(await pageOfNudge(nudgeId, sender))) return { ok: false };
    return { ok: await undoNudge(nudgeId) };
  },
};

/** The sender's page, when the nudge was shown on its site; null (and a warning) otherwise. */
async function pageOfNudge(nudgeId: string, sender: Runtime.MessageSender): Promise<URL | null> {
  const nudge = await db().nudges.get(nudgeId);
  const page = httpUrl(sender.url);
  if (!nudge || !page || trackedHost(page) !== nudge.host) {
    console.warn('learnmark: refused a nudge answer from a page the nudge was not shown on');
    return null;
  }
  return page;
}

/** Notification buttons: [open the item,] not today. A click on the body opens the item. */
export async function onNotificationAnswer(id: string, button: number | 'body' | 'closed'): Promise<void> {
  const parsed = parseNotificationId(id);
  if (!parsed) return;
  const openIndex = parsed.hasItem ? 0 : -1;
  let outcome: NudgeChoice;
  if (button === 'closed') outcome = 'dismissed';
  else if (button === 'body' || button === openIndex) outcome = parsed.hasItem ? 'swapped' : 'dismissed';
  else outcome = 'snoozed';
  await answerNudge(parsed.nudgeId, outcome, outcome === 'swapped' ? await tabById(parsed.tabId) : undefined);
  if (button !== 'closed') await browser.notifications.clear(id);
}
