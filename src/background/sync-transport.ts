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
  /** Makes the folder, and its parents, unless it is there. */
  folder(path: string): Promise<void>;
  remove(path: string): Promise<void>;
}

const TIMEOUT_MS = 30_000;
const RETRY_PAUSES_MS = [500, 2_000, 5_000];

export function connect(url: string, username: string, password: string): Dav {
  const client = createClient(url, { username, password });
  return davOf(client);
}

function davOf(client: WebDAVClient): Dav {
  const signal = () => ({ signal: AbortSignal.timeout(TIMEOUT_MS) });
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
        // The package's browser build measures an ArrayBuffer or a string, not a typed array.
        const body = typeof bytes === 'string' ? bytes : bytes.slice().buffer;
        await client.putFileContents(path, body, { overwrite: true, ...signal() });
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
      if (!passing(fault) || attempt >= RETRY_PAUSES_MS.length) throw new SyncError(fault, describe(error));
      await new Promise((ok) => setTimeout(ok, RETRY_PAUSES_MS[attempt]));
    }
  }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 200);
