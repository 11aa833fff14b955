import browser from 'webextension-polyfill';

/**
 * One group of settings kept under `key` in `storage.sync` (it roams with the browser profile):
 * always read through `parse`, which fills what is missing and drops what is not valid, and
 * `fallback` when storage cannot be read. Saving merges a change into what is stored.
 */
export function syncStorageSetting<T extends object>(key: string, parse: (raw: unknown) => T, fallback: T) {
  async function load(): Promise<T> {
    try {
      return parse((await browser.storage.sync.get(key))[key]);
    } catch {
      return fallback;
    }
  }
  async function save(change: Partial<T>): Promise<T> {
    const next = parse({ ...(await load()), ...change });
    await browser.storage.sync.set({ [key]: next });
    return next;
  }
  return { load, save };
}
