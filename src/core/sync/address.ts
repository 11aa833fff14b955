/**
 * The WebDAV folder a server address means. People paste what their browser shows: a
 * Nextcloud or ownCloud address (`https://cloud.example.org/apps/files/…`) has its files at
 * `remote.php/dav/files/<user>/`; any other address is taken as a WebDAV folder. Plain http is
 * refused but for this computer itself: the password and the data would cross the network in
 * the clear.
 */
export type DavAddress = { ok: true; candidates: string[] } | { ok: false; reason: 'not-web' | 'insecure' };

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

export function davAddress(input: string, user: string): DavAddress {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(input.trim()) ? input.trim() : `https://${input.trim()}`);
  } catch {
    return { ok: false, reason: 'not-web' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'not-web' };
  if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname)) return { ok: false, reason: 'insecure' };
  url.search = '';
  url.hash = '';
  url.username = '';
  url.password = '';
  const path = url.pathname;
  const slash = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  const files = (base: string) => `${url.origin}${slash(base)}remote.php/dav/files/${encodeURIComponent(user)}/`;
  const dav = /\/remote\.php\/(?:dav\/files\/[^/]+|webdav)(\/|$)/.test(path);
  // Already a WebDAV address, perhaps of a folder in it: taken as it is.
  if (dav) return { ok: true, candidates: [`${url.origin}${slash(path)}`] };
  const web = path.match(/^(.*?)\/(?:index\.php\/)?(?:apps|login|s)(?:\/|$)/);
  if (web) return { ok: true, candidates: [files(web[1]!)] };
  // A bare address: a WebDAV folder, or the home of a Nextcloud, whichever answers.
  return { ok: true, candidates: [`${url.origin}${slash(path)}`, files(path)] };
}
