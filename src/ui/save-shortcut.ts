import browser from 'webextension-polyfill';

/** The keys of the save shortcut as the browser has them now (the person may change them), or null. */
export async function saveShortcut(): Promise<string | null> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((c) => c.name === 'save-page')?.shortcut || null;
  } catch {
    return null;
  }
}
