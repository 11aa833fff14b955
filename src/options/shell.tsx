import { render } from 'preact';
import { t, uiLocale } from '../ui/i18n';
import { App } from './App';
import { routeParts } from './route-parts';
import { takeOpening } from './route';
import { sectionOf } from './sections';
import { prepareFirstDraw } from './sections/goal-view-first';

/**
 * Draws the page once the section it opens on has loaded (and, on a goal's view, once its rows
 * are read), so that the section draws at once, in one go, rather than one part a frame.
 */
export async function start(): Promise<void> {
  document.documentElement.lang = uiLocale();
  document.documentElement.dir = t('@@bidi_dir') || 'ltr';
  document.title = t('optionsTitle');
  const opening = takeOpening();
  await Promise.all([
    sectionOf(routeParts()[0]).Component.preload(),
    opening && prepareFirstDraw(opening.goalId, opening.rows),
  ]).catch((error: unknown) => console.error(error));
  render(<App />, document.getElementById('app')!);
}
