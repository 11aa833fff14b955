import browser from 'webextension-polyfill';

/** Every visible string comes from `_locales`; a missing key shows as itself so it is noticed. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

export function uiLocale(): string {
  return browser.i18n.getUILanguage() || 'en';
}

let dateFormat: Intl.DateTimeFormat | undefined;
export function formatDate(epochMs: number): string {
  // Made once: a formatter is costly to make, and lists draw a date on each row.
  dateFormat ??= new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' });
  return dateFormat.format(epochMs);
}
