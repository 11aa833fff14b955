/**
 * Whether the page in a tab loaded, and so whether saving it makes a learning item. A page that
 * did not load (an HTTP error, the browser's own error page) is not something to learn from:
 * the save is refused with the reason, and the person may still keep the link on purpose.
 * Pure: the signals are read in the page (navigation timing) and from the tab by the caller.
 */

/** What is known about how the tab's main document loaded. */
export interface LoadSignals {
  /**
   * The main document's HTTP status, from the navigation timing entry's `responseStatus` (the
   * final response, after any redirects). Null when the browser does not say (0 in the API:
   * `file:`, older browsers), which is not a failure.
   */
  status: number | null;
  /** The tab shows the browser's error page (unreachable host, DNS, TLS, connection reset). */
  errorPage: boolean;
}

export type LoadFailure = { kind: 'http-error'; status: number } | { kind: 'error-page' };

export type SaveDecision = { save: true } | { save: false; failure: LoadFailure };

/**
 * The decision for a page. A soft 404 (a "not found" page answering 200) cannot be told from a
 * real page by its status and is saved as any page is; a redirect is judged by where it ended.
 */
export function loadDecision({ status, errorPage }: LoadSignals): SaveDecision {
  if (errorPage) return { save: false, failure: { kind: 'error-page' } };
  if (status !== null && Number.isInteger(status) && status >= 400 && status <= 599) {
    return { save: false, failure: { kind: 'http-error', status } };
  }
  return { save: true };
}

/** Chromium's error pages live at this scheme; `executeScript` refuses them with this text. */
const ERROR_PAGE_URL = /^chrome-error:/i;
const ERROR_PAGE_MESSAGE = /showing error page/i;

/**
 * Whether the tab shows the browser's error page, from what the worker can see when its script
 * cannot run there: the tab's address, or the reason the browser gave for refusing the script.
 */
export function isBrowserErrorPage(tabUrl: string | undefined, scriptError: string | null): boolean {
  return ERROR_PAGE_URL.test(tabUrl ?? '') || ERROR_PAGE_MESSAGE.test(scriptError ?? '');
}

/** The standard reason phrases (RFC 9110) of the statuses people meet; others show the number. */
const REASON_PHRASES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  410: 'Gone',
  429: 'Too Many Requests',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** "404 Not Found": how a status reads to a person (the protocol's words, not translated). */
export function statusLabel(status: number): string {
  const phrase = REASON_PHRASES[status];
  return phrase ? `${status} ${phrase}` : String(status);
}
