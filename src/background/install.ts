import type { Runtime } from 'webextension-polyfill';
import { openWelcomePage } from '../platform/tabs';
import { createContextMenus } from './context-menus';

/**
 * On install and update: the context menus (they persist, but an update may change them). On
 * install only, the welcome page: never on an update, and never when the worker merely restarts
 * (the browser sends no onInstalled then).
 */
export async function onInstalled(
  details: Pick<Runtime.OnInstalledDetailsType, 'reason'>,
  welcome: () => Promise<void> = openWelcomePage,
): Promise<void> {
  await createContextMenus();
  if (details.reason === 'install') await welcome();
}
