import browser from 'webextension-polyfill';
import { viewToSearch, type LibraryView } from '../core/library/view';

/** The library page, on `view` when given (its filters in the query string, as the page keeps them). */
export function libraryUrl(view?: LibraryView): string {
  const search = view ? viewToSearch(view) : '';
  return `${browser.runtime.getURL('/src/library/index.html')}${search ? `?${search}` : ''}`;
}
