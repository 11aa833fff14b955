// Message senders as the browser describes them, for tests that deliver messages to the
// worker's listener: the extension's own pages, the feed script in a LinkedIn or X tab, the
// nudge card in a distraction tab (messaging/senders.ts says who may send what).
import { fakeBrowser } from '@webext-core/fake-browser';

const id = fakeBrowser.runtime.id;
/** The popup: no tab, the extension's own address. */
export const FROM_POPUP = { id, url: fakeBrowser.runtime.getURL('src/popup/index.html') };
/** The options page, open in a tab of its own. */
export const FROM_OPTIONS = {
  id,
  url: fakeBrowser.runtime.getURL('src/options/index.html'),
  tab: { id: 90, url: fakeBrowser.runtime.getURL('src/options/index.html'), index: 0 },
  frameId: 0,
};
/** A content script in the top frame of `tab`. */
export const fromContentScript = (
  tab: { id?: number; url?: string; index?: number; windowId?: number },
  frameId = 0,
) => ({
  id,
  url: tab.url,
  tab,
  frameId,
});
