import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { clearProblem, lastProblem, PROBLEM_KEY, type Problem } from '../../db/problems';
import { formatDate, t } from '../../ui/i18n';

/** The last failure of a background job, kept current while the page is open. */
function useLastProblem(): Problem | null {
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => {
    const read = () => void lastProblem().then(setProblem, () => setProblem(null));
    const onChanged = (changes: Record<string, unknown>, area: string) =>
      area === 'local' && PROBLEM_KEY in changes ? read() : undefined;
    read();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return problem;
}

export function AboutSection() {
  const problem = useLastProblem();
  return (
    <section aria-labelledby="about-heading">
      <h2 id="about-heading">{t('sectionAbout')}</h2>
      <p>{t('aboutIntro')}</p>
      <p>{t('aboutPrivacy')}</p>
      <p class="muted">{t('aboutVersion', browser.runtime.getManifest().version)}</p>
      {problem && (
        <p data-testid="last-problem">
          {t('aboutLastProblem', [t(`problemJob_${problem.where}`), problem.message, formatDate(problem.at)])}{' '}
          <button type="button" class="secondary small" onClick={() => void clearProblem()}>
            {t('aboutClearProblem')}
          </button>
        </p>
      )}
    </section>
  );
}
