import { useState } from 'preact/hooks';
import { buildBackup } from '../data/library';
import { downloadText } from '../data/download';
import { t } from '../../ui/i18n';

const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Downloads one JSON file with everything: items, goals, time, nudges and settings. */
export function DataBackup() {
  const [message, setMessage] = useState('');
  const backup = async () => {
    setMessage(t('dataBackupWorking'));
    const file = await buildBackup();
    downloadText(`learnmark-backup-${stamp(file.exportedAt)}.json`, JSON.stringify(file), 'application/json');
    setMessage(t('dataBackupDone', String(file.items.length)));
  };
  return (
    <div class="data-part">
      <h3>{t('dataBackupHeading')}</h3>
      <p class="muted">{t('dataBackupHint')}</p>
      <button type="button" class="primary" onClick={() => void backup()}>
        {t('dataBackupButton')}
      </button>
      <p role="status" data-testid="backup-status">
        {message}
      </p>
    </div>
  );
}
