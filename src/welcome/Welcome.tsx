import { useEffect, useState } from 'preact/hooks';
import { saveShortcut } from '../ui/save-shortcut';
import { t } from '../ui/i18n';
import { PinPicture } from './PinPicture';
import { GameCardOffer } from '../ui/GameCardOffer';
import { loadSettings } from '../db/tracking-settings';
import type { TrackingSettings } from '../core/tracking/settings';

/** Where the browser lets people change an extension's keyboard shortcut (shown as text). */
const SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

/**
 * The page opened once, on install: what Learnmark does, how to keep it at hand (pin it, the
 * shortcut), where goals are set, the offer of the nudge card on game sites, and the privacy
 * promise. Local: it loads nothing.
 */
export function Welcome() {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  useEffect(() => void saveShortcut().then(setShortcut), []);
  const [tracking, setTracking] = useState<TrackingSettings | null>(null);
  useEffect(() => void loadSettings().then(setTracking), []);

  return (
    <main class="welcome-page">
      <h1>{t('welcomeHeading')}</h1>
      <ul class="welcome-lines" data-testid="welcome-lines">
        <li>{t('welcomeLineSave')}</li>
        <li>{t('welcomeLineGoals')}</li>
        <li>{t('welcomeLineNudge')}</li>
      </ul>

      <section aria-labelledby="pin-heading">
        <h2 id="pin-heading">{t('welcomePinHeading')}</h2>
        <p>{t('welcomePinHow')}</p>
        <PinPicture />
      </section>

      <section aria-labelledby="shortcut-heading">
        <h2 id="shortcut-heading">{t('welcomeShortcutHeading')}</h2>
        {shortcut !== undefined && (
          <p data-testid="welcome-shortcut">{shortcut ? t('welcomeShortcutIs', shortcut) : t('welcomeShortcutNone')}</p>
        )}
        <p>
          {t('welcomeShortcutChange')} <code>{SHORTCUTS_PAGE}</code>
        </p>
      </section>

      <section aria-labelledby="goals-heading">
        <h2 id="goals-heading">{t('welcomeGoalsHeading')}</h2>
        <p>{t('welcomeGoalsHow')}</p>
        {/* The extension's own options page, in this tab: no web address involved. */}
        <a class="welcome-action" href="../options/index.html#goals">
          {t('welcomeGoalsLink')}
        </a>
      </section>

      {/* The card on the built-in game sites: explained, then one prompt for all of them. */}
      {tracking && (
        <section aria-labelledby="card-heading">
          <GameCardOffer settings={tracking} level="h2" headingId="card-heading" />
        </section>
      )}

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('welcomePrivacyHeading')}</h2>
        <p>{t('welcomePrivacy')}</p>
      </section>
    </main>
  );
}
