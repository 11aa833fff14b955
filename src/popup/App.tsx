import { useCallback, useEffect, useState } from 'preact/hooks';
import browser, { type Tabs } from 'webextension-polyfill';
import { db } from '../db/db';
import { listGoals } from '../db/goals';
import { latestItems } from '../db/items';
import { fromYourPast, upNext } from '../db/week';
import { t } from '../ui/i18n';
import { ItemSummary } from '../ui/ItemSummary';
import { useLiveQuery } from '../ui/use-live-query';
import { Disclosure } from './Disclosure';
import { Onboarding } from './Onboarding';
import { QuickAddGoal } from './QuickAddGoal';
import { SaveCard } from './SaveCard';
import { SettingsButton } from './SettingsButton';
import { LATEST_READ, LATEST_SHOWN, UP_NEXT_SHOWN, withoutRepeats } from './popup-lists';
import { ReviewCount } from './ReviewCount';
import { SearchPanel } from './SearchPanel';
import { saveShortcut } from '../ui/save-shortcut';
import { targetTab } from './target-tab';
import { FromYourPast, UpNext } from './UpNext';
import { useWeek } from './use-week';
import { recentLogEntries } from '../db/log';
import { LogLearning } from '../ui/LogLearning';
import { WeekView } from './WeekView';
import { SyncProblem } from './SyncProblem';
import { now } from '../platform/clock';

const ONBOARDED = 'onboardingDone';
/** Logged learning listed in the popup, newest day first; the goal view lists all of a goal's. */
const LOGGED_SHOWN = 3;

export function App() {
  const [tab, setTab] = useState<Tabs.Tab | undefined>();
  const [tabResolved, setTabResolved] = useState(false);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [onboarded, setOnboarded] = useState(true);
  const [offset, setOffset] = useState(0);
  const [query, setQuery] = useState('');

  const goals = useLiveQuery(() => listGoals(db()), []);
  const week = useWeek(offset);
  // What is drawn below the week is read once the week is drawn: its queries (Up next and From
  // your past walk the library) would otherwise share the first draw's time with the week's.
  // Latest saved is read at once: whether the library is empty decides whether the week shows.
  const weekDrawn = week !== undefined;
  const next = useLiveQuery(
    () => (goals && weekDrawn ? upNext(db(), goals, UP_NEXT_SHOWN) : Promise.resolve(undefined)),
    [goals, weekDrawn],
  );
  const past = useLiveQuery(() => (weekDrawn ? fromYourPast(db(), now()) : Promise.resolve(undefined)), [weekDrawn]);
  const recent = useLiveQuery(() => latestItems(db(), LATEST_READ), []);
  const logged = useLiveQuery(
    () => (weekDrawn ? recentLogEntries(db(), LOGGED_SHOWN) : Promise.resolve(undefined)),
    [weekDrawn],
  );
  // No list repeats another: what Up next or From your past shows is not shown again below.
  // Drawn with the lists above it, so that no item moves from one list to another as they come.
  const latest =
    recent && next !== undefined && past !== undefined
      ? withoutRepeats(recent, [next, past ? [past] : null], LATEST_SHOWN)
      : undefined;

  useEffect(() => {
    void targetTab().then((found) => (setTab(found), setTabResolved(true)));
    void saveShortcut().then(setShortcut);
    void browser.storage.local.get(ONBOARDED).then((v) => setOnboarded(v[ONBOARDED] === true));
  }, []);
  useEffect(() => {
    // A User Timing mark: `npm run bench` reads when the week was first drawn.
    if (week && !performance.getEntriesByName('learnmark:popup-ready').length)
      performance.mark('learnmark:popup-ready');
  }, [week]);

  const finishOnboarding = useCallback(() => {
    setOnboarded(true);
    void browser.storage.local.set({ [ONBOARDED]: true });
  }, []);

  const empty = recent !== undefined && recent.length === 0 && goals !== undefined && goals.length === 0;
  const searching = query.trim().length > 0;
  return (
    <main class="popup">
      <header class="top">
        <div class="brand-row">
          <h1 class="brand">{t('extName')}</h1>
          <a
            class="library-link"
            href={browser.runtime.getURL('/src/library/index.html')}
            target="_blank"
            rel="noopener"
          >
            {t('libraryOpen')}
          </a>
          <SettingsButton />
        </div>
        <SaveCard tab={tab} tabResolved={tabResolved} goals={goals} shortcut={shortcut} />
        <ReviewCount />
        <SyncProblem />
        <label class="search">
          <span class="visually-hidden">{t('searchLabel')}</span>
          <input
            type="search"
            value={query}
            placeholder={t('searchPlaceholder')}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </label>
      </header>

      {searching && goals ? (
        <SearchPanel query={query} goals={goals} />
      ) : (
        <>
          {empty && (
            <p class="welcome" data-testid="welcome">
              {t('welcome')}
            </p>
          )}
          {week && !empty && (
            <WeekView
              summary={week.summary}
              streak={week.streak}
              play={week.play}
              offset={offset}
              onOffset={setOffset}
            />
          )}
          {/* After the week's cards, so that a first run's questions never push the week down. */}
          {goals && goals.length === 0 && !onboarded && <Onboarding onDone={finishOnboarding} />}
          {/* Two actions on one line; either takes the whole width once it opens its form. */}
          <div class="popup-actions">
            {(!goals || goals.length > 0 || onboarded) && <QuickAddGoal />}
            {goals && <LogLearning idPrefix="popup" goals={goals} entries={logged} />}
          </div>
          {/* Below the week, folded until opened (and as left): the week stays above the fold. */}
          {next && next.length > 0 && (
            <Disclosure id="upnext" heading={t('upNextHeading')}>
              <UpNext items={next} />
            </Disclosure>
          )}
          {past && (
            <Disclosure id="past" heading={t('pastHeading')}>
              <FromYourPast item={past} />
            </Disclosure>
          )}
          {latest && latest.length > 0 && (
            <Disclosure id="latest" heading={t('latestHeading')}>
              <section aria-labelledby="latest-heading">
                <ul data-testid="latest-items" class="items">
                  {latest.map((item) => (
                    <li key={item.id}>
                      <ItemSummary item={item} />
                    </li>
                  ))}
                </ul>
              </section>
            </Disclosure>
          )}
        </>
      )}
    </main>
  );
}
