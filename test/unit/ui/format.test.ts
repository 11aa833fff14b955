import { fakeBrowser } from '@webext-core/fake-browser';
import { afterAll, describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
fakeBrowser.i18n.getUILanguage = () => 'en';

/** Chromium's Intl.DurationFormat, as it behaves: a zero duration formats as "". */
class ChromiumDurationFormat {
  format(d: { hours?: number; minutes?: number }): string {
    const parts = [d.hours ? `${d.hours} hr` : '', d.minutes ? `${d.minutes} min` : ''].filter(Boolean);
    return parts.join(', ');
  }
}

const intl = Intl as unknown as { DurationFormat?: unknown };
const had = intl.DurationFormat;
intl.DurationFormat = ChromiumDurationFormat;
const { formatMinutes } = await import('../../../src/ui/format');
afterAll(() => {
  intl.DurationFormat = had;
});

describe('formatMinutes', () => {
  test.each([
    [0, '0 min'],
    [0.2, '0 min'],
    [-3, '0 min'],
    [45, '45 min'],
    [125, '2 hr, 5 min'],
  ])('%s minutes read %s', (minutes, expected) => {
    expect(formatMinutes(minutes)).toBe(expected);
  });
});
