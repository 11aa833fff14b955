import browser from 'webextension-polyfill';
import { t } from '../ui/i18n';
import { SECTIONS, sectionOf } from './sections';
import { useHashRoute } from './use-hash-route';

export function App() {
  const [current] = useHashRoute();
  const section = sectionOf(current);
  return (
    <div class="options">
      <header class="options-header">
        <h1>{t('extName')}</h1>
        {/* Another page, not a section: beside the title, apart from the tabs below. */}
        <a class="header-library" href={browser.runtime.getURL('/src/library/index.html')}>
          {t('libraryOpen')}
        </a>
        <nav aria-label={t('optionsNav')}>
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`} aria-current={s.id === section.id ? 'page' : undefined}>
                  {t(s.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <section.Component />
      </main>
    </div>
  );
}
