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
  close(): Promise<void>;
}
export function startWebdav(options?: { user?: string; password?: string }): Promise<WebdavServer>;
