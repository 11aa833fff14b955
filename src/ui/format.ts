import { uiLocale } from './i18n';

type DurationFormatter = { format(d: { hours?: number; minutes?: number }): string };
const DurationFormat = (Intl as unknown as { DurationFormat?: new (l: string, o: object) => DurationFormatter })
  .DurationFormat;

/**
 * Intl formatters are costly to make and cheap to use, and a page draws dozens of figures (the
 * popup's week: each stat, its change, each day of the chart): one per kind, locale and options.
 */
const formatters = new Map<string, unknown>();
function formatter<F>(kind: string, options: object, make: (locale: string) => F): F {
  const locale = uiLocale();
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  let found = formatters.get(key) as F | undefined;
  if (!found) formatters.set(key, (found = make(locale)));
  return found;
}
const numberFormat = (options: Intl.NumberFormatOptions) =>
  formatter('number', options, (locale) => new Intl.NumberFormat(locale, options));
const durationFormat = (Format: NonNullable<typeof DurationFormat>) =>
  formatter('duration', {}, (locale) => new Format(locale, { style: 'short' }));

/** Minutes as the person's locale writes a short duration: "45 min", "2 hr, 5 min". */
export function formatMinutes(total: number): string {
  const m = Math.max(0, Math.round(total));
  const hours = Math.floor(m / 60);
  const minutes = m % 60;
  const unit = (value: number, u: 'hour' | 'minute') =>
    numberFormat({ style: 'unit', unit: u, unitDisplay: 'short' }).format(value);
  // Intl.DurationFormat formats a zero duration as "": zero must read "0 min", never nothing.
  if (DurationFormat && m > 0) {
    return durationFormat(DurationFormat).format(hours ? { hours, minutes } : { minutes });
  }
  return hours ? `${unit(hours, 'hour')} ${unit(minutes, 'minute')}` : unit(minutes, 'minute');
}

/** A signed change: "+12", "−3", "±0". */
export function formatChange(value: number): string {
  const n = numberFormat({ signDisplay: 'exceptZero' }).format(value);
  return value === 0 ? `±${n}` : n;
}

/** A signed change in minutes, with its unit: "+12 min", "−1 hr, 5 min", "±0 min". */
export function formatMinutesChange(value: number): string {
  const m = Math.round(value);
  const sign = m > 0 ? '+' : m < 0 ? '−' : '±';
  return `${sign}${formatMinutes(Math.abs(m))}`;
}

export function formatDay(epochMs: number, options: Intl.DateTimeFormatOptions): string {
  return formatter('date', options, (locale) => new Intl.DateTimeFormat(locale, options)).format(epochMs);
}
