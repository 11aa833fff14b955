import { t } from '../../ui/i18n';
import { DataBackup } from './DataBackup';
import { DataExport } from './DataExport';
import { DataImport } from './DataImport';

/** "Your data": back up, restore, import from other services, export. Nothing leaves the device. */
export function DataSection() {
  return (
    <section aria-labelledby="data-heading" class="data">
      <h2 id="data-heading">{t('sectionData')}</h2>
      <p class="muted">{t('dataIntro')}</p>
      <DataBackup />
      <DataImport />
      <DataExport />
    </section>
  );
}
