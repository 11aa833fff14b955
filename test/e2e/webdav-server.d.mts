// Types for webdav-server.mjs.
export interface WebdavServer {
  /** `http://localhost:<port>/dav/` */
  url: string;
  port: number;
  user: string;
  password: string;
  /** The folder on disk the server stores into. */
  dir: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  files(): { path: string; bytes: Buffer }[];
  /** Changes the user's password on the server, as a person does in Nextcloud. */
  setPassword(next: string): void;
  close(): Promise<void>;
}
export function startWebdav(options?: { user?: string; password?: string }): Promise<WebdavServer>;

export interface FaultProxy {
  /** The WebDAV folder's address through the proxy. */
  url: string;
  fail(status: number, method?: string): void;
  hang(): void;
  pass(): void;
  /** Keeps the next `method` request to `path` (relative to the WebDAV root) until `release()`. */
  hold(method: string, path: string): { held: Promise<void>; release: () => void };
  /** What the server answered, in order. */
  answers: { method: string; path: string; status: number }[];
  close(): Promise<void>;
}
export function startFaultProxy(target: string): Promise<FaultProxy>;
