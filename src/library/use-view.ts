import { useCallback, useEffect, useState } from 'preact/hooks';
import { parseView, viewToSearch, type LibraryView } from '../core/library/view';

/**
 * The library's view, kept in the page's query string: each change is a history entry, so a
 * view can be bookmarked and Back returns to the one before.
 */
export function useView(): [LibraryView, (view: LibraryView) => void] {
  const [view, setView] = useState(() => parseView(location.search));
  useEffect(() => {
    const onPop = () => setView(parseView(location.search));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const change = useCallback((next: LibraryView) => {
    const search = viewToSearch(next);
    history.pushState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
    setView(parseView(search));
  }, []);
  return [view, change];
}
