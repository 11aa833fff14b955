/**
 * Collects the raw metadata candidates of a document (meta tags, JSON-LD, canonical link,
 * bylines, <time>s) for the pure merge in core/metadata. Reads only; every loop is bounded.
 */
import { metaKey, type MetaSources, type ReadabilityMeta } from '../../core/capture/metadata';

const MAX_META = 1_000;
const MAX_LD_CHARS = 1_000_000;
const MAX_ITEMPROP = 300;

function add(map: Record<string, string[]>, key: string | null, value: string | null) {
  if (!key || value == null) return;
  const k = metaKey(key);
  if (!k || k === '__proto__') return;
  (map[k] ??= []).push(value);
}

function short(el: Element, max = 200): string | null {
  const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return t && t.length <= max ? t : null;
}

function readMeta(doc: Document, meta: Record<string, string[]>) {
  const metas = Array.from(doc.querySelectorAll('meta')).slice(0, MAX_META);
  // One pass per attribute: a key's `property` (RDFa) values come before its `name` values.
  for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
    for (const el of metas) {
      // LinkedIn and some old pages write `value=` instead of `content=`.
      const value = el.getAttribute('content') ?? el.getAttribute('value');
      for (const key of (el.getAttribute(attr) ?? '').split(/\s+/)) if (key) add(meta, key, value);
    }
  }
}

function readItemprops(doc: Document, meta: Record<string, string[]>, bylines: string[]) {
  const els = doc.querySelectorAll('[itemprop]:not(meta)');
  for (let i = 0; i < els.length && i < MAX_ITEMPROP; i++) {
    const el = els[i]!;
    for (const prop of (el.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/)) {
      if (prop === 'author' || prop === 'creator') {
        const name = el.querySelector('[itemprop~="name"]');
        const v = (name && short(name)) ?? el.getAttribute('content') ?? short(el);
        if (v) bylines.push(v);
      } else if (prop === 'publisher') {
        const name = el.querySelector('[itemprop~="name"]');
        add(meta, 'itemprop:publisher', name?.getAttribute('content') ?? (name && short(name, 100)));
      } else if (prop === 'datepublished' || prop === 'datecreated' || prop === 'headline') {
        // <abbr title="2024-02-03T20:38:00Z"> is the microformats way to give a machine date.
        const attr =
          el.getAttribute('content') ??
          el.getAttribute('datetime') ??
          (el.tagName === 'ABBR' ? el.getAttribute('title') : null);
        add(meta, prop, attr ?? short(el));
      }
    }
  }
}

function readJsonLd(doc: Document): unknown[] {
  const out: unknown[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const raw = s.textContent ?? '';
    if (!raw.trim() || raw.length > MAX_LD_CHARS) continue;
    try {
      // Some CMSs wrap the JSON in an HTML comment or CDATA.
      out.push(JSON.parse(raw.replace(/^\s*(?:<!--|(?:\/\/\s*)?<!\[CDATA\[)|(?:-->|(?:\/\/\s*)?\]\]>)\s*$/g, '')));
    } catch {
      // Malformed blocks are common; the other sources still count.
    }
  }
  return out;
}

function readTimes(doc: Document): string[] {
  const sel = 'time[datetime], [pubdate][datetime]';
  const main = Array.from(doc.querySelectorAll(`article ${sel.replace(', ', ', article ')}`)).slice(0, 5);
  const all = Array.from(doc.querySelectorAll(sel)).slice(0, 5);
  return [...main, ...all].map((t) => t.getAttribute('datetime') ?? '').filter(Boolean);
}

/** Lines read around the heading, and the longest kept: a date line is short. */
const MAX_HEADER_LINES = 40;
const MAX_HEADER_LINE = 80;
/** A paragraph this long is the article itself: the header is over. */
const BODY_PARAGRAPH = 200;

const lineOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Short lines of text near the article's heading (its <header>, else the heading's parent, or
 * grandparent when the parent holds the heading alone) up to where the article's paragraphs
 * start, and `<time>`s without a machine date: where a page that gives no machine-readable
 * date shows one ("Dec 19, 2016").
 */
function readHeaderTexts(doc: Document): string[] {
  const heading = doc.querySelector('article h1') ?? doc.querySelector('h1');
  let scope = heading?.closest('header') ?? heading?.parentElement ?? null;
  if (heading && scope && lineOf(scope) === lineOf(heading)) scope = scope.parentElement;
  const out: string[] = [];
  const take = (el: Element) => {
    const text = lineOf(el);
    if (text && text.length <= MAX_HEADER_LINE && out.length < MAX_HEADER_LINES) out.push(text);
  };
  const els = scope ? scope.querySelectorAll('time, p, span, div, li, a') : [];
  for (let i = 0; i < els.length && out.length < MAX_HEADER_LINES; i++) {
    const el = els[i]!;
    if (el.localName === 'p' && lineOf(el).length > BODY_PARAGRAPH) break;
    // Leaf-like lines only: a block's text is its children's, read on their own.
    if (el.childElementCount <= 2 && !el.contains(heading ?? null)) take(el);
  }
  for (const t of Array.from(doc.querySelectorAll('article time:not([datetime])')).slice(0, 3)) take(t);
  return out;
}

export function collectSources(doc: Document, url: string, readability: ReadabilityMeta | null): MetaSources {
  const meta = Object.create(null) as Record<string, string[]>;
  const bylines: string[] = [];
  readMeta(doc, meta);
  readItemprops(doc, meta, bylines);
  for (const a of Array.from(doc.querySelectorAll('a[rel~="author"], [rel~="author"]')).slice(0, 3)) {
    const v = short(a, 100);
    if (v) bylines.push(v);
  }
  const canonical = doc.querySelector('link[rel~="canonical" i][href]');
  return {
    url,
    htmlLang: doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang') ?? null,
    docTitle: doc.title || null,
    jsonLd: readJsonLd(doc),
    meta,
    canonicalLink: canonical?.getAttribute('href') ?? null,
    bylines,
    times: readTimes(doc),
    headerTexts: () => readHeaderTexts(doc),
    readability,
  };
}
