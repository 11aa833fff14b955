import { useEffect, useState } from 'preact/hooks';
import type { DisplaySettings } from '../core/display-settings';
import { DEFAULT_DISPLAY } from '../core/display-settings';
import type { Goal } from '../core/goal';
import { learningStreak, summarizeWeek, type WeekSummary } from '../core/week-summary';
import { weekOf, type WeekStartsOn } from '../core/week';
import { db } from '../db/db';
import { loadDisplay, weekStart } from '../db/display-settings';
import { loadWeek, recentDays } from '../db/week';
import { uiLocale } from '../ui/i18n';
import { useLiveQuery } from '../ui/use-live-query';

export function useDisplaySettings(): DisplaySettings | undefined {
  const [settings, setSettings] = useState<DisplaySettings | undefined>();
  useEffect(() => void loadDisplay().then(setSettings, () => setSettings(DEFAULT_DISPLAY)), []);
  return settings;
}

/** The summary of the week at `offset` (0 = this week), kept current as the database changes. */
export function useWeek(
  offset: number,
  goals: Goal[] | undefined,
  startsOn: WeekStartsOn | undefined,
): { summary: WeekSummary; streak: number } | undefined {
  return useLiveQuery(async () => {
    if (!goals || startsOn === undefined) return undefined;
    const now = Date.now();
    const week = weekOf(now, startsOn, offset);
    const previous = weekOf(now, startsOn, offset - 1);
    const [{ days, items }, recent] = await Promise.all([
      loadWeek(
        db(),
        week,
        previous,
        goals.filter((g) => g.status === 'active'),
      ),
      recentDays(db(), now),
    ]);
    return {
      summary: summarizeWeek({ now, weekStartsOn: startsOn, offset, days, items, goals }),
      streak: learningStreak(recent, now),
    };
  }, [offset, goals, startsOn]);
}

export function useWeekStart(settings: DisplaySettings | undefined): WeekStartsOn | undefined {
  return settings ? weekStart(settings, uiLocale()) : undefined;
}
