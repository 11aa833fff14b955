import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { startOfDay } from 'date-fns/startOfDay';
import { httpUrl } from '../item/url';

/**
 * The focus segment engine. A segment is the time the person looks at one page: the active tab
 * of the focused window while they are not idle. It is opened and closed by events; closing it
 * yields the seconds to add per local day. Nothing here reads a clock: `now` is an argument.
 */
export interface Segment {
  tabId: number;
  windowId: number;
  /** Kept only in storage.session, to classify the page and credit a saved item. */
  url: string;
  host: string;
  path: string;
  /** When it was opened, or last flushed (a flush closes and reopens it). */
  startedAt: number;
}

export type IdleState = 'active' | 'idle' | 'locked';

/** What the worker keeps in storage.session, written whenever it changes. */
export interface TrackerState {
  segment: Segment | null;
  /** True after windows.onFocusChanged(WINDOW_ID_NONE): no browser window has focus. */
  blurred: boolean;
  idle: IdleState;
}

export const INITIAL_STATE: TrackerState = { segment: null, blurred: false, idle: 'active' };

/** The active tab of the last focused window, as the worker sees it. */
export interface TabSnapshot {
  id: number;
  windowId: number;
  url: string;
  incognito: boolean;
}

/** Seconds to add to one local day and host. */
export interface Piece {
  day: string;
  host: string;
  url: string;
  path: string;
  seconds: number;
  /** Local clock hour (0–23) the piece started in; a piece is at most a flush period long. */
  hour: number;
}

export const FLUSH_PERIOD_MS = 60_000;
/**
 * Sleep guard: a segment counts at most one flush period (plus slack for a late alarm) past
 * its last write. A computer that slept fires no alarm, so the time it slept is not counted.
 */
export const MAX_SEGMENT_MS = FLUSH_PERIOD_MS + 15_000;

export interface Calendar {
  /** Local day of an instant, `yyyy-MM-dd`. */
  dayOf(ms: number): string;
  /** The first instant of the local day after the one `ms` is in. */
  nextMidnight(ms: number): number;
}

/** The runtime's own time zone, through date-fns (handles daylight saving days of 23 or 25 h). */
export const localCalendar: Calendar = {
  dayOf: (ms) => format(ms, 'yyyy-MM-dd'),
  nextMidnight: (ms) => startOfDay(addDays(ms, 1)).getTime(),
};

/** The host time is counted under (and a nudge is shown for): without `www.` or a final dot. */
export function trackedHost(url: URL): string {
  return url.hostname.replace(/^www\./, '').replace(/\.$/, '');
}

/** The page a tab shows, if its time may be counted: web pages in normal windows only. */
function pageOf(tab: TabSnapshot | null): Omit<Segment, 'startedAt'> | null {
  if (!tab || tab.incognito || !Number.isInteger(tab.id) || tab.id < 0) return null;
  const url = httpUrl(tab.url);
  if (!url?.hostname) return null;
  return { tabId: tab.id, windowId: tab.windowId, url: tab.url, host: trackedHost(url), path: url.pathname };
}

/** Splits [start, end) at local midnights into seconds per day. Never negative. */
export function closeSegment(segment: Segment, now: number, calendar: Calendar = localCalendar): Piece[] {
  const end = Math.min(now, segment.startedAt + MAX_SEGMENT_MS);
  const pieces: Piece[] = [];
  for (let from = segment.startedAt; from < end;) {
    const to = Math.min(end, calendar.nextMidnight(from));
    // Milliseconds kept as fractional seconds, so many short segments do not round away.
    const seconds = (to - from) / 1000;
    pieces.push({
      day: calendar.dayOf(from),
      host: segment.host,
      url: segment.url,
      path: segment.path,
      seconds,
      hour: new Date(from).getHours(),
    });
    from = to;
  }
  return pieces;
}

export interface StepInput {
  tab: TabSnapshot | null;
  paused: boolean;
  /** A flush closes and reopens the segment even when the page has not changed. */
  flush?: boolean;
}

/**
 * Moves the tracker to what the browser shows now: closes the open segment if the page (or
 * focus, idleness, pause) changed and opens the new one at `now`. A clock that went backwards
 * counts nothing and restarts the segment from the new time.
 */
export function step(state: TrackerState, input: StepInput, now: number, calendar: Calendar = localCalendar) {
  const counted = !input.paused && !state.blurred && state.idle === 'active';
  const page = counted ? pageOf(input.tab) : null;
  const current = state.segment;
  const same = current !== null && page !== null && current.tabId === page.tabId && current.url === page.url;
  if (same && !input.flush && now >= current.startedAt) return { state, pieces: [] as Piece[], changed: false };
  const pieces = current ? closeSegment(current, now, calendar) : [];
  const segment = page ? { ...page, startedAt: now } : null;
  return { state: { ...state, segment }, pieces, changed: true };
}

/** A storage.session value, validated: anything malformed is dropped rather than trusted. */
export function parseState(raw: unknown): TrackerState {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof TrackerState, unknown>>;
  const idle = r.idle === 'idle' || r.idle === 'locked' ? r.idle : 'active';
  return { segment: parseSegment(r.segment), blurred: r.blurred === true, idle };
}

function parseSegment(raw: unknown): Segment | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const s = raw as Record<string, unknown>;
  const { tabId, windowId, url, startedAt } = s;
  if (!Number.isInteger(tabId) || !Number.isInteger(windowId) || typeof url !== 'string') return null;
  if (typeof startedAt !== 'number' || !Number.isFinite(startedAt) || startedAt < 0) return null;
  const page = pageOf({ id: tabId as number, windowId: windowId as number, url, incognito: false });
  return page ? { ...page, startedAt } : null;
}
