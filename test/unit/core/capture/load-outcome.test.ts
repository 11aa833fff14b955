import { describe, expect, test } from 'vitest';
import {
  isBrowserErrorPage,
  loadDecision,
  statusLabel,
  type LoadSignals,
  type SaveDecision,
} from '../../../../src/core/capture/load-outcome';

describe('loadDecision', () => {
  test.each<[string, LoadSignals, SaveDecision]>([
    ['a page that answered 200', { status: 200, errorPage: false }, { save: true }],
    // A "not found" page answering 200 cannot be told by its status: saved as any page.
    ['a soft 404 answering 200', { status: 200, errorPage: false }, { save: true }],
    ['a redirect that ended on a page (the final status)', { status: 200, errorPage: false }, { save: true }],
    ['no status reported (file, older browser)', { status: null, errorPage: false }, { save: true }],
    ['a 304 revalidated page', { status: 304, errorPage: false }, { save: true }],
    ['a 404', { status: 404, errorPage: false }, { save: false, failure: { kind: 'http-error', status: 404 } }],
    ['a 410 Gone', { status: 410, errorPage: false }, { save: false, failure: { kind: 'http-error', status: 410 } }],
    [
      'a redirect that ended on an error (the final status)',
      { status: 403, errorPage: false },
      { save: false, failure: { kind: 'http-error', status: 403 } },
    ],
    ['a 500', { status: 500, errorPage: false }, { save: false, failure: { kind: 'http-error', status: 500 } }],
    ['a 503', { status: 503, errorPage: false }, { save: false, failure: { kind: 'http-error', status: 503 } }],
    ['the browser error page', { status: null, errorPage: true }, { save: false, failure: { kind: 'error-page' } }],
    [
      'an error page wins over a status',
      { status: 200, errorPage: true },
      { save: false, failure: { kind: 'error-page' } },
    ],
    ['a status out of range is not an error', { status: 999, errorPage: false }, { save: true }],
  ])('%s', (_, signals, decision) => {
    expect(loadDecision(signals)).toEqual(decision);
  });
});

describe('isBrowserErrorPage', () => {
  test.each<[string | undefined, string | null, boolean]>([
    ['chrome-error://chromewebdata/', null, true],
    ['https://unreachable.example.net/a', 'Frame with ID 0 is showing error page', true],
    ['https://example.org/a', 'Cannot access contents of url "https://example.org/a".', false],
    ['https://example.org/a', null, false],
    [undefined, null, false],
  ])('%s, script error %s → %s', (url, error, expected) => {
    expect(isBrowserErrorPage(url, error)).toBe(expected);
  });
});

describe('statusLabel', () => {
  test.each([
    [404, '404 Not Found'],
    [500, '500 Internal Server Error'],
    [418, '418'],
  ])('%i → %s', (status, label) => {
    expect(statusLabel(status)).toBe(label);
  });
});
