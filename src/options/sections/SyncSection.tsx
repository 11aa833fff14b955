import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { davAddress } from '../../core/sync/address';
import { holdingBack } from '../../core/sync/batch';
import type { SyncConfig, SyncOutcome, SyncStatus } from '../../core/sync/model';
import { loadSyncConfig, loadSyncStatus } from '../../db/sync-settings';
import { ask } from '../../ui/ask';
import { formatDay } from '../../ui/format';
import { t } from '../../ui/i18n';
import { useAction } from '../../ui/use-action';
import { syncFaultText, SyncStatusLine } from '../../ui/SyncStatusLine';

const WHEN: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** Asks for access to the server's origin only, when the person sets sync up (a click). */
async function askForServer(address: string, user: string): Promise<boolean> {
  const dav = davAddress(address, user);
  if (!dav.ok) return true; // The worker names what is wrong with the address.
  const origins = [...new Set(dav.candidates.map((url) => `${new URL(url).origin}/*`))];
  return browser.permissions.request({ origins }).catch(() => false);
}

/** Options → Sync: the server, the passphrase, and how syncing goes. */
export function SyncSection() {
  const [config, setConfig] = useState<SyncConfig | null | undefined>(undefined);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [outcome, setOutcome] = useState<SyncOutcome | null>(null);
  const [confirming, setConfirming] = useState(false);
  const reload = async () => {
    setConfig(await loadSyncConfig());
    setStatus(await loadSyncStatus());
  };
  useEffect(() => void reload(), []);
  const run = useAction(async (work: () => Promise<SyncOutcome | null>) => {
    setOutcome(null);
    setOutcome(await work());
    await reload();
  });
  if (config === undefined) return null;
  return (
    <section aria-labelledby="sync-heading">
      <h2 id="sync-heading">{t('sectionSync')}</h2>
      <p class="muted">{t('syncIntro')}</p>
      <p class="muted">{t('syncWhatSyncs')}</p>
      {config ? (
        <div>
          <p>{t('syncSetUpAt', config.url + config.folder)}</p>
          <SyncStatusLine status={status} />
          {status && !status.fault && <p data-testid="sync-last">{t('syncLastOk', formatDay(status.at, WHEN))}</p>}
          {status && status.conflicts > 0 && <p>{t('syncConflicts', String(status.conflicts))}</p>}
          {status?.restartedAt !== undefined && <p data-testid="sync-restarted">{t('syncRestarted')}</p>}
          {status?.refused?.length ? (
            <p data-testid="sync-refused">
              {t(
                'syncRefused',
                status.refused.map((r) => `${r.t} ${r.k.slice(0, 8)} (${r.fields.join(', ')})`).join('; '),
              )}
            </p>
          ) : null}
          <p>
            <label>
              <input
                type="checkbox"
                checked={config.shareTime === true}
                disabled={run.busy}
                aria-describedby="sync-share-time-note"
                onChange={(e) => {
                  const share = e.currentTarget.checked;
                  void run.run(() => ask('sync-share-time', { share }));
                }}
              />{' '}
              {t('syncShareTime')}
            </label>
          </p>
          <p class="muted" id="sync-share-time-note">
            {t('syncShareTimeNote')}
          </p>
          <h3>{t('syncDevices')}</h3>
          {status?.devices.length ? (
            <ul data-testid="sync-devices">
              {status.devices.map((d) => (
                <li key={d.id}>
                  {t('syncDevice', [d.id.slice(0, 6), d.at ? formatDay(d.at, WHEN) : t('syncNever')])}
                  {holdingBack([d], status.at).length ? '' : ` ${t('syncDeviceForgotten')}`}
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">{t('syncNoDevices')}</p>
          )}
          <p class="button-row">
            <button type="button" disabled={run.busy} onClick={() => void run.run(() => ask('sync-now', {}))}>
              {t('syncNow')}
            </button>
            <button type="button" disabled={run.busy} onClick={() => void run.run(() => ask('sync-forget', {}))}>
              {t('syncForget')}
            </button>
            <button type="button" disabled={run.busy} onClick={() => setConfirming(true)}>
              {t('syncStartOver')}
            </button>
          </p>
          {confirming && (
            <div role="alertdialog" aria-labelledby="sync-start-over-q">
              <p id="sync-start-over-q">{t('syncStartOverConfirm')}</p>
              <button
                type="button"
                onClick={() => {
                  setConfirming(false);
                  void run.run(() => ask('sync-start-over', {}));
                }}
              >
                {t('syncStartOverYes')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('cancel')}
              </button>
            </div>
          )}
        </div>
      ) : (
        <SyncForm
          busy={run.busy}
          onTest={(s) => run.run(() => ask('sync-test', s))}
          onSetUp={(s) => run.run(() => ask('sync-setup', s))}
        />
      )}
      <p role="status" data-testid="sync-outcome">
        {run.busy ? t('syncWorking') : outcome ? (outcome.ok ? t('syncOk') : syncFaultText(outcome.fault)) : ''}
      </p>
      {run.error && <p role="alert">{run.error}</p>}
    </section>
  );
}

interface Setup {
  address: string;
  user: string;
  password: string;
  folder: string;
  passphrase: string;
}

function SyncForm({
  busy,
  onTest,
  onSetUp,
}: {
  busy: boolean;
  onTest: (s: Omit<Setup, 'passphrase'>) => Promise<void>;
  onSetUp: (s: Setup) => Promise<void>;
}) {
  const [form, setForm] = useState<Setup>({ address: '', user: '', password: '', folder: 'Learnmark', passphrase: '' });
  const field = (name: keyof Setup, label: string, secret = false, autocomplete = 'off') => {
    const common = {
      id: `sync-${name}`,
      autocomplete,
      value: form[name],
      required: true,
      onInput: (e: { currentTarget: HTMLInputElement }) => setForm({ ...form, [name]: e.currentTarget.value }),
    };
    return (
      <p>
        <label for={`sync-${name}`}>{t(label)}</label>
        {secret ? <input type="password" {...common} /> : <input type="text" {...common} />}
      </p>
    );
  };
  const { passphrase: _, ...server } = form;
  return (
    <form
      class="sync-form"
      onSubmit={(e) => {
        e.preventDefault();
        void askForServer(form.address, form.user).then((granted) => (granted ? onSetUp(form) : undefined));
      }}
    >
      {field('address', 'syncAddress')}
      {field('user', 'syncUser', false, 'username')}
      {field('password', 'syncPassword', true, 'current-password')}
      {field('folder', 'syncFolder')}
      {field('passphrase', 'syncPassphrase', true, 'new-password')}
      <p class="muted" id="sync-passphrase-warning">
        {t('syncPassphraseWarning')}
      </p>
      <p class="button-row">
        <button
          type="button"
          class="secondary"
          disabled={busy}
          onClick={() =>
            void askForServer(form.address, form.user).then((granted) => (granted ? onTest(server) : undefined))
          }
        >
          {t('syncTest')}
        </button>
        <button type="submit" class="primary" disabled={busy}>
          {t('syncSetUp')}
        </button>
      </p>
    </form>
  );
}
