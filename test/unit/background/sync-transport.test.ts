import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { connect, faultOf, rewrite } from '../../../src/background/sync-transport';
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

/**
 * Rewritten files through a fake server that keeps entity tags as Apache does: strong tags,
 * a weak one for `weakReads` reads after a write, If-Match and If-None-Match: * honoured
 * (412 otherwise). `beforePut` runs before each PUT is judged: another computer writing there.
 */
const files = new Map<string, { body: string; tag: number }>();
let tags = 0;
let weakReads = 0;
let sendTags = true;
let beforePut: ((path: string) => void) | null = null;
const puts: { path: string; ifMatch?: string; ifNoneMatch?: string; status: number }[] = [];
let server: Server;
let url = '';

const store = (path: string, body: string) => files.set(path, { body, tag: ++tags });
const etagOf = (tag: number) => (weakReads > 0 ? (weakReads--, `W/"${tag}"`) : `"${tag}"`);
const bodyOf = (req: IncomingMessage) =>
  new Promise<string>((ok) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => ok(body));
  });

beforeAll(async () => {
  server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
      const file = files.get(path);
      if (req.method === 'HEAD' || req.method === 'GET') {
        if (!file) return res.writeHead(404).end();
        res.writeHead(200, sendTags ? { ETag: etagOf(file.tag) } : {});
        return res.end(req.method === 'GET' ? file.body : undefined);
      }
      if (req.method !== 'PUT') return res.writeHead(405).end();
      const body = await bodyOf(req);
      beforePut?.(path);
      const now = files.get(path);
      const ifMatch = req.headers['if-match'];
      const ifNoneMatch = req.headers['if-none-match'];
      const refused = (ifMatch !== undefined && ifMatch !== `"${now?.tag}"`) || (ifNoneMatch === '*' && now);
      puts.push({ path, ifMatch, ifNoneMatch, status: refused ? 412 : 201 });
      if (refused) return res.writeHead(412).end();
      store(path, body);
      res.writeHead(201).end();
    })();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/dav/`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));
beforeEach(() => {
  files.clear();
  tags = 0;
  puts.length = 0;
  weakReads = 0;
  sendTags = true;
  beforePut = null;
});

const dav = () => connect(url, 'ann', 'pw');
/** Merges like the snapshot does: what is there now, then this device's own part. */
const appendMine = async (current: Uint8Array | null) =>
  current ? `${new TextDecoder().decode(current)}+mine` : 'mine';

test('a file rewritten elsewhere between the look and the write is read again and merged, never overwritten', async () => {
  store('/dav/f', 'old');
  beforePut = (path) => {
    beforePut = null;
    store(path, 'theirs');
  };
  await rewrite(dav(), '/f', appendMine);
  expect(files.get('/dav/f')?.body).toBe('theirs+mine');
  expect(puts.map((p) => [p.ifMatch, p.status])).toEqual([
    ['"1"', 412],
    ['"2"', 201],
  ]);
});

test('a file another computer makes while this one makes it too is not overwritten: If-None-Match, then merged', async () => {
  beforePut = (path) => {
    beforePut = null;
    store(path, 'theirs');
  };
  await rewrite(dav(), '/f', appendMine);
  expect(files.get('/dav/f')?.body).toBe('theirs+mine');
  expect(puts.map((p) => [p.ifNoneMatch ?? p.ifMatch, p.status])).toEqual([
    ['*', 412],
    ['"1"', 201],
  ]);
});

test('a create where nobody wrote goes at once; writeIf says false when the file is there', async () => {
  const client = dav();
  expect(await client.writeIf('/k', 'key', null)).toBe(true);
  expect(await client.writeIf('/k', 'other key', null)).toBe(false);
  expect(files.get('/dav/k')?.body).toBe('key');
});

test('a weak tag (a file changed within the second, on Apache) is asked again until it is strong', async () => {
  store('/dav/f', 'old');
  weakReads = 1;
  await rewrite(dav(), '/f', appendMine);
  expect(files.get('/dav/f')?.body).toBe('mine');
  expect(puts.map((p) => [p.ifMatch, p.status])).toEqual([['"1"', 201]]);
});

test('a server that gives no tags is written over as before', async () => {
  sendTags = false;
  store('/dav/f', 'old');
  await rewrite(dav(), '/f', appendMine);
  expect(puts.map((p) => [p.ifMatch, p.ifNoneMatch, p.status])).toEqual([[undefined, undefined, 201]]);
});

test('a file that changes on every try ends in a named fault, not a loop', async () => {
  store('/dav/f', 'old');
  beforePut = (path) => store(path, 'theirs');
  await expect(rewrite(dav(), '/f', appendMine)).rejects.toMatchObject({ fault: 'server-error' });
  expect(puts.every((p) => p.status === 412)).toBe(true);
});
