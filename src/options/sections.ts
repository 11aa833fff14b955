import type { ComponentType } from 'preact';
import { AboutSection } from './sections/AboutSection';
import { DataSection } from './sections/DataSection';
import { GoalsSection } from './sections/GoalsSection';
import { PreferencesSection } from './sections/PreferencesSection';
import { SitesSection } from './sections/SitesSection';
import { TimeSection } from './sections/TimeSection';
import { SyncSection } from './sections/SyncSection';
import { ReviewSection } from './sections/ReviewSection';

/**
 * The options page's sections, in order. Each concern adds its own file under sections/ and
 * one line here; the page shows them as tabs and deep-links with `#<id>`.
 */
export interface Section {
  id: string;
  /** `_locales` key of the tab's label. */
  label: string;
  Component: ComponentType;
}

export const SECTIONS: Section[] = [
  { id: 'goals', label: 'sectionGoals', Component: GoalsSection },
  { id: 'sites', label: 'sectionSites', Component: SitesSection },
  { id: 'time', label: 'sectionTime', Component: TimeSection },
  { id: 'data', label: 'sectionData', Component: DataSection },
  { id: 'sync', label: 'sectionSync', Component: SyncSection },
  { id: 'review', label: 'sectionReview', Component: ReviewSection },
  { id: 'preferences', label: 'sectionPreferences', Component: PreferencesSection },
  { id: 'about', label: 'sectionAbout', Component: AboutSection },
];
