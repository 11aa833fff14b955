import browser from 'webextension-polyfill';
import { statusLabel } from '../core/capture/load-outcome';
import type { SaveResult } from '../messaging/save';
import { notifySaveProblem } from '../platform/notify';
import { saveTab, type SaveRequest } from './save';

const t = (key: string, substitutions?: string[]) => browser.i18n.getMessage(key, substitutions) || key;

/** What a refused save from the shortcut or context menu says, or null when there is nothing to say. */
function refusalMessage(result: SaveResult): string | null {
  if (result.ok) return null;
  switch (result.reason) {
    case 'not-loaded':
      return result.failure.kind === 'http-error'
        ? t('loadFailedStatus', [statusLabel(result.failure.status)])
        : t('loadFailedErrorPage');
    case 'feed':
      return t('feedPageRefused');
    case 'restricted':
      return t('saveRefusedRestricted');
    default:
      return t('saveFailed');
  }
}

/**
 * Saves for the keyboard shortcut and the context menu, and says why when nothing was stored
 * (the popup says it itself). A notification that cannot be shown does not fail the save.
 */
export async function saveAndTell(
  request: SaveRequest,
  save: (request: SaveRequest) => Promise<SaveResult> = saveTab,
  notify: (title: string, message: string) => Promise<void> = notifySaveProblem,
): Promise<SaveResult> {
  const result = await save(request);
  const message = refusalMessage(result);
  if (message) await notify(t('saveNotSavedTitle'), message).catch(() => undefined);
  return result;
}
