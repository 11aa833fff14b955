import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import type { SaveResult } from '../messaging/save';
import { linkTextInTab } from '../platform/scripting';
import type { SaveRequest } from './save';
import { highlightFromPage } from './highlight-page';

export const MENU = {
  page: 'save-page',
  link: 'save-link',
  highlight: 'highlight-selection',
} as const;

/** Menus persist across worker restarts; they are (re)created on install and update. */
export async function createContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  const t = (key: string) => browser.i18n.getMessage(key);
  browser.contextMenus.create({ id: MENU.page, title: t('menuSavePage'), contexts: ['page'] });
  browser.contextMenus.create({ id: MENU.link, title: t('menuSaveLink'), contexts: ['link'] });
  browser.contextMenus.create({ id: MENU.highlight, title: t('menuHighlight'), contexts: ['selection'] });
}

type Save = (request: SaveRequest) => Promise<SaveResult>;

/** Turns a context-menu click into a save request. Returns null for menus that are not ours. */
export async function onContextMenuClick(
  info: Menus.OnClickData,
  tab: Tabs.Tab | undefined,
  save: Save,
  linkText: (tabId: number, href: string) => Promise<string | null> = linkTextInTab,
  highlight: typeof highlightFromPage = highlightFromPage,
): Promise<SaveResult | null> {
  switch (info.menuItemId) {
    case MENU.page:
      return save({ tab, via: 'context-menu' });
    case MENU.highlight:
      // A selection becomes a highlight of the page's item (saved first if it is not yet).
      return highlight(info, tab, save);
    case MENU.link: {
      if (!info.linkUrl) return null;
      // Chrome's click data has no link text (Firefox's has): read it from the page.
      const text =
        (info as { linkText?: string }).linkText ??
        (tab?.id === undefined ? null : await linkText(tab.id, info.linkUrl));
      return save({ tab, via: 'context-menu', link: { url: info.linkUrl, text } });
    }
    default:
      return null;
  }
}
