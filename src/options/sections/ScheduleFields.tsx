import type { Schedule } from '../../core/nudge/schedule';
import { WEEKDAYS_9_TO_5 } from '../../core/nudge/schedule';
import { validMinutes } from '../../core/tracking/settings';
import { t } from '../../ui/i18n';
import { NumberField } from '../../ui/NumberField';

/** Monday first, as a work week reads; values are Date.getDay() numbers. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];
/** The weekday's name in the browser's language (4 Jan 2026 was a Sunday). */
const dayName = (day: number) =>
  new Intl.DateTimeFormat(undefined, { weekday: 'long' }).format(new Date(2026, 0, 4 + day));
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const fromHhmm = (value: string): number | null => {
  const m = /^(\d{2}):(\d{2})$/.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
};

/** When the daily budget applies: all day, or chosen days and hours with a budget outside them. */
export function ScheduleFields({
  schedule,
  onChange,
}: {
  schedule: Schedule | null;
  onChange: (schedule: Schedule | null) => void;
}) {
  return (
    <fieldset class="schedule" data-testid="sites-schedule">
      <legend>{t('sitesScheduleLegend')}</legend>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={schedule !== null}
          onChange={(e) => onChange(e.currentTarget.checked ? WEEKDAYS_9_TO_5 : null)}
        />
        {t('sitesScheduleOn')}
      </label>
      {schedule && (
        <>
          <div class="schedule-days" role="group" aria-label={t('sitesScheduleDays')}>
            {WEEK.map((day) => (
              <label key={day}>
                <input
                  type="checkbox"
                  checked={schedule.days.includes(day)}
                  onChange={(e) => {
                    const days = e.currentTarget.checked
                      ? [...schedule.days, day]
                      : schedule.days.filter((d) => d !== day);
                    // At least one day: a schedule of no day is no schedule.
                    if (days.length) onChange({ ...schedule, days });
                  }}
                />
                {dayName(day)}
              </label>
            ))}
          </div>
          <label for="schedule-from">{t('sitesScheduleFrom')}</label>
          <input
            id="schedule-from"
            type="time"
            value={hhmm(schedule.from)}
            onChange={(e) => {
              const from = fromHhmm(e.currentTarget.value);
              if (from !== null) onChange({ ...schedule, from });
            }}
          />
          <label for="schedule-to">{t('sitesScheduleTo')}</label>
          <input
            id="schedule-to"
            type="time"
            value={hhmm(schedule.to)}
            onChange={(e) => {
              const to = fromHhmm(e.currentTarget.value);
              if (to !== null) onChange({ ...schedule, to });
            }}
          />
          <label for="schedule-outside">{t('sitesScheduleOutside')}</label>
          <NumberField
            id="schedule-outside"
            min={1}
            max={1440}
            step={1}
            value={schedule.outsideMinutes}
            placeholder={t('sitesScheduleNone')}
            aria-describedby="schedule-outside-help"
            onCommit={(text) => {
              const value = text.trim();
              const minutes = value === '' ? null : validMinutes(value);
              if (value === '' || minutes !== null) onChange({ ...schedule, outsideMinutes: minutes });
            }}
          />
          <p id="schedule-outside-help" class="muted">
            {t('sitesScheduleOutsideHelp')}
          </p>
        </>
      )}
    </fieldset>
  );
}
