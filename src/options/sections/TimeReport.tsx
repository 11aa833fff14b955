import { useEffect, useMemo, useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../../core/tracking/model';
import { registrableDomain } from '../../core/tracking/domain';
import { deciding } from '../../core/tracking/site-rules';
import { defaultRules, personRules } from '../../core/tracking/settings';
import { periodRange, PERIODS, timeReport, type Period } from '../../core/tracking/time-report';
import { db } from '../../db/db';
import { siteTimeBetween } from '../../db/tracking';
import { now } from '../../platform/clock';
import { ActionError } from '../../ui/ActionError';
import { ask } from '../../ui/ask';
import { formatDay, formatMinutes } from '../../ui/format';
import { t } from '../../ui/i18n';
import { useAction } from '../../ui/use-action';
import { useLiveQuery } from '../../ui/use-live-query';
import { useWeekStart } from '../../ui/use-week-start';
import { useHashRoute } from '../use-hash-route';
import { useTrackingSettings } from './use-tracking-settings';

const RANGE_FORMAT: Record<Period, Intl.DateTimeFormatOptions> = {
  day: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  week: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
};

/** `#time/<period>/<offset>`: the period shown is the page's address, so Back and bookmarks work. */
function useReportRoute(): [Period, number, (period: Period, offset: number) => void] {
  const [, rawPeriod, rawOffset] = useHashRoute();
  const period = PERIODS.find((p) => p === rawPeriod) ?? 'week';
  const offset = Math.min(0, Math.trunc(Number(rawOffset)) || 0);
  return [period, offset, (p, o) => (location.hash = `time/${p}/${o}`)];
}

/** Where the time went: per category and registrable domain, for a day, week or month. */
export function TimeReport() {
  const weekStartsOn = useWeekStart();
  const [period, offset, go] = useReportRoute();
  const { settings, managed } = useTrackingSettings();
  const [saved, setSaved] = useState('');
  const range = weekStartsOn === undefined ? null : periodRange(period, now(), weekStartsOn, offset);
  const rows = useLiveQuery(
    () => (range ? siteTimeBetween(db(), range.firstDay, range.lastDay) : Promise.resolve(undefined)),
    [range?.firstDay, range?.lastDay],
  );
  const report = useMemo(() => (rows ? timeReport(rows, registrableDomain) : null), [rows]);
  const drawn = report !== null && settings !== null;
  useEffect(() => {
    if (drawn) performance.mark('learnmark:time-report-drawn', { detail: `${period}/${offset}` });
  }, [drawn, report]);
  const change = useAction(async (domain: string, category: Category) => {
    setSaved('');
    const answer = await ask('site-category', { pattern: domain, category });
    if (answer.ok) setSaved(t('timeCategorySaved', [domain, t(`category_${category}`)]));
  });
  if (!range || !report || !settings) return <p class="muted">{t('timeLoading')}</p>;

  const layers = { managed, person: personRules(settings, now()), defaults: defaultRules(settings) };
  const total = report.reduce((a, g) => a + g.seconds, 0);
  const label = formatDay(range.start, RANGE_FORMAT[period]);
  return (
    <section aria-labelledby="time-heading" class="time-report" data-testid="time-report">
      <h2 id="time-heading">{t('timeHeading')}</h2>
      <p class="muted">{t('timeIntro')}</p>
      <div class="period-switch" role="group" aria-label={t('timePeriod')}>
        {PERIODS.map((p) => (
          <button key={p} type="button" aria-pressed={p === period} onClick={() => go(p, 0)}>
            {t(`timePeriod_${p}`)}
          </button>
        ))}
      </div>
      <div class="week-nav">
        <button
          type="button"
          class="icon-button"
          onClick={() => go(period, offset - 1)}
          aria-label={t(`timePrevious_${period}`)}
        >
          ‹
        </button>
        <h3 data-testid="time-range">
          {period === 'week' ? t('timeWeekOf', label) : label} · {formatMinutes(total / 60)}
        </h3>
        <button
          type="button"
          class="icon-button"
          onClick={() => go(period, offset + 1)}
          disabled={offset >= 0}
          aria-label={t(`timeNext_${period}`)}
        >
          ›
        </button>
      </div>
      <p class="saved-status" role="status" data-testid="time-saved">
        {saved}
      </p>
      <ActionError error={change.error} />
      {report.map((group) => (
        <div key={group.category} class="time-group" data-testid={`time-${group.category}`}>
          <h4 id={`time-${group.category}-heading`}>
            {t(`category_${group.category}`)} · {formatMinutes(group.seconds / 60)}
          </h4>
          {group.sites.length === 0 ? (
            <p class="muted">{t('timeNone')}</p>
          ) : (
            <table class="history time-sites" aria-labelledby={`time-${group.category}-heading`}>
              <thead>
                <tr>
                  <th scope="col">{t('timeSite')}</th>
                  <th scope="col">{t('timeSpent')}</th>
                  <th scope="col">{t('timeCountsAs')}</th>
                </tr>
              </thead>
              <tbody>
                {group.sites.map((site) => {
                  // The rule that decides the site's main host is the one to change (developer.mozilla.org
                  // for mozilla.org); with none, a rule for the whole domain.
                  const rule = deciding(site.hosts[0] ?? site.domain, '/', layers);
                  const pattern = rule.source === 'person' || rule.source === 'default' ? rule.pattern! : site.domain;
                  return (
                    <tr key={site.domain} data-domain={site.domain} data-seconds={Math.round(site.seconds)}>
                      <th scope="row" title={site.hosts.join(', ')}>
                        {site.domain}
                      </th>
                      <td>{formatMinutes(site.seconds / 60)}</td>
                      <td>
                        {rule.source === 'managed' ? (
                          <span>
                            {t(`category_${rule.category}`)} <span class="muted">({t('sitesManagedBy')})</span>
                          </span>
                        ) : (
                          <select
                            aria-label={t('timeCategoryOf', pattern)}
                            value={rule.category}
                            onChange={(e) => void change.run(pattern, e.currentTarget.value as Category)}
                          >
                            {CATEGORIES.map((c) => (
                              <option key={c} value={c}>
                                {t(`category_${c}`)}
                              </option>
                            ))}
                          </select>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </div>
      ))}
      <p class="muted">{t('timeCategoryHelp')}</p>
    </section>
  );
}
