import { useEffect, useState } from 'preact/hooks';
import type { SyncStatus } from '../core/sync/model';
import { loadSyncStatus } from '../db/sync-settings';
import { SyncStatusLine } from '../ui/SyncStatusLine';

/** A quiet line when the last sync went wrong; nothing when it went well or sync is off. */
export function SyncProblem() {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => void loadSyncStatus().then(setStatus), []);
  return <SyncStatusLine status={status} />;
}
