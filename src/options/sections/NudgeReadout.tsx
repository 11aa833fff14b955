import { useEffect } from 'preact/hooks';
import type { WeekReadout } from '../../core/nudge/readout';
import { db } from '../../db/db';
import { loadNudgeReadout } from '../../db/nudges';
import { now } from '../../platform/clock';
import { formatDay } from '../../ui/format';
import { t } from '../../ui/i18n';
import { useLiveQuery } from '../../ui/use-live-query';
import { useWeekStart } from '../../ui/use-week-start';

const minutes = (value: number | null) => (value === null ? '—' : String(Math.round(value)));

/** The columns, in order: a heading key and the figure of a week. */
const COLUMNS: [string, (w: WeekReadout) => string][] = [
  ['readoutShown', (w) => String(w.shown)],
  ['readoutSwapped', (w) => String(w.outcomes.swapped)],
  ['readoutMoreTime', (w) => String(w.outcomes['more-time'])],
  ['readoutSnoozed', (w) => String(w.outcomes.snoozed)],
  ['readoutReclassified', (w) => String(w.outcomes.reclassified)],
  ['readoutIgnored', (w) => String(w.outcomes.ignored + w.outcomes.dismissed)],
  ['readoutLeft', (w) => String(w.leftWithinFive)],
  ['readoutHourAfter', (w) => minutes(w.hourAfterMinutes)],
  ['readoutSameHours', (w) => minutes(w.sameHoursMinutes)],
];

/** One plain sentence for this week, so the table is not the only way to read it. */
function summary(week: WeekReadout): string {
  if (week.shown === 0) return t('readoutNoneThisWeek');
  const sentence = t('readoutThisWeek', [String(week.shown), String(week.leftWithinFive)]);
  if (week.hourAfterMinutes === null || week.sameHoursMinutes === null) return sentence;
  return `${sentence} ${t('readoutCompare', [minutes(week.hourAfterMinutes), minutes(week.sameHoursMinutes)])}`;
}

/** "Does the nudge help?": this week and the last eight, from the person's own records. */
export function NudgeReadout() {
  const weekStartsOn = useWeekStart();
  const weeks = useLiveQuery(
    () => (weekStartsOn === undefined ? Promise.resolve(undefined) : loadNudgeReadout(db(), now(), weekStartsOn)),
    [weekStartsOn],
  );
  useEffect(() => {
    if (weeks) performance.mark('learnmark:nudge-readout-drawn');
  }, [weeks]);
  return (
    <section aria-labelledby="readout-heading" class="nudge-readout" data-testid="nudge-readout">
      <h2 id="readout-heading">{t('readoutHeading')}</h2>
      <p>{t('readoutCaveat')}</p>
      {!weeks ? (
        <p class="muted">{t('timeLoading')}</p>
      ) : (
        <>
          <p data-testid="readout-summary">{summary(weeks[0]!)}</p>
          <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="readout-heading">
            <table class="history readout">
              <thead>
                <tr>
                  <th scope="col">{t('goalWeekOf')}</th>
                  {COLUMNS.map(([key]) => (
                    <th key={key} scope="col">
                      {t(key)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {weeks.map((w) => (
                  <tr key={w.key} data-week={w.key}>
                    <th scope="row">{formatDay(w.start, { day: 'numeric', month: 'short', year: 'numeric' })}</th>
                    {COLUMNS.map(([key, value]) => (
                      <td key={key} data-column={key}>
                        {value(w)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p class="muted">{t('readoutHow')}</p>
        </>
      )}
    </section>
  );
}
