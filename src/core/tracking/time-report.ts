import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { format } from 'date-fns/format';
import { startOfDay } from 'date-fns/startOfDay';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfWeek } from 'date-fns/startOfWeek';
import type { WeekStartsOn } from '../week/model';
import { rowSeconds } from '../week/day-totals';
import { CATEGORIES, type Activity, type Category } from './model';

export const PERIODS = ['day', 'week', 'month'] as const;
export type Period = (typeof PERIODS)[number];

/** A local day, week or month: its first instant, the next period's, and its days as keys. */
export interface PeriodRange {
  start: number;
  end: number;
  firstDay: string;
  lastDay: string;
}

const SHIFT = { day: addDays, week: addWeeks, month: addMonths } as const;

/** The period containing `at`, moved by `offset` periods (−1: the one before). */
export function periodRange(period: Period, at: number, weekStartsOn: WeekStartsOn, offset = 0): PeriodRange {
  const first =
    period === 'day' ? startOfDay(at) : period === 'week' ? startOfWeek(at, { weekStartsOn }) : startOfMonth(at);
  const start = SHIFT[period](first, offset);
  const end = SHIFT[period](start, 1);
  return {
    start: start.getTime(),
    end: end.getTime(),
    firstDay: format(start, 'yyyy-MM-dd'),
    lastDay: format(addDays(end, -1), 'yyyy-MM-dd'),
  };
}

interface SiteTime {
  /** Registrable domain (`bbc.co.uk`), or the host when it has none. */
  domain: string;
  seconds: number;
  /** The hosts counted under it, most time first. */
  hosts: string[];
}

export interface CategoryTime {
  category: Category;
  seconds: number;
  /** Most time first; ties by name. */
  sites: SiteTime[];
}

/**
 * Where the time went: activity rows summed per category (as recorded, so the totals match
 * the week view's) and, within each, per registrable domain. Every category is present, even
 * with nothing in it, neutral included. `domainOf` maps a host to its domain (memoised here:
 * a year has the same few hundred hosts on every day).
 */
export function timeReport(rows: Iterable<Activity>, domainOf: (host: string) => string): CategoryTime[] {
  const domains = new Map<string, string>();
  const sums = new Map<Category, Map<string, Map<string, number>>>(CATEGORIES.map((c) => [c, new Map()]));
  for (const row of rows) {
    let domain = domains.get(row.host);
    if (domain === undefined) domains.set(row.host, (domain = domainOf(row.host)));
    const split = rowSeconds(row);
    for (const category of CATEGORIES) {
      const seconds = split[category];
      if (!(seconds > 0)) continue;
      const byDomain = sums.get(category)!;
      const hosts = byDomain.get(domain) ?? new Map<string, number>();
      hosts.set(row.host, (hosts.get(row.host) ?? 0) + seconds);
      byDomain.set(domain, hosts);
    }
  }
  return CATEGORIES.map((category) => {
    const sites = [...sums.get(category)!].map(([domain, hosts]) => ({
      domain,
      seconds: [...hosts.values()].reduce((a, b) => a + b, 0),
      hosts: [...hosts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([h]) => h),
    }));
    sites.sort((a, b) => b.seconds - a.seconds || a.domain.localeCompare(b.domain));
    return { category, seconds: sites.reduce((a, s) => a + s.seconds, 0), sites };
  });
}
