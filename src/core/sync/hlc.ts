/**
 * A hybrid logical clock: stamps that follow wall time but never go backwards, and that pass
 * any stamp seen from another device, so an edit made after seeing another wins over it even
 * when the two computers' clocks are hours apart. A stamp is a string that sorts as it should:
 * wall time (ms, base 36), a counter, then the device id to break ties.
 */
export interface Hlc {
  wall: number;
  counter: number;
}

export const HLC_ZERO: Hlc = { wall: 0, counter: 0 };

const WALL_WIDTH = 9; // base-36 ms until the year 5138
const COUNTER_WIDTH = 4;
const COUNTER_MAX = 36 ** COUNTER_WIDTH - 1;

export function formatStamp(clock: Hlc, device: string): string {
  return `${clock.wall.toString(36).padStart(WALL_WIDTH, '0')}.${clock.counter.toString(36).padStart(COUNTER_WIDTH, '0')}.${device}`;
}

/** The clock part of a stamp; null when it is not one. */
export function parseStamp(stamp: string): Hlc | null {
  const match = /^([0-9a-z]{9})\.([0-9a-z]{4})\./.exec(stamp);
  if (!match) return null;
  return { wall: parseInt(match[1]!, 36), counter: parseInt(match[2]!, 36) };
}

/** Moves the clock past `now` and `last`, one tick after `last` when wall time has not moved on. */
function advance(last: Hlc, wall: number): Hlc {
  if (wall > last.wall) return { wall, counter: 0 };
  // So many events in one millisecond that the counter is full: borrow the next millisecond.
  if (last.counter >= COUNTER_MAX) return { wall: last.wall + 1, counter: 0 };
  return { wall: last.wall, counter: last.counter + 1 };
}

/** The clock after a local event at `now`. */
export function tick(last: Hlc, now: number): Hlc {
  return advance(last, Math.floor(now));
}

/** The clock after seeing `remote` (a stamp from another device) at `now`. */
export function receive(last: Hlc, remote: string, now: number): Hlc {
  const seen = parseStamp(remote);
  if (!seen) return last;
  const later = seen.wall > last.wall || (seen.wall === last.wall && seen.counter > last.counter) ? seen : last;
  return Math.floor(now) > later.wall ? { wall: Math.floor(now), counter: 0 } : later;
}
