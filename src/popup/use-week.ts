import { learningStreak, summarizeWeek, type WeekSummary } from '../core/week/summary';
import { weekSpan, type WeekStartsOn } from '../core/week/model';
import { db } from '../db/db';
import { listGoals } from '../db/goals';
import { loadWeek, recentDays } from '../db/week';
import { logEntriesBetween } from '../db/log';
import { reviewTimeBetween } from '../db/review-time';
import { siteTimeBetween } from '../db/tracking';
import { loadSettings } from '../db/tracking-settings';
import { format } from 'date-fns/format';
import { startOfDay } from 'date-fns/startOfDay';
import { playLeft, type PlayLeft } from '../core/nudge/budget';
import { earnedSecondsOf } from '../core/nudge/earned-leisure';
import { nudgesSince } from '../db/nudges';
import { lastWeekStart, weekStartInForce } from '../ui/use-week-start';
import { earlyLiveQuery, useEarlyLiveQuery, useLiveQuery, type EarlyLiveQuery } from '../ui/use-live-query';
import { useLayoutEffect, useState } from 'preact/hooks';
import { now } from '../platform/clock';

type WeekView = { summary: WeekSummary; streak: number; play: PlayLeft | null };

/**
 * The summary of the week at `offset` (0 = this week), for the week start in force (read here
 * unless given). It reads goals itself, so the week draws in one round trip.
 */
async function readWeek(offset: number, given?: WeekStartsOn): Promise<WeekView> {
  const startsOn = given ?? (await weekStartInForce());
  const at = now();
  const span = weekSpan(at, startsOn, offset);
  const lastDay = format(span.week.end, 'yyyy-MM-dd');
  // Only the week's goal members wait for the goals; every other read starts at once.
  const goalsRead = listGoals(db());
  const [goals, { days, members }, recent, logs, reviews, sites, nudgesToday] = await Promise.all([
    goalsRead,
    goalsRead.then((all) =>
      loadWeek(
        db(),
        span,
        all.filter((g) => g.status === 'active'),
      ),
    ),
    recentDays(db(), at),
    logEntriesBetween(db(), span.previous.key, lastDay),
    reviewTimeBetween(db(), span.previous.key, lastDay),
    // Time on a learning site that names a goal counts toward that goal: the week's activity
    // rows are read only when some site names one.
    loadSettings().then(async (settings) => ({
      settings,
      activity: Object.keys(settings.siteGoals).length ? await siteTimeBetween(db(), span.week.key, lastDay) : [],
    })),
    nudgesSince(db(), null, startOfDay(at).getTime()),
  ]);
  const today = recent.find((d) => d.day === format(at, 'yyyy-MM-dd'));
  const { settings } = sites;
  return {
    summary: summarizeWeek({ now: at, weekStartsOn: startsOn, offset, days, members, goals, logs, reviews, sites }),
    streak: learningStreak(recent, at),
    // Play left today, when a budget is in force and the person is nudged at all.
    play:
      settings.paused || settings.nudgeStyle === 'off'
        ? null
        : playLeft({
            ...settings,
            totalSeconds: today?.distraction ?? 0,
            earnedSeconds: earnedSecondsOf(today),
            nudgesToday,
            now: at,
          }),
  };
}

// This week's reads start as the popup's script loads, before its first render: the week is
// what the popup is opened for, so they overlap the first render and the first frame instead
// of waiting for them. The week start (extension storage) and the database's opening are
// started at once, side by side. The reads start at once too, with the week start this page
// found last time (ui/use-week-start.ts `lastWeekStart`), and the week is drawn once storage
// has confirmed it: on this machine storage answers in 10-20 ms, as long as the reads take. If
// the week start changed meanwhile (or none is noted yet), the week is read once it is in.
void db()
  .open()
  .catch(() => undefined);
const guess = lastWeekStart();
const guessed = guess === undefined ? null : earlyLiveQuery(() => readWeek(0, guess));
const thisWeek: Promise<EarlyLiveQuery<WeekView>> = weekStartInForce().then(
  (startsOn) => {
    if (guessed && startsOn === guess) return guessed;
    guessed?.stop();
    return earlyLiveQuery(() => readWeek(0));
  },
  () => guessed ?? earlyLiveQuery(() => readWeek(0)),
);
/** This week's query once chosen: a popup drawn after that has it on its first draw. */
let chosen: EarlyLiveQuery<WeekView> | undefined;
void thisWeek.then((early) => (chosen = early));

/** The summary of the week at `offset` (0 = this week), kept current as the database changes. */
export function useWeek(offset: number): WeekView | undefined {
  const [early, setEarly] = useState(chosen);
  // From the render that first draws, as useEarlyLiveQuery listens: not a frame later.
  useLayoutEffect(() => {
    let live = true;
    void thisWeek.then((e) => live && setEarly(() => e));
    return () => void (live = false);
  }, []);
  const current = useEarlyLiveQuery(early);
  const other = useLiveQuery(() => (offset === 0 ? Promise.resolve(undefined) : readWeek(offset)), [offset]);
  return offset === 0 ? current : other;
}
