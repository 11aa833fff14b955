import browser from 'webextension-polyfill';
import { t } from '../../ui/i18n';

export function AboutSection() {
  return (
    <section aria-labelledby="about-heading">
      <h2 id="about-heading">{t('sectionAbout')}</h2>
      <p>{t('aboutIntro')}</p>
      <p>{t('aboutPrivacy')}</p>
      <p class="muted">{t('aboutVersion', browser.runtime.getManifest().version)}</p>
    </section>
  );
}
