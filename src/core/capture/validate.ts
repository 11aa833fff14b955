/**
 * Checks a Capture that arrives from a content script. Pages are untrusted: every field is
 * type- and length-checked, addresses must be http(s), and anything else makes it invalid.
 */
import { ITEM_KINDS, type Capture } from '../item/model';
import { oneOf } from '../one-of';
import { httpUrl } from '../item/url';
import { CAPTURE_TEXT_CAP, HTML_CAP } from '../text/cap';

const URL_MAX = 2_048;
const FIELD_MAX = 2_000;
/** Posts are dated after 2000 and not in the far future; outside that a time is a bad read. */
const MIN_TIME = Date.UTC(2000, 0, 1);
const MAX_TIME = Date.UTC(2200, 0, 1);

function address(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > URL_MAX) return null;
  return httpUrl(value)?.href ?? null;
}

function text(value: unknown, max = FIELD_MAX): string | null | undefined {
  if (value == null) return null;
  return typeof value === 'string' && value.length <= max ? value : undefined;
}

/** The capture if every field is well-formed, else null. */
export function validateCapture(raw: unknown): Capture | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const url = address(r.url);
  const kind = oneOf(ITEM_KINDS, r.kind) ? r.kind : null;
  if (!url || !kind) return null;
  const canonicalUrl = r.canonicalUrl == null ? null : address(r.canonicalUrl);
  if (r.canonicalUrl != null && !canonicalUrl) return null;
  const t = r.publishedAt;
  const publishedAt = typeof t === 'number' && Number.isFinite(t) && t >= MIN_TIME && t <= MAX_TIME ? t : null;
  if (t != null && publishedAt === null) return null;
  const fields = {
    title: text(r.title),
    author: text(r.author, 500),
    siteName: text(r.siteName, 200),
    excerpt: text(r.excerpt),
    lang: text(r.lang, 35),
    handle: text(r.handle, 100),
    text: text(r.text, CAPTURE_TEXT_CAP),
    html: text(r.html, HTML_CAP),
  };
  if (Object.values(fields).some((v) => v === undefined)) return null;
  if (r.partial != null && typeof r.partial !== 'boolean') return null;
  return {
    url,
    kind,
    title: fields.title ?? null,
    author: fields.author ?? null,
    siteName: fields.siteName ?? null,
    excerpt: fields.excerpt ?? null,
    lang: fields.lang ?? null,
    handle: fields.handle ?? null,
    canonicalUrl,
    publishedAt,
    text: fields.text ?? '',
    html: fields.html ?? null,
    partial: r.partial === true,
  };
}
