import type { Runtime } from 'webextension-polyfill';
import type { MessageName } from './protocol';

/**
 * Who may send a message. The worker trusts nothing a web page or a content script sends:
 * - `page`: the extension's own pages (popup, options), the only senders that may read or
 *   write the library;
 * - `feed-script`: the feed content script, top frame of a tab on the feed hosts, about that
 *   tab only;
 * - `nudge-card`: the card injected into a distraction tab, top frame, about the nudge shown
 *   in that tab only (the handler checks the nudge belongs to the sender's tab);
 * - `save-toast`: the save confirmation injected into the tab a page was saved from, top
 *   frame, about the item saved (or the page refused) in that tab only (the handler finds it
 *   by the sender's tab).
 */
export type SenderKind = 'page' | 'feed-script' | 'nudge-card' | 'save-toast';

/** Who may send each message: typed over the protocol, so a message without a rule does not compile. */
export const SENDERS: { readonly [N in MessageName]: SenderKind } = {
  'save-tab': 'page',
  'save-read-ahead': 'page',
  'post-in-view': 'page',
  'review-add': 'page',
  'review-answer': 'page',
  'review-suspend': 'page',
  'highlight-add': 'page',
  'highlight-update': 'page',
  'highlight-delete': 'page',
  'highlight-restore': 'page',
  'goal-save': 'page',
  'goal-delete': 'page',
  'goal-restore': 'page',
  'goal-reorder': 'page',
  'goal-keyword': 'page',
  'goal-dismiss': 'page',
  'item-tag': 'page',
  'item-status': 'page',
  'data-stage': 'page',
  'data-commit': 'page',
  'data-discard': 'page',
  'feed-saved-check': 'feed-script',
  'feed-save': 'feed-script',
  'nudge-outcome': 'nudge-card',
  'nudge-undo': 'nudge-card',
  'library-edit': 'page',
  'library-bulk': 'page',
  'library-undo': 'page',
  'library-delete': 'page',
  'library-restore': 'page',
  'toast-edit': 'save-toast',
  'toast-accept': 'save-toast',
  'site-category': 'page',
  'log-save': 'page',
  'log-delete': 'page',
  'log-restore': 'page',
  'sync-test': 'page',
  'sync-setup': 'page',
  'sync-now': 'page',
  'sync-forget': 'page',
  'sync-start-over': 'page',
  'sync-share-time': 'page',
};

/** The hosts the manifest runs the feed script on (content_scripts.matches, https only). */
const FEED_SCRIPT_HOSTS: readonly string[] = ['www.linkedin.com', 'x.com', 'twitter.com'];

/**
 * Why `sender` may not send a message of `kind`, or null when it may. `extensionOrigin` is
 * `chrome-extension://<id>/`. The browser fills in `sender.url`, `sender.tab` and
 * `sender.frameId`; a page cannot choose them.
 */
export function senderRefusal(kind: SenderKind, sender: Runtime.MessageSender, extensionOrigin: string): string | null {
  const url = sender.url ?? '';
  const ours = (u: string | undefined) => !!u && u.startsWith(extensionOrigin);
  if (kind === 'page') {
    if (!ours(url)) return 'only the extension’s own pages may send it';
    // An extension page is a tab of its own (options) or no tab at all (the popup).
    if (sender.tab && !ours(sender.tab.url)) return 'an extension page inside a web page';
    return null;
  }
  if (ours(url)) return 'it is a content script’s message';
  if (!sender.tab || typeof sender.tab.id !== 'number' || sender.tab.id < 0) return 'not from a tab';
  if (sender.frameId !== 0) return 'not from the top frame of its tab';
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return 'from no web address';
  }
  if (kind === 'feed-script') {
    return page.protocol === 'https:' && FEED_SCRIPT_HOSTS.includes(page.hostname) ? null : 'not from a feed page';
  }
  return page.protocol === 'https:' || page.protocol === 'http:' ? null : 'not from a web page';
}
