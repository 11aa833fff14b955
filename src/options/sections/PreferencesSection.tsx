import { useEffect, useState } from 'preact/hooks';
import type { DisplaySettings } from '../../core/week/display-settings';
import { localeWeekStart, type WeekStartsOn } from '../../core/week/model';
import { loadDisplay, saveDisplay } from '../../db/display-settings';
import { formatDay } from '../../ui/format';
import { t, uiLocale } from '../../ui/i18n';

// 2026-11-01 was a Sunday: day n of that week names weekday n in the person's language.
const weekdayName = (day: number) => formatDay(new Date(2026, 10, 1 + day).getTime(), { weekday: 'long' });

/** How the week is shown: its first day, and the learning-minutes badge on the toolbar icon. */
export function PreferencesSection() {
  const [settings, setSettings] = useState<DisplaySettings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => void loadDisplay().then(setSettings), []);
  if (!settings) return null;
  const update = async (change: Partial<DisplaySettings>) => {
    setSettings(await saveDisplay(change));
    setSaved(true);
  };
  return (
    <section aria-labelledby="prefs-heading">
      <h2 id="prefs-heading">{t('sectionPreferences')}</h2>
      <label for="week-start">{t('prefWeekStart')}</label>
      <select
        id="week-start"
        value={settings.weekStartsOn ?? ''}
        onChange={(e) => {
          const v = e.currentTarget.value;
          void update({ weekStartsOn: v === '' ? null : (Number(v) as WeekStartsOn) });
        }}
      >
        <option value="">{t('prefWeekStartLocale', weekdayName(localeWeekStart(uiLocale())))}</option>
        {[0, 1, 2, 3, 4, 5, 6].map((d) => (
          <option key={d} value={d}>
            {weekdayName(d)}
          </option>
        ))}
      </select>
      <p class="checkbox-row">
        <input
          id="week-badge"
          type="checkbox"
          checked={settings.weekBadge}
          onChange={(e) => void update({ weekBadge: e.currentTarget.checked })}
        />
        <label for="week-badge">{t('prefWeekBadge')}</label>
      </p>
      <p class="muted" role="status">
        {saved ? t('prefSaved') : ''}
      </p>
    </section>
  );
}
