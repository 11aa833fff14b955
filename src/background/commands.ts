import type { Tabs } from 'webextension-polyfill';
import type { SaveResult } from '../messaging/save';
import type { SaveRequest } from './save';

const SAVE_COMMAND = 'save-page';

/** The keyboard shortcut: saves the tab it was pressed in. */
export async function onCommand(
  command: string,
  tab: Tabs.Tab | undefined,
  save: (request: SaveRequest) => Promise<SaveResult>,
  activeTab: () => Promise<Tabs.Tab | undefined>,
): Promise<SaveResult | null> {
  if (command !== SAVE_COMMAND) return null;
  return save({ tab: tab ?? (await activeTab()), via: 'shortcut' });
}
