import { useState } from 'preact/hooks';
import { buildBackup } from '../data/library';
import { downloadText } from '../../ui/download';
import { ActionError } from '../../ui/ActionError';
import { t } from '../../ui/i18n';
import { useAction } from '../../ui/use-action';

const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Downloads one JSON file with everything: items, goals, time, nudges and settings. */
export function DataBackup() {
  const [message, setMessage] = useState('');
  const backup = useAction(
    async () => {
      setMessage(t('dataBackupWorking'));
      const file = await buildBackup();
      downloadText(`learnmark-backup-${stamp(file.exportedAt)}.json`, JSON.stringify(file), 'application/json');
      setMessage(t('dataBackupDone', String(file.items.length)));
    },
    { onFailure: () => setMessage('') },
  );
  return (
    <div class="data-part">
      <h3>{t('dataBackupHeading')}</h3>
      <p class="muted">{t('dataBackupHint')}</p>
      <button type="button" class="primary" disabled={backup.busy} onClick={() => void backup.run()}>
        {t('dataBackupButton')}
      </button>
      <p role="status" data-testid="backup-status">
        {message}
      </p>
      <ActionError error={backup.error} />
    </div>
  );
}
