import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { DEFAULT_RULES, patternHost } from '../core/tracking/site-rules';
import type { TrackingSettings } from '../core/tracking/settings';
import { t } from './i18n';

/** Host permissions for the built-in game sites that are on: asked for all of them in one prompt. */
const gameOrigins = (settings: Pick<TrackingSettings, 'offDefaults'>) =>
  DEFAULT_RULES.filter((r) => r.category === 'distraction' && !settings.offDefaults.includes(r.pattern)).flatMap(
    (r) => [`https://*.${patternHost(r.pattern)}/*`, `http://*.${patternHost(r.pattern)}/*`],
  );

/**
 * The offer to show the nudge card on the built-in game sites (the Sites page, the welcome
 * page): what it needs and why first, then one browser prompt for all of them. Refused access is
 * fine: nudges there come as notifications.
 */
export function GameCardOffer({
  settings,
  level = 'h3',
  headingId,
  class: className,
}: {
  settings: Pick<TrackingSettings, 'offDefaults'>;
  level?: 'h2' | 'h3';
  headingId?: string;
  class?: string;
}) {
  const [access, setAccess] = useState<'unknown' | 'granted' | 'refused'>('unknown');
  const origins = gameOrigins(settings).join(' ');
  useEffect(() => {
    if (!origins) return;
    void browser.permissions
      .contains({ origins: origins.split(' ') })
      .then((has) => setAccess((a) => (has ? 'granted' : a === 'granted' ? 'unknown' : a)));
  }, [origins]);
  /** Inside the click itself, before any await: browsers ask only during the person's gesture. */
  const ask = () => {
    void browser.permissions
      .request({ origins: gameOrigins(settings) })
      .catch(() => false)
      .then((granted) => setAccess(granted ? 'granted' : 'refused'));
  };
  const Heading = level;
  return (
    <div class={className} data-testid="sites-card-access">
      <Heading id={headingId}>{t('sitesCardHeading')}</Heading>
      <p>{t('sitesCardHelp')}</p>
      {access === 'granted' ? (
        <p role="status">{t('sitesCardGranted')}</p>
      ) : (
        <>
          <button type="button" class="primary" onClick={ask}>
            {t('sitesCardAsk')}
          </button>
          <p role="status">{access === 'refused' ? t('sitesCardRefused') : ''}</p>
        </>
      )}
    </div>
  );
}
