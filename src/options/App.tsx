import { useEffect, useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { SECTIONS } from './sections';

function sectionFromHash(): string {
  const id = location.hash.replace(/^#/, '').split('/')[0];
  return SECTIONS.some((s) => s.id === id) ? id! : SECTIONS[0]!.id;
}

export function App() {
  const [current, setCurrent] = useState(sectionFromHash);
  useEffect(() => {
    const onHash = () => setCurrent(sectionFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const section = SECTIONS.find((s) => s.id === current) ?? SECTIONS[0]!;
  return (
    <div class="options">
      <header class="options-header">
        <h1>{t('extName')}</h1>
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
