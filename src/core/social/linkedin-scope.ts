/**
 * LinkedIn's newer (SDUI) feed hides a post's activity urn inside `data-view-tracking-scope`: a
 * JSON array whose breadcrumb holds either the urn (older Ember build) or a byte array of JSON
 * that does. Pure and bounded: the attribute comes from the page and is untrusted.
 */
import { TEXT_CAP } from '../text/cap';

/** No tracking-scope attribute worth decoding is longer than the text an item would keep. */
const MAX_SCOPE_CHARS = TEXT_CAP;
const ACTIVITY_URN = /urn:li:(activity|ugcPost|share):(\d{15,22})/;

/** Decodes a byte array (numbers 0–255) as UTF-8, or null when it is not one. */
export function decodeBytes(data: unknown): string | null {
  if (!Array.isArray(data) || data.length > MAX_SCOPE_CHARS) return null;
  const bytes = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const b: unknown = data[i];
    if (typeof b !== 'number' || !Number.isInteger(b) || b < 0 || b > 255) return null;
    bytes[i] = b;
  }
  return new TextDecoder().decode(bytes);
}

function urnIn(text: string | null | undefined): string | null {
  const m = text ? ACTIVITY_URN.exec(text) : null;
  return m ? `urn:li:${m[1]}:${m[2]}` : null;
}

/** The first `updateUrn` in a tracking-scope attribute value, or null. Never throws. */
export function urnFromTrackingScope(raw: string | null | undefined): string | null {
  if (!raw || raw.length > MAX_SCOPE_CHARS) return null;
  let scopes: unknown;
  try {
    scopes = JSON.parse(raw);
  } catch {
    return null;
  }
  for (const scope of Array.isArray(scopes) ? scopes : [scopes]) {
    const crumb = (scope as { breadcrumb?: { updateUrn?: unknown; content?: { data?: unknown } } } | null)?.breadcrumb;
    if (!crumb) continue;
    if (typeof crumb.updateUrn === 'string') return urnIn(crumb.updateUrn);
    const decoded = decodeBytes(crumb.content?.data);
    if (!decoded) continue;
    try {
      const inner = JSON.parse(decoded) as { updateUrn?: unknown };
      if (typeof inner.updateUrn === 'string') return urnIn(inner.updateUrn);
    } catch {
      // Not JSON: fall through to a plain search of the decoded text.
    }
    const found = urnIn(decoded);
    if (found) return found;
  }
  return null;
}

/** The permalink that opens one LinkedIn post in either build. */
export function linkedInPermalink(urn: string): string | null {
  const m = ACTIVITY_URN.exec(urn);
  return m ? `https://www.linkedin.com/feed/update/urn:li:${m[1]}:${m[2]}/` : null;
}
