import type { SyncFault, SyncStatus } from '../core/sync/model';
import { t } from './i18n';

const FAULT_KEYS: Record<SyncFault, string> = {
  unreachable: 'syncFaultUnreachable',
  timeout: 'syncFaultTimeout',
  unauthorized: 'syncFaultUnauthorized',
  forbidden: 'syncFaultForbidden',
  'not-webdav': 'syncFaultNotWebdav',
  'no-space': 'syncFaultNoSpace',
  certificate: 'syncFaultCertificate',
  'server-error': 'syncFaultServer',
  'wrong-passphrase': 'syncFaultPassphrase',
  tampered: 'syncFaultTampered',
  'newer-format': 'syncFaultNewer',
  'not-set-up': 'syncFaultNotSetUp',
};

/** What a sync fault means, in one sentence the person can act on. */
export const syncFaultText = (fault: SyncFault) => t(FAULT_KEYS[fault]);

/** The last sync's problem, when there is one; nothing while all is well. */
export function SyncStatusLine({ status }: { status: SyncStatus | null }) {
  if (!status?.fault) return null;
  return (
    <p class="sync-problem" data-testid="sync-problem">
      {t('syncProblem', syncFaultText(status.fault))}
    </p>
  );
}
