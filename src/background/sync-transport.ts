import { createClient, type WebDAVClient } from 'webdav';
import { SyncError, type SyncFault } from '../core/sync/model';

/**
 * The person's WebDAV storage, through the `webdav` package (its fetch-based browser build,
 * which runs in the service worker). Requests time out, and the ones that may pass on a second
 * try (the server unreachable, busy or failing) are tried again with a growing pause; every
 * write is idempotent (a file's name says what it holds), so a retry never doubles anything.
 */
export interface Dav {
  /** The names of the folders in `path`. */
  folders(path: string): Promise<string[]>;
  /** A file's bytes, or null when there is no such file. */
  read(path: string): Promise<Uint8Array | null>;
  write(path: string, bytes: Uint8Array | string): Promise<void>;
  /** A file's version (its entity tag; null when the server gives none it can compare), or null when absent. */
  version(path: string): Promise<Version | null>;
  /** A file's bytes with their version, or null when there is no such file. */
  readVersioned(path: string): Promise<{ bytes: Uint8Array; version: Version } | null>;
  /**
   * Writes only over `expected` (If-Match), or only where there is no file (`null`:
   * If-None-Match: *); false when the file is not that any more (412), and nothing was written.
   */
  writeIf(path: string, bytes: Uint8Array | string, expected: Version | null): Promise<boolean>;
  /** Makes the folder, and its parents, unless it is there. */
  folder(path: string): Promise<void>;
  remove(path: string): Promise<void>;
}

/** A stored file's entity tag, strong; null when the server gives none (any write then goes). */
interface Version {
  etag: string | null;
}

const TIMEOUT_MS = 30_000;
const RETRY_PAUSES_MS = [500, 2_000, 5_000];

/**
 * How long a request may take and the pauses between tries: these constants, unless
 * `globalThis.__learnmarkSyncTiming` holds others. Only the end-to-end tests set it (as they
 * set the clock, platform/clock.ts), so a slow server is named in seconds, not minutes; it
 * lives in the worker's own global, out of reach of any page.
 */
declare global {
  var __learnmarkSyncTiming: { timeoutMs: number; pausesMs: number[] } | undefined;
}
const timing = () => globalThis.__learnmarkSyncTiming ?? { timeoutMs: TIMEOUT_MS, pausesMs: RETRY_PAUSES_MS };
/**
 * Apache gives a file changed less than a second ago a weak tag (W/"…"), which If-Match never
 * matches; a strong one follows once that second is over. A weak tag is asked again this long
 * after, once, before it is taken as "no tag" (some servers give only weak ones).
 */
const WEAK_TAG_PAUSE_MS = 1_100;
const WEAK_TAG_TRIES = 2;

export function connect(url: string, username: string, password: string): Dav {
  const client = createClient(url, { username, password });
  return davOf(client);
}

function davOf(client: WebDAVClient): Dav {
  const signal = () => ({ signal: AbortSignal.timeout(timing().timeoutMs) });
  const body = (bytes: Uint8Array | string) =>
    // The package's browser build measures an ArrayBuffer or a string, not a typed array.
    typeof bytes === 'string' ? bytes : bytes.slice().buffer;
  return {
    folders: (path) =>
      retrying(async () => {
        const list = await client.getDirectoryContents(path, signal());
        return list.filter((s) => s.type === 'directory').map((s) => s.basename);
      }),
    read: (path) =>
      retrying(async () => {
        try {
          const data = await client.getFileContents(path, { format: 'binary', ...signal() });
          return new Uint8Array(data as ArrayBuffer);
        } catch (error) {
          if (statusOf(error) === 404) return null;
          throw error;
        }
      }),
    write: (path, bytes) =>
      retrying(async () => {
        await client.putFileContents(path, body(bytes), { overwrite: true, ...signal() });
      }),
    version: (path) =>
      strongly(
        () =>
          retrying(async () => {
            try {
              const res = await client.customRequest(path, { method: 'HEAD', ...signal() });
              return { etag: res.headers.get('etag') };
            } catch (error) {
              if (statusOf(error) === 404) return null;
              throw error;
            }
          }),
        (got) => got,
      ),
    readVersioned: (path) =>
      strongly(
        () =>
          retrying(async () => {
            try {
              const res = await client.getFileContents(path, { format: 'binary', details: true, ...signal() });
              const { data, headers } = res as { data: ArrayBuffer; headers: Record<string, string> };
              return { bytes: new Uint8Array(data), version: { etag: headers.etag ?? null } };
            } catch (error) {
              if (statusOf(error) === 404) return null;
              throw error;
            }
          }),
        (got) => got?.version ?? null,
      ),
    writeIf: (path, bytes, expected) =>
      retrying(async () => {
        if (expected && !expected.etag) {
          await client.putFileContents(path, body(bytes), { overwrite: true, ...signal() });
          return true;
        }
        const headers: Record<string, string> = expected ? { 'If-Match': expected.etag! } : { 'If-None-Match': '*' };
        try {
          await client.putFileContents(path, body(bytes), { overwrite: true, headers, ...signal() });
          return true;
        } catch (error) {
          if (statusOf(error) === 412) return false;
          throw error;
        }
      }),
    folder: (path) =>
      retrying(async () => {
        if (!(await client.exists(path, signal())))
          await client.createDirectory(path, { recursive: true, ...signal() });
      }),
    remove: (path) =>
      retrying(async () => {
        try {
          await client.deleteFile(path, signal());
        } catch (error) {
          if (statusOf(error) !== 404) throw error;
        }
      }),
  };
}

const isWeak = (etag: string | null) => etag?.startsWith('W/') ?? false;

/** A read whose tag is weak is made again after a pause; still weak, the tag is dropped. */
async function strongly<T>(read: () => Promise<T>, versionOf: (got: T) => Version | null): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const got = await read();
    const version = versionOf(got);
    if (!version || !isWeak(version.etag)) return got;
    if (attempt >= WEAK_TAG_TRIES) {
      version.etag = null;
      return got;
    }
    await new Promise((ok) => setTimeout(ok, WEAK_TAG_PAUSE_MS));
  }
}

/**
 * Rewrites a file that others may rewrite too, without losing what they wrote: the write goes
 * only over the version this device last knew (If-Match, or If-None-Match: * where there was no
 * file); when the file changed meanwhile (412), it is read again and `make` is given what it
 * holds now, to merge in, before the next try.
 */
export async function rewrite(
  dav: Dav,
  path: string,
  make: (current: Uint8Array | null) => Promise<Uint8Array | string>,
): Promise<void> {
  let version = await dav.version(path);
  let current: Uint8Array | null = null;
  for (let attempt = 0; attempt < REWRITE_TRIES; attempt++) {
    if (await dav.writeIf(path, await make(current), version)) return;
    const read = await dav.readVersioned(path);
    current = read?.bytes ?? null;
    version = read?.version ?? null;
  }
  throw new SyncError('server-error', `${path} changed on every try`);
}
const REWRITE_TRIES = 5;

const statusOf = (error: unknown): number | null => {
  const status = (error as { status?: unknown; response?: { status?: unknown } } | null)?.status;
  return typeof status === 'number' ? status : null;
};

/** What a failed request means for the person. */
export function faultOf(error: unknown): SyncFault {
  if (error instanceof SyncError) return error.fault;
  const status = statusOf(error);
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 507 || status === 413) return 'no-space';
  if (status === 404 || status === 405 || status === 501) return 'not-webdav';
  if (status !== null) return 'server-error';
  const message = error instanceof Error ? error.message : String(error);
  // AbortSignal.timeout aborts with a TimeoutError: the server answers too slowly, not never.
  if ((error as { name?: unknown } | null)?.name === 'TimeoutError') return 'timeout';
  // Chromium's fetch says only "Failed to fetch" both for a server that does not answer and for
  // a certificate it does not trust (the page cannot learn which, by design), so both are
  // `unreachable`, whose message names both causes. An error that does name the certificate
  // is told apart.
  if (/CERT|certificate|SSL/i.test(message)) return 'certificate';
  if (/Invalid response|multistatus|XML|parse/i.test(message)) return 'not-webdav';
  return 'unreachable';
}

const passing = (fault: SyncFault) => fault === 'unreachable' || fault === 'timeout' || fault === 'server-error';

async function retrying<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const fault = faultOf(error);
      const pauses = timing().pausesMs;
      if (!passing(fault) || attempt >= pauses.length) throw new SyncError(fault, describe(error));
      await new Promise((ok) => setTimeout(ok, pauses[attempt]));
    }
  }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 200);
