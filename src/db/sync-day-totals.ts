import { checkRow } from '../core/sync/check';
import { formatStamp, tick } from '../core/sync/hlc';
import { applyChange, EMPTY_META } from '../core/sync/merge';
import { DAY_TOTALS, DAY_TOTALS_SPEC, type Change, type RefusedRow, type Row } from '../core/sync/model';
import { ComputerDaySchema, computerDayOf, type ComputerDay } from '../core/week/day-totals';
import * as v from 'valibot';
import { now } from '../platform/clock';
import type { LearnmarkDb } from './db';
import { SYNC_TABLES, type DeviceState, type FormerIds, type MetaRow } from './sync-recorder';

/**
 * Per-day time totals in sync, when the person shares them: this computer's `days` rows go out
 * as its own `dayTotals` records (`<device>/<day>`), compared each sync with what was last sent,
 * like the settings; other computers' records land in `deviceDays`, and the week adds them up
 * (db/week.ts). A computer's own records, even from before it was forgotten and set up again
 * under a new id, are never taken in as another's: that would count its time twice.
 */
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Stamps and queues the days whose totals changed since they were last queued. */
export async function recordDayTotals(database: LearnmarkDb): Promise<void> {
  await database.transaction('rw', [database.days, ...SYNC_TABLES.map((t) => database.table(t))], async () => {
    const device = (await database.syncState.get('device')) as DeviceState | undefined;
    if (!device) return;
    const days = await database.days.toArray();
    const keys = days.map((d) => [DAY_TOTALS, `${device.id}/${d.day}`] as [string, string]);
    const metas = await database.syncMeta.bulkGet(keys);
    let clock = device.clock;
    const nextMetas: MetaRow[] = [];
    days.forEach((day, i) => {
      const values = computerDayOf(day) as unknown as Row;
      const meta = metas[i] ?? { ...EMPTY_META, t: DAY_TOTALS, k: keys[i]![1] };
      const fields = Object.keys(values).filter((f) => !same(meta.parked?.[f], values[f]));
      if (!fields.length) return;
      clock = tick(clock, now());
      const stamp = formatStamp(clock, device.id);
      const stamps = { ...meta.stamps };
      for (const f of fields) stamps[f] = stamp;
      nextMetas.push({ ...meta, stamps, parked: values });
    });
    if (!nextMetas.length) return;
    const queued = await database.outbox.bulkGet(nextMetas.map((m) => [m.t, m.k]));
    await database.syncMeta.bulkPut(nextMetas);
    await database.outbox.bulkPut(
      nextMetas.map((m, i) => {
        const last = Object.values(m.stamps).reduce((a, b) => (b > a ? b : a), '');
        return { t: m.t, k: m.k, since: queued[i]?.since ?? last, last };
      }),
    );
    await database.syncState.put({ ...device, clock });
  });
}

/** The ids this computer synced under: now, and before each Forget (syncState `former`). */
export async function ownIds(database: LearnmarkDb): Promise<string[]> {
  const device = (await database.syncState.get('device')) as DeviceState | undefined;
  const former = (await database.syncState.get('former')) as FormerIds | undefined;
  return [...(device ? [device.id] : []), ...(former?.ids ?? [])];
}

/**
 * Folds another computer's day totals in (inside applyChanges' transaction). Values a day
 * could not hold are refused, named; this computer's own records are passed over.
 */
export async function applyDayTotalsChange(
  database: LearnmarkDb,
  change: Change,
  own: readonly string[],
): Promise<RefusedRow | null> {
  const slash = change.k.lastIndexOf('/');
  const source = change.k.slice(0, slash);
  if (own.includes(source)) return null;
  const meta = (await database.syncMeta.get([DAY_TOTALS, change.k])) ?? EMPTY_META;
  const merged = applyChange(DAY_TOTALS_SPEC, null, meta, change);
  const values = merged.row ?? merged.meta.parked ?? {};
  const checked = checkRow(
    (row) => {
      const parsed = v.safeParse(ComputerDaySchema, row);
      return parsed.success && parsed.output.day === change.k.slice(slash + 1) ? parsed.output : null;
    },
    values,
    Object.keys(change.f),
  );
  if (!checked.ok || slash < 1) return { t: change.t, k: change.k, fields: checked.ok ? ['row'] : checked.fields };
  await database.syncMeta.put({ ...merged.meta, parked: values, t: DAY_TOTALS, k: change.k });
  if (merged.row) await database.deviceDays.put({ ...(checked.row as ComputerDay), key: change.k });
  else await database.deviceDays.delete(change.k);
  return null;
}
