/**
 * The options page's location as path parts: `#goals/abc` → ['goals', 'abc']. Its own module,
 * importing nothing, so the page's entry (route.ts) and the sections' hook can both read it
 * without a section importing the entry that loads it.
 */
export const routeParts = (hash = location.hash): string[] => decodeURIComponent(hash.replace(/^#/, '')).split('/');
