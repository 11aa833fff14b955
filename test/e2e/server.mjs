// A local web server for end-to-end tests and the extraction evaluation.
//
// One port answers both http and https: the first byte of a connection tells them apart (a TLS
// handshake starts with 0x16). Chromium maps every host to this port with --host-resolver-rules,
// so pages are served at their real addresses (https://blog.example.org/…, http://fakehost/…) and
// content scripts match exactly as on the real sites. The certificate is self-signed, made with
// openssl at start-up into a temporary folder; Chromium runs with --ignore-certificate-errors.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
};

/** Makes a throw-away self-signed certificate (EC P-256: fast to generate). */
export function makeCertificate(dir = mkdtempSync(join(tmpdir(), 'learnmark-cert-'))) {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'].concat([
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      '/CN=learnmark-test',
    ]),
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** `host/path?query` of a URL, the key pages are served by (the scheme does not matter). */
export const routeKey = (url) => {
  const u = new URL(url);
  return `${u.hostname.toLowerCase()}${u.pathname}${u.search}`;
};

/**
 * Lists the evaluation pages of corpus folders: each `DIR/<id>/` holds `source.html` and
 * `expected.json` whose `url` is the address the page is served at.
 */
export function loadEvalPages(dirs) {
  const pages = [];
  for (const dir of dirs) {
    for (const id of readdirSync(dir).sort()) {
      const expectedFile = join(dir, id, 'expected.json');
      if (!existsSync(expectedFile)) continue;
      const { url } = JSON.parse(readFileSync(expectedFile, 'utf8'));
      pages.push({ id, url, file: join(dir, id, 'source.html') });
    }
  }
  return pages;
}

// Serve UTF-8 pages as such; anything else is left to the page's own <meta charset>.
const isUtf8 = (buf) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
};

/**
 * Starts the server. `fixturesDir/<host>/<path>` files are served by host and path (a folder
 * serves its index.html); `pages` ({url, file}) are served at their URLs. Page scripts are blocked
 * by a CSP header when `blockScripts` is set: captured pages then render as they were captured
 * instead of redirecting or rewriting themselves (extension scripts are not subject to it).
 */
export async function startServer({ fixturesDir, pages = [], blockScripts = false } = {}) {
  const routes = new Map(pages.map((p) => [routeKey(p.url), p.file]));
  // Pages given a `status` answer with it (error pages with a body, as real sites send them).
  const statuses = new Map(pages.filter((p) => p.status).map((p) => [routeKey(p.url), p.status]));
  // Pages given `hold` send half their body and no more: a page that never finishes loading.
  const held = new Set(pages.filter((p) => p.hold).map((p) => routeKey(p.url)));
  const hits = [];
  const findFile = (host, pathname, search) => {
    const routed = routes.get(`${host}${pathname}${search}`) ?? routes.get(`${host}${pathname}`);
    if (routed) return routed;
    if (!fixturesDir) return null;
    const root = resolve(fixturesDir, host);
    let file = resolve(root, `.${decodeURIComponent(pathname)}`);
    if (file !== root && !file.startsWith(root + sep)) return null;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    return existsSync(file) && statSync(file).isFile() ? file : null;
  };
  const handler = (req, res) => {
    const host = String(req.headers.host ?? '')
      .replace(/:\d+$/, '')
      .toLowerCase();
    const { pathname, search } = new URL(req.url ?? '/', 'http://x');
    const file = findFile(host, pathname, search);
    const status = statuses.get(`${host}${pathname}${search}`) ?? statuses.get(`${host}${pathname}`) ?? 200;
    hits.push({ host, path: pathname + search, status: file ? status : 404 });
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
      res.end('not found');
      return;
    }
    const body = readFileSync(file);
    const ext = file.slice(file.lastIndexOf('.'));
    let type = TYPES[ext] ?? 'application/octet-stream';
    if (type === 'text/html' && isUtf8(body)) type += '; charset=utf-8';
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    if (blockScripts) headers['content-security-policy'] = "script-src 'none'";
    res.writeHead(status, headers);
    if (held.has(`${host}${pathname}${search}`) || held.has(`${host}${pathname}`)) {
      res.write(body.subarray(0, body.length >> 1));
      return;
    }
    res.end(body);
  };
  const httpServer = http.createServer(handler);
  const httpsServer = https.createServer(makeCertificate(), handler);
  const sockets = new Set();
  const front = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.once('data', (first) => {
      socket.pause();
      if (first[0] !== 0x16) {
        socket.unshift(first);
        httpServer.emit('connection', socket);
        socket.resume();
        return;
      }
      // A TLS socket reads the connection's handle directly, past any unshifted bytes: hand
      // https connections to the TLS server's own (internal) port instead.
      const inner = net.connect(tlsPort, '127.0.0.1', () => {
        inner.write(first);
        socket.pipe(inner).pipe(socket);
        socket.resume();
      });
      inner.on('error', () => socket.destroy());
      socket.on('close', () => inner.destroy());
    });
  });
  await new Promise((ok) => httpsServer.listen(0, '127.0.0.1', ok));
  const tlsAddress = httpsServer.address();
  const tlsPort = typeof tlsAddress === 'object' && tlsAddress ? tlsAddress.port : 0;
  await new Promise((ok) => front.listen(0, '127.0.0.1', ok));
  const address = front.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    hits,
    /** Serves `file` at `url` from now on (several evaluation pages share one address). */
    setRoute: (url, file) => routes.set(routeKey(url), file),
    close: async () => {
      for (const s of sockets) s.destroy();
      httpsServer.closeAllConnections();
      await new Promise((ok) => httpsServer.close(() => ok(undefined)));
      await new Promise((ok) => front.close(() => ok(undefined)));
    },
  };
}

/** A port with nothing listening on it: connections to it are refused. */
export async function closedPort() {
  const probe = net.createServer();
  await new Promise((ok) => probe.listen(0, '127.0.0.1', ok));
  const address = probe.address();
  await new Promise((ok) => probe.close(ok));
  return typeof address === 'object' && address ? address.port : 1;
}
