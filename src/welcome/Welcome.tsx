import { useEffect, useState } from 'preact/hooks';
import { saveShortcut } from '../ui/save-shortcut';
import { t } from '../ui/i18n';
import { PinPicture } from './PinPicture';

/** Where the browser lets people change an extension's keyboard shortcut (shown as text). */
const SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

/**
 * The page opened once, on install: what Learnmark does, how to keep it at hand (pin it, the
 * shortcut), where goals are set, and the privacy promise. Local: it loads nothing.
 */
export function Welcome() {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  useEffect(() => void saveShortcut().then(setShortcut), []);

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

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('welcomePrivacyHeading')}</h2>
        <p>{t('welcomePrivacy')}</p>
      </section>
    </main>
  );
}
