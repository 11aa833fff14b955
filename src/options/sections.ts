import { lazy, type Lazy } from '../ui/lazy';

/**
 * The options page's sections, in order. Each concern adds its own file under sections/ and
 * one line here; the page shows them as tabs and deep-links with `#<id>`. Each section is
 * loaded when it is first shown, with its own weight (the time report its list of public
 * suffixes, the data section its file formats): the page's entry loads only its shell.
 */
export interface Section {
  id: string;
  /** `_locales` key of the tab's label. */
  label: string;
  Component: Lazy<object>;
}

export const SECTIONS: Section[] = [
  {
    id: 'goals',
    label: 'sectionGoals',
    Component: lazy(() => import('./sections/GoalsRoute').then((m) => m.loadGoalsRoute())),
  },
  {
    id: 'sites',
    label: 'sectionSites',
    Component: lazy(() => import('./sections/SitesSection').then((m) => m.SitesSection)),
  },
  {
    id: 'time',
    label: 'sectionTime',
    Component: lazy(() => import('./sections/TimeSection').then((m) => m.TimeSection)),
  },
  {
    id: 'data',
    label: 'sectionData',
    Component: lazy(() => import('./sections/DataSection').then((m) => m.DataSection)),
  },
  {
    id: 'sync',
    label: 'sectionSync',
    Component: lazy(() => import('./sections/SyncSection').then((m) => m.SyncSection)),
  },
  {
    id: 'review',
    label: 'sectionReview',
    Component: lazy(() => import('./sections/ReviewSection').then((m) => m.ReviewSection)),
  },
  {
    id: 'preferences',
    label: 'sectionPreferences',
    Component: lazy(() => import('./sections/PreferencesSection').then((m) => m.PreferencesSection)),
  },
  {
    id: 'about',
    label: 'sectionAbout',
    Component: lazy(() => import('./sections/AboutSection').then((m) => m.AboutSection)),
  },
];

/** The section a route names; Goals, where the page opens, for any other. */
export const sectionOf = (id: string | undefined): Section => SECTIONS.find((s) => s.id === id) ?? SECTIONS[0]!;
