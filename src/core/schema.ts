import * as v from 'valibot';

/**
 * Building blocks for the schemas that check untrusted values (messages from pages and content
 * scripts, backups): one declaration gives the type and the runtime check.
 */

/** An id of ours: a uuid, or a short slug in older data and fixtures. */
export const ID = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[\w.:-]+$/));

/** The first and last instants a stored date may be (epoch ms): 1990 to 2200. */
const EARLIEST_TIME = Date.UTC(1990, 0, 1);
const LATEST_TIME = Date.UTC(2200, 0, 1);
/** An epoch-ms date in range: 1e300 or NaN would break every date format downstream. */
export const TIME = v.pipe(v.number(), v.integer(), v.minValue(EARLIEST_TIME), v.maxValue(LATEST_TIME));

/** A local day, `yyyy-MM-dd`, as the `activity`, `days` and `logEntries` tables keep them. */
export const DAY = v.pipe(v.string(), v.regex(/^(19[9]\d|2[01]\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));

/** A string of at most `max` characters. */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** A whole number from 0 to `max`. */
export const count = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));

/** A colour that can only be a colour: `#rrggbb` (never CSS that could load anything). */
export const HEX_COLOR = v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i));
