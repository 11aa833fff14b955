import { DEFAULT_DISPLAY } from '../core/week/display-settings';
import { learningStreak, summarizeWeek, type WeekSummary } from '../core/week/summary';
import { weekOf } from '../core/week/model';
import { db } from '../db/db';
import { loadDisplay, weekStart } from '../db/display-settings';
import { listGoals } from '../db/goals';
import { loadWeek, recentDays } from '../db/week';
import { uiLocale } from '../ui/i18n';
import { useLiveQuery } from '../ui/use-live-query';
import { now } from '../platform/clock';

// Started as the popup's script loads, before the first render: the popup is opened to be read.
const displaySettings = loadDisplay().catch(() => DEFAULT_DISPLAY);
void db()
  .open()
  .catch(() => undefined);

/**
 * The summary of the week at `offset` (0 = this week), kept current as the database changes.
 * The query waits for the settings and reads goals itself, so the week draws in one round trip
 * from the first render.
 */
export function useWeek(offset: number): { summary: WeekSummary; streak: number } | undefined {
  return useLiveQuery(async () => {
    const startsOn = weekStart(await displaySettings, uiLocale());
    const at = now();
    const week = weekOf(at, startsOn, offset);
    const previous = weekOf(at, startsOn, offset - 1);
    const goals = await listGoals(db());
    const active = goals.filter((g) => g.status === 'active');
    const [{ days, items }, recent] = await Promise.all([loadWeek(db(), week, previous, active), recentDays(db(), at)]);
    return {
      summary: summarizeWeek({ now: at, weekStartsOn: startsOn, offset, days, items, goals }),
      streak: learningStreak(recent, at),
    };
  }, [offset]);
}
