/**
 * Merging a page's metadata sources into one value per field. The DOM side (content/extract)
 * only collects raw candidates; the precedence lives here so it is table-tested in Node.
 *
 * Precedence, first non-empty wins (see FIELD_ORDER below for the exact keys):
 *   JSON-LD main entity > Open Graph > Twitter card > meta name / itemprop (dc, parsely,
 *   sailthru, …) > the Twitter card's "Written by" pair > DOM byline / <time> > Readability >
 *   <title>; a date shown as text in the article's header comes last of the dates.
 */
import { cleanAuthor, joinAuthors } from './author';
import { pickDate, visibleDate } from './dates';
import { labelledValues } from './label-pairs';
import { pickCanonical } from './canonical';
import { readJsonLd } from './jsonld';
import { decodeEntities } from '../text/entities';
import { siteNameFromTitle, titleSimilarity } from './titles';

/** Raw candidates the DOM side found. Meta keys are lower-cased name/property/itemprop. */
export interface MetaSources {
  url: string;
  htmlLang: string | null;
  docTitle: string | null;
  jsonLd: unknown[];
  meta: Record<string, string[]>;
  /** `<link rel=canonical>` href as written. */
  canonicalLink: string | null;
  /** Texts of byline elements (`[rel=author]`, `[itemprop=author]`, `.byline` …), document order. */
  bylines: string[];
  /** `datetime` of `<time>` elements, the page's main content first. */
  times: string[];
  /**
   * Short lines of text around the article's heading, in order: where a page shows its date.
   * A function when reading them costs (a walk of the page): called only when no other source
   * gives a date.
   */
  headerTexts?: readonly string[] | (() => readonly string[]);
  readability: ReadabilityMeta | null;
}

export interface ReadabilityMeta {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  excerpt?: string | null;
  lang?: string | null;
}

export interface MergedMeta {
  title: string | null;
  author: string | null;
  siteName: string | null;
  publishedAt: number | null;
  excerpt: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  ogType: string | null;
  ldTypes: string[];
}

/**
 * The key a meta tag's name/property/itemprop is stored under: lower case, and Dublin Core's
 * spellings (`DC.title`, `dc:title`, `dcterm:title`) made one (`dc:title`, `dcterms:title`).
 */
export function metaKey(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/^dc\./, 'dc:')
    .replace(/^dcterms?[.:]/, 'dcterms:');
}

/** Meta keys per field, in precedence order. */
const FIELD_ORDER = {
  dcTitle: ['dc:title', 'dcterms:title'],
  title: ['twitter:title', 'title', 'parsely-title', 'sailthru.title'],
  author: ['dc:creator', 'dcterms:creator', 'author', 'article:author', 'parsely-author', 'sailthru.author', 'byl'],
  siteName: ['og:site_name', 'itemprop:publisher', 'application-name', 'apple-mobile-web-app-title'],
  date: [
    'article:published_time',
    'og:published_time',
    'og:article:published_time',
    'datepublished',
    'date',
    'pubdate',
    'publishdate',
    'publish-date',
    'publish_date',
    'article.published',
    'dc:date.issued',
    'dc:date',
    'dcterms:created',
    'dcterms:date',
    'parsely-pub-date',
    'sailthru.date',
    'datecreated',
    'uploaddate',
  ],
  excerpt: ['og:description', 'twitter:description', 'description', 'dc:description'],
  lang: ['og:locale', 'content-language', 'language', 'dc:language', 'inlanguage'],
} as const;

const tidy = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() ? decodeEntities(v).replace(/\s+/g, ' ').trim() : null;

function metaValues(
  meta: Record<string, string[]>,
  keys: readonly string[],
  ok: (v: string) => boolean = () => true,
): string[] {
  return keys.flatMap((k) => (meta[k] ?? []).map(tidy).filter((v): v is string => !!v && ok(v)));
}

function firstMeta(
  meta: Record<string, string[]>,
  keys: readonly string[],
  ok?: (v: string) => boolean,
): string | null {
  for (const k of keys) {
    const v = metaValues(meta, [k], ok)[0];
    if (v) return v;
  }
  return null;
}

/** `en_US` → `en-US`; rejects values that are not language tags. */
export function normalizeLang(value: string | null | undefined): string | null {
  const v = tidy(value)?.split(/[,;]/)[0]?.trim().replace(/_/g, '-');
  return v && /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(v) ? v : null;
}

const isUrl = (v: string) => /^(?:https?:)?\/\//i.test(v.trim());

/**
 * Of the JSON-LD headline/name and og:title, the one closest to the tab title: pages disagree
 * (a social-media variant, a subtitle) and the tab title is what the page calls itself. Ties
 * keep precedence order.
 */
function mainTitle(candidates: (string | null)[], docTitle: string | null): string | null {
  const list = candidates.filter((c): c is string => !!c);
  if (list.length < 2 || !docTitle) return list[0] ?? null;
  let best = list[0]!;
  for (const c of list.slice(1)) if (titleSimilarity(c, docTitle) > titleSimilarity(best, docTitle)) best = c;
  return best;
}

export function mergeMetadata(s: MetaSources): MergedMeta {
  const ld = readJsonLd(s.jsonLd);
  const r = s.readability ?? {};
  const m = s.meta;
  const docTitle = tidy(s.docTitle);
  // Every author value of the first key that has one: pages list co-authors as repeated metas.
  const metaAuthorKey = FIELD_ORDER.author.find((k) => metaValues(m, [k], (v) => !isUrl(v)).length);
  const author =
    joinAuthors(ld?.authors ?? []) ??
    (metaAuthorKey ? joinAuthors(metaValues(m, [metaAuthorKey], (v) => !isUrl(v))) : null) ??
    cleanAuthor(tidy(labelledValues(m).author)) ??
    cleanAuthor(r.byline) ??
    joinAuthors(ld?.creators ?? []) ??
    s.bylines.map(cleanAuthor).find(Boolean) ??
    null;
  const title =
    firstMeta(m, FIELD_ORDER.dcTitle) ??
    mainTitle([...(ld?.titles ?? []).map(tidy), firstMeta(m, ['og:title'])], docTitle) ??
    firstMeta(m, FIELD_ORDER.title) ??
    tidy(r.title) ??
    firstMeta(m, ['headline']) ??
    docTitle;
  return {
    title,
    author,
    siteName:
      tidy(ld?.publisher) ??
      firstMeta(m, FIELD_ORDER.siteName) ??
      tidy(ld?.website) ??
      tidy(r.siteName) ??
      siteNameFromTitle(docTitle, s.url),
    // A date shown as text comes last and is a day only, so no earlier date is ever matched to
    // it: it is read only when there is no other.
    publishedAt:
      pickDate([ld?.datePublished, ...metaValues(m, FIELD_ORDER.date), ...s.times, r.publishedTime]) ??
      pickDate([visibleDate(typeof s.headerTexts === 'function' ? s.headerTexts() : (s.headerTexts ?? []))]),
    excerpt: firstMeta(m, FIELD_ORDER.excerpt) ?? tidy(ld?.description) ?? tidy(r.excerpt),
    lang:
      normalizeLang(s.htmlLang) ??
      normalizeLang(firstMeta(m, FIELD_ORDER.lang)) ??
      normalizeLang(ld?.inLanguage) ??
      normalizeLang(r.lang),
    canonicalUrl: pickCanonical(s.canonicalLink, firstMeta(m, ['og:url']), ld?.url ?? null, s.url),
    ogType: firstMeta(m, ['og:type'])?.toLowerCase() ?? null,
    ldTypes: ld?.types ?? [],
  };
}
