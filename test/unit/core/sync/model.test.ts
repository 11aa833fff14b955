import { expect, test } from 'vitest';
import { keepFindings, type SyncStatus } from '../../../../src/core/sync/model';

const HOUR = 3_600_000;
const status = (at: number, extra: Partial<SyncStatus> = {}): SyncStatus => ({
  at,
  fault: null,
  detail: '',
  devices: [],
  conflicts: 0,
  ...extra,
});
const refused = [{ t: 'items', k: 'i1', fields: ['status'] }];

test.each<[string, SyncStatus | null, SyncStatus, Partial<SyncStatus>]>([
  ['nothing before, nothing found', null, status(HOUR), { conflicts: 0 }],
  ['a clash found now is shown, from now', null, status(HOUR, { conflicts: 2 }), { conflicts: 2, foundAt: HOUR }],
  [
    'a quiet sync soon after keeps what the last one found',
    status(HOUR, { conflicts: 2, refused, foundAt: HOUR }),
    status(HOUR + 5_000),
    { conflicts: 2, refused, foundAt: HOUR },
  ],
  [
    'a failed sync keeps it too',
    status(HOUR, { conflicts: 1, foundAt: HOUR }),
    status(2 * HOUR, { fault: 'unreachable' }),
    { conflicts: 1, fault: 'unreachable' },
  ],
  [
    'after a day it is gone',
    status(HOUR, { conflicts: 2, foundAt: HOUR }),
    status(26 * HOUR),
    { conflicts: 0, foundAt: undefined },
  ],
  [
    'a new finding replaces the old',
    status(HOUR, { conflicts: 2, refused, foundAt: HOUR }),
    status(2 * HOUR, { conflicts: 1 }),
    { conflicts: 1, foundAt: 2 * HOUR, refused: undefined },
  ],
])('%s', (_, previous, next, expected) => {
  const kept = keepFindings(previous, next);
  for (const [field, value] of Object.entries(expected)) expect(kept[field as keyof SyncStatus], field).toEqual(value);
});

test.each<[string, SyncStatus | null, SyncStatus, number | undefined]>([
  ['a restart from a snapshot is said', null, status(HOUR, { restartedAt: HOUR }), HOUR],
  ['and still said by the syncs of the same day', status(HOUR, { restartedAt: HOUR }), status(5 * HOUR), HOUR],
  ['not the next day', status(HOUR, { restartedAt: HOUR }), status(26 * HOUR), undefined],
])('restartedAt: %s', (_, previous, next, restartedAt) => {
  expect(keepFindings(previous, next).restartedAt).toBe(restartedAt);
});
