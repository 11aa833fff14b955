// A real WebDAV server for the sync tests: Apache httpd with mod_dav and mod_dav_fs (Debian's
// apache2 and apache2-utils; .ci/run installs them when missing), Basic auth from an htpasswd
// file, configured in a temporary folder on a free local port, started and stopped here.
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { request as httpRequest, createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const HTTPD = process.env.APACHE_PATH ?? '/usr/sbin/apache2';
const MODULES = '/usr/lib/apache2/modules';

async function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/**
 * Starts Apache serving a WebDAV folder at `http://localhost:<port>/dav/` for `user`/`password`.
 * Returns its address, the folder on disk, `stop()`, `start()` (again, same port and files),
 * `files()` (every file stored, path and bytes) and `close()`.
 */
export async function startWebdav({ user = 'ann', password = 'app-password-1' } = {}) {
  if (!existsSync(HTTPD)) throw new Error('Apache not found: apt-get install apache2 apache2-utils');
  const dir = mkdtempSync(join(tmpdir(), 'learnmark-dav-'));
  const data = join(dir, 'data');
  mkdirSync(data);
  mkdirSync(join(dir, 'lock'));
  const port = await freePort();
  execFileSync('htpasswd', ['-cbB', join(dir, 'htpasswd'), user, password], { stdio: 'ignore' });
  // As root Apache must run as another user; that user owns the files and the lock database.
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    chmodSync(dir, 0o755);
    for (const d of [data, join(dir, 'lock')]) chownSync(d, uidOf('www-data'), gidOf('www-data'));
  }
  const load = (name) => `LoadModule ${name}_module ${MODULES}/mod_${name}.so`;
  const conf = join(dir, 'httpd.conf');
  writeFileSync(
    conf,
    [
      ['mpm_event', 'authz_core', 'authn_core', 'authn_file', 'auth_basic', 'authz_user', 'dav', 'dav_fs', 'alias']
        .map(load)
        .join('\n'),
      `ServerRoot "${dir}"`,
      'ServerName localhost',
      `Listen 127.0.0.1:${port}`,
      `PidFile "${join(dir, 'httpd.pid')}"`,
      `ErrorLog "${join(dir, 'error.log')}"`,
      'LogLevel warn',
      asRoot ? 'User www-data\nGroup www-data' : '',
      `DAVLockDB "${join(dir, 'lock', 'davlock')}"`,
      'LimitRequestBody 0',
      `Alias /dav "${data}"`,
      `<Directory "${data}">`,
      '  Dav On',
      '  AuthType Basic',
      '  AuthName "Learnmark test"',
      `  AuthUserFile "${join(dir, 'htpasswd')}"`,
      '  Require valid-user',
      '</Directory>',
      '',
    ].join('\n'),
  );
  let proc = null;
  const start = async () => {
    proc = spawn(HTTPD, ['-f', conf, '-DFOREGROUND'], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env } });
    let stderr = '';
    proc.stderr.on('data', (chunk) => (stderr += chunk));
    for (let tries = 0; tries < 100; tries++) {
      if (proc.exitCode !== null) throw new Error(`Apache stopped: ${stderr}${readLog(dir)}`);
      const res = await fetch(`http://127.0.0.1:${port}/dav/`, { method: 'OPTIONS' }).catch(() => null);
      if (res) return;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    throw new Error(`Apache did not answer on port ${port}: ${stderr}${readLog(dir)}`);
  };
  const stop = async () => {
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((ok) => proc.once('exit', ok));
    proc.kill('SIGTERM');
    await exited;
  };
  await start();
  return {
    url: `http://localhost:${port}/dav/`,
    port,
    user,
    password,
    dir: data,
    start,
    stop,
    /** Every file the server stores, with its bytes, relative to the WebDAV root. */
    files: () => walk(data, ''),
    /** Changes the user's password on the server (Apache reads the file at each request). */
    setPassword: (next) => execFileSync('htpasswd', ['-bB', join(dir, 'htpasswd'), user, next], { stdio: 'ignore' }),
    close: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function walk(root, rel) {
  return readdirSync(join(root, rel)).flatMap((name) => {
    const path = rel ? `${rel}/${name}` : name;
    return statSync(join(root, path)).isDirectory()
      ? walk(root, path)
      : [{ path, bytes: readFileSync(join(root, path)) }];
  });
}

const readLog = (dir) => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '');
const uidOf = (name) => Number(execFileSync('id', ['-u', name]).toString().trim());
const gidOf = (name) => Number(execFileSync('id', ['-g', name]).toString().trim());

/**
 * A proxy in front of `target` (a startWebdav address) that passes every request through
 * unless told to fail: `fail(status, method?)` answers that status (to that method only, or to
 * all), `hang()` never answers (a slow server), `pass()` lets everything through again.
 * `hold(method, path)` keeps the next such request (path relative to the WebDAV root) until the
 * returned `release()`, and resolves `held` when it arrives: another writer can go first.
 * `answers` lists what the server answered: method, path (relative) and status.
 */
export async function startFaultProxy(target) {
  const to = new URL(target);
  let fault = null;
  let holding = null;
  const answers = [];
  const server = createHttpServer((req, res) => {
    if (fault && (!fault.method || fault.method === req.method)) {
      req.resume();
      if (fault.hang) return; // Never answered: the client's own timeout ends it.
      return res.writeHead(fault.status, { 'Content-Type': 'text/plain' }).end(`status ${fault.status}`);
    }
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://proxy').pathname).slice(to.pathname.length);
    if (holding && holding.method === req.method && holding.path === path) {
      const { arrived, released } = holding;
      holding = null;
      arrived();
      void released.then(() => forward(req, res, path));
      return;
    }
    forward(req, res, path);
  });
  const forward = (req, res, path) => {
    const out = httpRequest(
      {
        host: '127.0.0.1',
        port: to.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: to.host },
      },
      (answer) => {
        answers.push({ method: req.method, path, status: answer.statusCode });
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    out.on('error', () => res.writeHead(502).end());
    req.pipe(out);
  };
  const port = await freePort();
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return {
    url: `http://localhost:${port}${to.pathname}`,
    fail: (status, method) => (fault = { status, method }),
    hang: () => (fault = { hang: true }),
    pass: () => (fault = null),
    hold: (method, path) => {
      let arrived;
      let release;
      const held = new Promise((ok) => (arrived = ok));
      const released = new Promise((ok) => (release = ok));
      holding = { method, path, arrived, released };
      return { held, release };
    },
    answers,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(ok);
      }),
  };
}
