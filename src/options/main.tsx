import { openGoalRoute } from './route';

// The entry loads only what starts the page: a goal's view, where the page opens on one, starts
// its reads and modules at once, beside the shell (the header and the section shown).
openGoalRoute(location.hash);
void import('./shell').then((shell) => shell.start());
