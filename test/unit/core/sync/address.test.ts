import { expect, test } from 'vitest';
import { davAddress } from '../../../../src/core/sync/address';

test.each([
  ['https://cloud.example.org/apps/files/?dir=/', 'ann', ['https://cloud.example.org/remote.php/dav/files/ann/']],
  [
    'https://example.org/nextcloud/index.php/apps/files/',
    'ann',
    ['https://example.org/nextcloud/remote.php/dav/files/ann/'],
  ],
  ['cloud.example.org/remote.php/webdav', 'ann', ['https://cloud.example.org/remote.php/webdav/']],
  [
    'https://cloud.example.org/remote.php/dav/files/ann/Learnmark',
    'ann',
    ['https://cloud.example.org/remote.php/dav/files/ann/Learnmark/'],
  ],
  [
    'https://dav.example.org',
    'a b',
    ['https://dav.example.org/', 'https://dav.example.org/remote.php/dav/files/a%20b/'],
  ],
  [
    'http://127.0.0.1:8080/dav',
    'ann',
    ['http://127.0.0.1:8080/dav/', 'http://127.0.0.1:8080/dav/remote.php/dav/files/ann/'],
  ],
  [
    'https://ann:secret@dav.example.org/x?y=1#z',
    'ann',
    ['https://dav.example.org/x/', 'https://dav.example.org/x/remote.php/dav/files/ann/'],
  ],
])('%s (user %s) → %j', (input, user, candidates) => {
  expect(davAddress(input, user)).toEqual({ ok: true, candidates });
});

test.each([
  ['http://dav.example.org/', 'insecure'],
  ['javascript:alert(1)', 'not-web'],
  ['ftp://dav.example.org/', 'not-web'],
  ['https://', 'not-web'],
])('%s is refused: %s', (input, reason) => {
  expect(davAddress(input, 'ann')).toEqual({ ok: false, reason });
});
