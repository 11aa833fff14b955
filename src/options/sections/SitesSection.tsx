import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { ListedCategory } from '../../core/tracking/model';
import { DEFAULT_RULES, patternHost } from '../../core/tracking/site-rules';
import { GameCardOffer } from '../../ui/GameCardOffer';
import {
  DEFAULT_SETTINGS,
  isDefaultGoalSite,
  validMinutes,
  withPattern,
  type TrackingSettings,
} from '../../core/tracking/settings';
import { saveSettings } from '../../db/tracking-settings';
import { t } from '../../ui/i18n';
import { useLiveQuery } from '../../ui/use-live-query';
import { db } from '../../db/db';
import { listGoals } from '../../db/goals';
import { GoalPicker, SiteList } from './SiteList';
import { NudgeFields } from './NudgeFields';
import { useTrackingSettings } from './use-tracking-settings';
import { ScheduleFields } from './ScheduleFields';
import { NumberField } from '../../ui/NumberField';

/**
 * Asks for access to one distraction site so the nudge can appear in its pages. It must run
 * inside the person's gesture, before any await. Refused access is fine: nudges for that site
 * then come as notifications.
 */
function askSiteAccess(pattern: string): void {
  const host = patternHost(pattern);
  browser.permissions.request({ origins: [`https://*.${host}/*`, `http://*.${host}/*`] }).catch(() => false);
}

/** "Sites and time": what counts as learning or distraction, the daily budget, the pause switch. */
export function SitesSection() {
  const { settings, setSettings, managed } = useTrackingSettings();
  const [budgetError, setBudgetError] = useState('');
  const [saved, setSaved] = useState(false);
  const goals = useLiveQuery(() => listGoals(db()), []);
  if (!settings) return <p class="muted">{t('sitesLoading')}</p>;
  const activeGoals = (goals ?? []).filter((g) => g.status === 'active');

  const save = (next: TrackingSettings) => {
    setSettings(next);
    setSaved(false);
    void saveSettings(next).then((clean) => {
      setSettings(clean);
      setSaved(true);
    });
  };
  /** The goals a learning site's time counts toward; for a built-in site, kept as an override. */
  const nameGoals = (pattern: string, ids: string[]) => {
    const siteGoals = { ...settings.siteGoals, [pattern]: ids };
    if (!ids.length) delete siteGoals[pattern];
    save({ ...settings, siteGoals });
  };
  const remove = (list: ListedCategory) => (pattern: string) => {
    const siteLimits = { ...settings.siteLimits };
    delete siteLimits[pattern];
    save({ ...settings, [list]: settings[list].filter((p) => p !== pattern), siteLimits });
  };
  return (
    <section aria-labelledby="sites-heading" class="sites-section">
      <h2 id="sites-heading">{t('sectionSites')}</h2>
      <p>{t('sitesIntro')}</p>
      <p class="saved-status" role="status" data-testid="sites-saved">
        {saved ? t('sitesSaved') : ''}
      </p>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={settings.paused}
          onChange={(e) => save({ ...settings, paused: e.currentTarget.checked })}
        />
        {t('sitesPause')}
      </label>
      <label for="daily-budget">{t('sitesBudgetLabel')}</label>
      {/* A redraw while the budget is typed (goals or settings arriving) keeps what is typed. */}
      <NumberField
        id="daily-budget"
        min={1}
        max={1440}
        step={1}
        value={settings.dailyBudgetMinutes}
        aria-describedby="daily-budget-help"
        onCommit={(text) => {
          const minutes = validMinutes(text);
          setBudgetError(minutes === null ? t('sitesBudgetInvalid') : '');
          if (minutes !== null) save({ ...settings, dailyBudgetMinutes: minutes });
        }}
      />
      <p id="daily-budget-help" class="muted">
        {t('sitesBudgetHelp', String(DEFAULT_SETTINGS.dailyBudgetMinutes))}
      </p>
      {budgetError && (
        <p class="field-error" role="alert">
          {budgetError}
        </p>
      )}
      <ScheduleFields schedule={settings.schedule} onChange={(schedule) => save({ ...settings, schedule })} />
      <NudgeFields
        style={settings.nudgeStyle}
        earned={settings.earnedLeisure}
        onStyle={(nudgeStyle) => save({ ...settings, nudgeStyle })}
        onEarned={(earnedLeisure) => save({ ...settings, earnedLeisure })}
      />
      <SiteList
        kind="learning"
        patterns={settings.learning}
        onAdd={(p) => save(withPattern(settings, p, 'learning'))}
        onRemove={remove('learning')}
        goals={activeGoals}
        siteGoals={settings.siteGoals}
        onGoals={nameGoals}
      />
      <SiteList
        kind="distraction"
        patterns={settings.distraction}
        limits={settings.siteLimits}
        onAdd={(p) => {
          askSiteAccess(p);
          save(withPattern(settings, p, 'distraction'));
        }}
        onRemove={remove('distraction')}
        onLimit={(p, minutes) => {
          const siteLimits = { ...settings.siteLimits };
          if (minutes === null) delete siteLimits[p];
          else siteLimits[p] = minutes;
          save({ ...settings, siteLimits });
        }}
      />
      <div class="site-list" data-testid="sites-defaults">
        <h3 id="defaults-heading">{t('sitesDefaultsHeading')}</h3>
        <p class="muted">{t('sitesDefaultsHelp')}</p>
        <ul aria-labelledby="defaults-heading">
          {DEFAULT_RULES.map((rule) => (
            <li key={rule.pattern}>
              <label class="switch">
                <input
                  type="checkbox"
                  role="switch"
                  checked={!settings.offDefaults.includes(rule.pattern)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    const rest = settings.offDefaults.filter((p) => p !== rule.pattern);
                    save({ ...settings, offDefaults: on ? rest : [...rest, rule.pattern] });
                  }}
                />
                <span class="site-pattern">{rule.pattern}</span>
                <span class="muted">{t(`category_${rule.category}`)}</span>
              </label>
              {isDefaultGoalSite(rule.pattern) &&
                !settings.offDefaults.includes(rule.pattern) &&
                activeGoals.length > 0 && (
                  <GoalPicker
                    pattern={rule.pattern}
                    goals={activeGoals}
                    chosen={settings.siteGoals[rule.pattern] ?? []}
                    onGoals={nameGoals}
                  />
                )}
            </li>
          ))}
        </ul>
      </div>
      <GameCardOffer settings={settings} class="site-list" />
      {managed.length > 0 && (
        <div data-testid="sites-managed">
          <h3 id="managed-heading">{t('sitesManagedHeading')}</h3>
          <ul aria-labelledby="managed-heading">
            {managed.map((rule) => (
              <li key={rule.pattern}>
                {rule.pattern} — {t(`category_${rule.category}`)} <span class="muted">({t('sitesManagedBy')})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
