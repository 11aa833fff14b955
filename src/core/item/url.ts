/**
 * URL rules: the dedupe key of an item is its normalised URL, so two links to the same
 * piece (with tracking parameters, a fragment, twitter.com instead of x.com) are one item.
 */

const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'igshid',
  'yclid',
  'trk',
  'trkinfo',
  'trackingid',
  'lipi',
  'licu',
  'ref_src',
  'ref_url',
]);
const TRACKING_PREFIXES = ['utm_', 'mc_'];
/** Share parameters X appends to a status link (`?s=20&t=abc`). */
const X_SHARE_PARAMS = new Set(['s', 't']);
const X_HOSTS = new Set(['twitter.com', 'www.twitter.com', 'mobile.twitter.com', 'mobile.x.com', 'www.x.com']);

/**
 * The one rule for "a web address": an http(s) URL, resolved against `base` when given. Every
 * layer asks here (links shown, captures, canonical addresses, tracked pages, site rules).
 */
export function httpUrl(value: unknown, base?: string): URL | null {
  if (typeof value !== 'string') return null;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}

export function isHttpUrl(value: unknown): value is string {
  return httpUrl(value) !== null;
}

/** Returns the dedupe form of an http(s) URL, or null when it is not one. */
export function normalizeUrl(input: string): string | null {
  const url = httpUrl(input.trim());
  if (!url) return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  // URL already lower-cases the host and drops default ports; strip a trailing dot.
  url.hostname = url.hostname.replace(/\.$/, '');
  if (X_HOSTS.has(url.hostname)) url.hostname = 'x.com';
  const isX = url.hostname === 'x.com';
  for (const key of [...url.searchParams.keys()]) {
    const k = key.toLowerCase();
    if (TRACKING_PARAMS.has(k) || TRACKING_PREFIXES.some((p) => k.startsWith(p)) || (isX && X_SHARE_PARAMS.has(k))) {
      url.searchParams.delete(key);
    }
  }
  url.searchParams.sort();
  let out = url.toString();
  if (!url.search && out.endsWith('?')) out = out.slice(0, -1);
  return out;
}

export type RestrictedReason = 'not-web' | 'browser-page' | 'web-store' | 'file';

const WEB_STORE_HOSTS = [
  'chromewebstore.google.com',
  'chrome.google.com',
  'microsoftedge.microsoft.com',
  'addons.mozilla.org',
];

/**
 * Why this URL cannot become an item, or null if it can. Browsers let no extension read their
 * own pages or the extension store; files on the computer are refused too, even where the
 * person allowed file access: an item is an address that opens anywhere, from any backup.
 */
export function restrictedReason(input: string | undefined): RestrictedReason | null {
  if (!input) return 'not-web';
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return 'not-web';
  }
  switch (url.protocol) {
    case 'http:':
    case 'https:':
      break;
    case 'file:':
      return 'file';
    case 'chrome:':
    case 'edge:':
    case 'about:':
    case 'chrome-extension:':
    case 'moz-extension:':
    case 'devtools:':
    case 'view-source:':
    case 'chrome-untrusted:':
    case 'chrome-search:':
      return 'browser-page';
    default:
      return 'not-web';
  }
  const host = url.hostname;
  if (host === 'chrome.google.com' && !url.pathname.startsWith('/webstore')) return null;
  if (WEB_STORE_HOSTS.includes(host)) return 'web-store';
  return null;
}

/** PDFs open in the browser's viewer, which extensions cannot read: we keep the address. */
export function looksLikePdf(input: string): boolean {
  try {
    return /\.pdf$/i.test(new URL(input).pathname);
  } catch {
    return false;
  }
}

/**
 * An address as a person reads it, for an item whose page gave no title of its own (a link kept
 * although its page did not load): host without `www.`, then the path, decoded, without a
 * trailing slash; no scheme, query or fragment. Empty for what is not a URL.
 */
export function displayAddress(input: string): string {
  try {
    const url = new URL(input);
    let path = url.pathname.replace(/\/+$/, '');
    try {
      path = decodeURIComponent(path);
    } catch {
      // Kept as written when it is not valid percent-encoding.
    }
    return `${url.hostname.replace(/^www\./, '')}${path}`;
  } catch {
    return '';
  }
}

/** The host an item shows as its site when the page names none: `www.` dropped. */
export function displayHost(input: string): string {
  try {
    return new URL(input).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
