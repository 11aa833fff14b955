import { expect, test } from 'vitest';
import { faultOf } from '../../../src/background/sync-transport';
import { SyncError } from '../../../src/core/sync/model';

// What a failed request means for the person: each fault has its own message (SyncStatusLine).
test.each([
  ['a slow server (the request timed out)', new DOMException('signal timed out', 'TimeoutError'), 'timeout'],
  ['no answer at all', new TypeError('Failed to fetch'), 'unreachable'],
  ['401', Object.assign(new Error('Unauthorized'), { status: 401 }), 'unauthorized'],
  ['403', Object.assign(new Error('Forbidden'), { status: 403 }), 'forbidden'],
  ['507', Object.assign(new Error('Insufficient Storage'), { status: 507 }), 'no-space'],
  ['413', Object.assign(new Error('Too large'), { status: 413 }), 'no-space'],
  ['405 (no WebDAV there)', Object.assign(new Error('Method Not Allowed'), { status: 405 }), 'not-webdav'],
  ['500', Object.assign(new Error('Internal Server Error'), { status: 500 }), 'server-error'],
  ['a certificate the browser refused', new Error('net::ERR_CERT_AUTHORITY_INVALID'), 'certificate'],
  ['a refusal already named', new SyncError('wrong-passphrase'), 'wrong-passphrase'],
])('%s', (_, error, fault) => {
  expect(faultOf(error)).toBe(fault);
});
