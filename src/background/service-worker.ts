// The service worker. Every listener is registered synchronously at the top level, so an
// event that wakes a stopped worker finds its listener (never register after an await).
import browser from 'webextension-polyfill';
import { handleMessages } from '../messaging/listener';
import { activeTab } from '../platform/tabs';
import { onCommand } from './commands';
import { onContextMenuClick } from './context-menus';
import { onInstalled } from './install';
import { handlers } from './handlers';
import { onSavedNotificationClick, saveAndTell } from './save-feedback';
import { registerSearchIndexer } from './search-indexer';
import { registerWeekBadge } from './week-badge';
import { registerSync } from './sync-schedule';
import { FLUSH_ALARM, registerTrackerListeners } from './tracking-listeners';

handleMessages(handlers);

// Listeners return their promise: the browser ignores it, and tests can await the work.
browser.runtime.onInstalled.addListener((details) => onInstalled(details));
browser.contextMenus.onClicked.addListener((info, tab) => onContextMenuClick(info, tab, saveAndTell));
browser.commands.onCommand.addListener((command, tab) => onCommand(command, tab, saveAndTell, activeTab));
browser.notifications.onClicked.addListener((id) => onSavedNotificationClick(id));
registerTrackerListeners();
registerWeekBadge(FLUSH_ALARM);
registerSearchIndexer(FLUSH_ALARM);
registerSync();
