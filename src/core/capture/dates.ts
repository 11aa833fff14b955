/**
 * Date parsing for page metadata. Pages write dates in many ways (ISO 8601, RFC 2822, epoch
 * seconds, `2016-05-24 10:00:00`, `20160524`); anything ambiguous or implausible gives null
 * rather than a wrong date.
 */

/** Earliest and latest instants accepted: the web's first pages, and a bound for typos. */
const MIN_MS = Date.UTC(1991, 0, 1);
const MAX_MS = Date.UTC(2100, 0, 1);

function plausible(ms: number): number | null {
  return Number.isFinite(ms) && ms >= MIN_MS && ms < MAX_MS ? ms : null;
}

/** Epoch seconds (10 digits) or milliseconds (13 digits) as a number or digit string. */
function fromEpoch(value: number): number | null {
  if (!Number.isFinite(value) || value <= 0) return null;
  return plausible(value < 1e11 ? value * 1000 : value);
}

/**
 * Parses a date as pages write it into epoch ms, or null. Strings without a time zone are read
 * as local time, the way the page's reader sees them.
 */
export function parseDate(input: unknown): number | null {
  if (typeof input === 'number') return fromEpoch(input);
  if (typeof input !== 'string') return null;
  let s = input.trim();
  if (!s || s.length > 100) return null;
  if (/^\d{10}(?:\d{3})?$/.test(s)) return fromEpoch(Number(s));
  // Compact ISO: 20160524 or 20160524T101500Z.
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?$/.exec(s);
  if (compact) {
    const [, y, mo, d, h, mi, se = '00', z] = compact;
    s = h ? `${y}-${mo}-${d}T${h}:${mi}:${se}${z ?? ''}` : `${y}-${mo}-${d}`;
  }
  // `2016-05-24 10:00:00 +0000` → ISO, which every engine parses alike.
  const iso = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?$/i.exec(
    s,
  );
  if (iso) {
    const [, day, time, zone] = iso;
    const hms = time!.length <= 5 ? `${time}:00` : time!.replace(',', '.');
    const pad = hms.length === 7 || /^\d:/.test(hms) ? `0${hms}` : hms;
    let z = zone ? zone.toUpperCase() : '';
    if (z === 'UTC' || z === 'GMT') z = 'Z';
    else if (/^[+-]\d{4}$/.test(z)) z = `${z.slice(0, 3)}:${z.slice(3)}`;
    return plausible(Date.parse(`${day}T${pad}${z}`));
  }
  // A date alone is a calendar day: read it at noon UTC so every time zone keeps the same day.
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return plausible(Date.parse(`${s}T12:00:00Z`));
  if (!/[a-z]/i.test(s) && !/^\d{4}-\d{2}-\d{2}T/.test(s)) return null; // 05/06/2016: ambiguous
  // Drop weekday names and "at"/"on" words engines do not accept, e.g. "Updated: May 3, 2016 at 5:00 PM".
  const cleaned = s
    .replace(/^(?:published|posted|updated|last updated|date)\s*(?:on|:)?\s*/i, '')
    .replace(/\b(?:at|on)\b/gi, ' ')
    .replace(/(\d)(st|nd|rd|th)\b/gi, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return plausible(Date.parse(cleaned));
}

/** Whether a date string names only a day (`2016-10-28`), so a same-day timestamp may refine it. */
function isDayOnly(input: unknown): boolean {
  return typeof input === 'string' && /^\s*\d{4}-?\d{2}-?\d{2}\s*$/.test(input);
}

/**
 * The first parseable date of `candidates` (in precedence order). A day-only value is refined
 * by a later candidate with a time on that same day: `2016-10-28` + `2016-10-28T13:46:56Z`.
 */
export function pickDate(candidates: readonly unknown[]): number | null {
  for (let i = 0; i < candidates.length; i++) {
    const t = parseDate(candidates[i]);
    if (t == null) continue;
    if (!isDayOnly(candidates[i])) return t;
    for (const later of candidates.slice(i + 1)) {
      const u = isDayOnly(later) ? null : parseDate(later);
      if (u != null && Math.abs(u - t) <= 14 * 3600_000) return u;
    }
    return t;
  }
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** "Dec 19, 2016", "December 19 2016", "Sept. 3, 2020". */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'i');
/** "19 December 2016", "3 Sept. 2020". */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+((?:19|20)\\d{2})\\b`, 'i');
const ISO_DAY = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/;
/** A line that shows a date is short: a long one is prose that mentions a date. */
const MAX_DATE_LINE = 80;

/**
 * The day a date shown as text in an article's header names ("Published Dec 19, 2016"), as
 * `yyyy-MM-dd`, from the first of `texts` (the header's short lines, in order) that shows one;
 * null when none does. For pages with no machine-readable date: a calendar day, no time.
 */
export function visibleDate(texts: readonly string[]): string | null {
  for (const raw of texts) {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!text || text.length > MAX_DATE_LINE) continue;
    let parts: [string, number, string] | null = null;
    const mdy = MONTH_DAY_YEAR.exec(text);
    const dmy = mdy ? null : DAY_MONTH_YEAR.exec(text);
    const iso = mdy || dmy ? null : ISO_DAY.exec(text);
    if (mdy) parts = [mdy[3]!, MONTHS.indexOf(mdy[1]!.toLowerCase().slice(0, 3)) + 1, mdy[2]!];
    else if (dmy) parts = [dmy[3]!, MONTHS.indexOf(dmy[2]!.toLowerCase().slice(0, 3)) + 1, dmy[1]!];
    else if (iso) parts = [iso[1]!, Number(iso[2]), iso[3]!];
    if (!parts) continue;
    const [year, month, day] = parts;
    const value = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
    // 2016-02-30 is no day: Date.UTC would roll it into March.
    const at = new Date(`${value}T12:00:00Z`);
    if (parseDate(value) !== null && at.getUTCDate() === Number(day) && at.getUTCMonth() + 1 === month) return value;
  }
  return null;
}
