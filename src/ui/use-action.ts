import { useState } from 'preact/hooks';
import { t } from './i18n';

export interface Action<A extends unknown[]> {
  /** Runs the work; never rejects (a failure becomes `error`), so `void run()` is safe. */
  run: (...args: A) => Promise<void>;
  busy: boolean;
  /** A localized sentence to show in an alert, or null. */
  error: string | null;
}

/**
 * A page's action on the worker (or the database): busy while it runs, usable again whatever
 * happens, and a clear message when it fails, so no page is left stuck on "busy".
 * `onFailure` puts back what the component showed while it worked.
 */
export function useAction<A extends unknown[]>(
  work: (...args: A) => Promise<unknown>,
  { onFailure }: { onFailure?: () => void } = {},
): Action<A> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (...args: A) => {
    setBusy(true);
    setError(null);
    try {
      await work(...args);
    } catch (cause) {
      console.error('learnmark: action failed', cause);
      setError(t('actionFailed'));
      onFailure?.();
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, error };
}
