import { useCallback, useEffect, useState } from 'preact/hooks';
import browser, { type Tabs } from 'webextension-polyfill';
import { db } from '../db/db';
import { listGoals } from '../db/goals';
import { anySaved, latestSaved } from '../db/items';
import { anyFromPast, fromYourPast, upNext } from '../db/week';
import { t } from '../ui/i18n';
import { useLiveQuery } from '../ui/use-live-query';
import { Disclosure, isOpen } from './Disclosure';
import { QuickAddGoal } from './QuickAddGoal';
import { SaveCard } from './SaveCard';
import { SettingsButton } from './SettingsButton';
import { LATEST_READ, LATEST_SHOWN, UP_NEXT_SHOWN, withoutRepeats } from './popup-lists';
import { saveShortcut } from '../ui/save-shortcut';
import { targetTab } from './target-tab';
import type { ClearedTakeaway } from './ItemActions';
import { useWeek } from './use-week';
import { recentLogEntries } from '../db/log';
import { lazy } from '../ui/lazy';
import { WeekView } from './WeekView';
import { now } from '../platform/clock';
import { LATEST_VIEW } from '../core/library/lists';

// What the first draw does not show is loaded after it: the search results, the first-run
// questions and everything below the week (its lists and Log learning) each come in their own
// module, drawn (and so fetched) once the week is drawn, so that the week's first draw neither
// waits for them nor shares its time with them.
const SearchPanel = lazy(() => import('./SearchPanel').then((m) => m.SearchPanel));
const Onboarding = lazy(() => import('./Onboarding').then((m) => m.Onboarding));
const LogLearning = lazy(() => import('../ui/LogLearning').then((m) => m.LogLearning));
const UpNext = lazy(() => import('./UpNext').then((m) => m.UpNext));
const FromYourPast = lazy(() => import('./UpNext').then((m) => m.FromYourPast));
const LatestSaved = lazy(() => import('./UpNext').then((m) => m.LatestSaved));
const TakeawayUndo = lazy(() => import('./ItemActions').then((m) => m.TakeawayUndo));
// The review count and a sync problem are lines of their own, with reads of their own: drawn
// once the week is.
const ReviewCount = lazy(() => import('./ReviewCount').then((m) => m.ReviewCount));
const SyncProblem = lazy(() => import('./SyncProblem').then((m) => m.SyncProblem));

const ONBOARDED = 'onboardingDone';
/** From your past has something to show, folded: what it is is read once it is opened. */
const FOLDED = 'folded';
/** Logged learning listed in the popup, newest day first; the goal view lists all of a goal's. */
const LOGGED_SHOWN = 3;

export function App() {
  const [tab, setTab] = useState<Tabs.Tab | undefined>();
  const [tabResolved, setTabResolved] = useState(false);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [onboarded, setOnboarded] = useState(true);
  const [offset, setOffset] = useState(0);
  const [query, setQuery] = useState('');
  const [cleared, setCleared] = useState<ClearedTakeaway | null>(null);

  const goals = useLiveQuery(() => listGoals(db()), []);
  const week = useWeek(offset);
  // What is drawn below the week is read and loaded once the week is drawn (on screen, its
  // ready mark taken): its queries (Up next, From your past, Latest saved and their counts walk
  // the library) would otherwise share the first draw's time with the week's, as the database
  // serves reads one after another, and its modules' imports would delay the mark.
  const [weekDrawn, setWeekDrawn] = useState(false);
  const next = useLiveQuery(
    async () => (goals && weekDrawn ? upNext(db(), goals, UP_NEXT_SHOWN) : undefined),
    [goals, weekDrawn],
  );
  // From your past, folded (as it is by default), only says whether it has anything: its pick
  // and its "See all N" read the whole window's view, so they are read once it is opened.
  const [pastOpen, setPastOpen] = useState(() => isOpen('past'));
  const past = useLiveQuery(async () => {
    if (!weekDrawn) return undefined;
    if (pastOpen) return fromYourPast(db(), now());
    return (await anyFromPast(db(), now())) ? FOLDED : null;
  }, [weekDrawn, pastOpen]);
  const pick = past === FOLDED ? null : past;
  const recent = useLiveQuery(async () => (weekDrawn ? latestSaved(db(), LATEST_READ) : undefined), [weekDrawn]);
  // Whether the library is empty decides whether the week shows: one key, read at once.
  const saved = useLiveQuery(() => anySaved(db()), []);
  const logged = useLiveQuery(
    () => (weekDrawn ? recentLogEntries(db(), LOGGED_SHOWN) : Promise.resolve(undefined)),
    [weekDrawn],
  );
  // No list repeats another: what Up next or From your past shows is not shown again below.
  // Drawn with the lists above it, so that no item moves from one list to another as they come.
  const latest =
    recent && next !== undefined && past !== undefined
      ? withoutRepeats(recent.items, [next.items, pick ? [pick.item] : null], LATEST_SHOWN)
      : undefined;

  useEffect(() => {
    void targetTab().then((found) => (setTab(found), setTabResolved(true)));
    void saveShortcut().then(setShortcut);
    void browser.storage.local.get(ONBOARDED).then((v) => setOnboarded(v[ONBOARDED] === true));
  }, []);
  useEffect(() => {
    // A User Timing mark: `npm run bench` reads when the week was first drawn.
    if (week && !performance.getEntriesByName('learnmark:popup-ready').length) {
      performance.mark('learnmark:popup-ready');
      // Search is one keystroke away: its module is in before the person types.
      void SearchPanel.preload();
    }
    if (week) setWeekDrawn(true);
  }, [week]);

  const finishOnboarding = useCallback(() => {
    setOnboarded(true);
    void browser.storage.local.set({ [ONBOARDED]: true });
  }, []);

  const empty = saved === false && goals !== undefined && goals.length === 0;
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
        {weekDrawn && <ReviewCount />}
        {weekDrawn && <SyncProblem />}
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
          {goals && goals.length === 0 && !onboarded && weekDrawn && <Onboarding onDone={finishOnboarding} />}
          {/* Two actions on one line; either takes the whole width once it opens its form. */}
          <div class="popup-actions">
            {(!goals || goals.length > 0 || onboarded) && <QuickAddGoal />}
            {goals && weekDrawn && <LogLearning idPrefix="popup" goals={goals} entries={logged} />}
          </div>
          {/* Its live region is in place long before a takeaway can be cleared in the lists below. */}
          {weekDrawn && <TakeawayUndo cleared={cleared} onClose={() => setCleared(null)} />}
          {/* Below the week, folded until opened (and as left): the week stays above the fold. */}
          {next && next.items.length > 0 && (
            <Disclosure id="upnext" heading={t('upNextHeading')}>
              <UpNext items={next.items} goals={goals ?? []} view={next.view} onCleared={setCleared} />
            </Disclosure>
          )}
          {past && (
            <Disclosure id="past" heading={t('pastHeading')} onToggle={setPastOpen}>
              {pick && <FromYourPast past={pick} onCleared={setCleared} />}
            </Disclosure>
          )}
          {latest && latest.length > 0 && (
            <Disclosure id="latest" heading={t('latestHeading')}>
              <LatestSaved items={latest} view={LATEST_VIEW} />
            </Disclosure>
          )}
        </>
      )}
    </main>
  );
}
