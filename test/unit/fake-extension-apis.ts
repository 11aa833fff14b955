import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';

/** An event like the browser's: listeners added by the code under test, fired by the test. */
export function fakeEvent<A extends unknown[]>() {
  const listeners: ((...args: A) => unknown)[] = [];
  return {
    addListener: (l: (...args: A) => unknown) => void listeners.push(l),
    removeListener: (l: (...args: A) => unknown) => void listeners.splice(listeners.indexOf(l), 1),
    hasListener: (l: (...args: A) => unknown) => listeners.includes(l),
    trigger: (...args: A) => Promise.all(listeners.map((l) => l(...args))),
  };
}

/**
 * @webext-core/fake-browser does not model context menus, commands, the toolbar action or
 * scripting; these stand-ins record calls and let tests fire the events.
 */
export function installExtensionApis() {
  const apis = {
    contextMenus: { create: vi.fn(), removeAll: vi.fn(async () => undefined), onClicked: fakeEvent() },
    commands: { onCommand: fakeEvent(), getAll: vi.fn(async () => [{ name: 'save-page', shortcut: 'Alt+Shift+S' }]) },
    action: { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined) },
    scripting: { executeScript: vi.fn() },
    extension: { isAllowedFileSchemeAccess: vi.fn(async () => false) },
    i18n: { getMessage: (key: string) => key, getUILanguage: () => 'en' },
    // The time tracker's: idleness is fired by tests; site access is denied unless a test grants it.
    idle: {
      setDetectionInterval: vi.fn(),
      queryState: vi.fn(async () => 'active'),
      onStateChanged: fakeEvent<[string]>(),
    },
    permissions: { contains: vi.fn(async (_p: { origins?: string[] }) => false), request: vi.fn(async () => true) },
  };
  Object.assign(fakeBrowser, apis);
  return apis;
}
