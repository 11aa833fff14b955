/**
 * Reading schema.org JSON-LD: the blocks are walked as a graph (arrays, `@graph`, nested
 * objects, `@id` references) to find the page's main entity and the names of its author and
 * publisher. Input is what JSON.parse gave for each `<script type="application/ld+json">`.
 */
import { decodeEntities } from '../text/entities';

type Obj = Record<string, unknown>;

export interface LdInfo {
  types: string[];
  /** Headline, then name when it differs: pages sometimes put a subtitle in one of them. */
  titles: string[];
  /** From `author`; `creator` is often a CMS user name, so it is kept apart. */
  authors: string[];
  creators: string[];
  publisher: string | null;
  /** Name of the WebSite entity, a fallback site name. */
  website: string | null;
  datePublished: string | number | null;
  inLanguage: string | null;
  url: string | null;
  description: string | null;
}

const MAX_NODES = 2_000;
/** Main-entity tiers: written pieces first, then other works, then the page itself. */
const ARTICLE = /(?:Article|BlogPosting|Report|Posting)$/;
const WORK = /(?:Review|Recipe|HowTo|Episode|VideoObject|Course|Book|Movie|Question|Clip)$/;
const PAGE = /(?:WebPage|ItemPage|AboutPage|ProfilePage|CollectionPage|QAPage|FAQPage)$/;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function typesOf(o: Obj): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, ''));
}

function text(v: unknown): string | null {
  if (typeof v === 'string') return decodeEntities(v).trim() || null;
  if (Array.isArray(v)) return text(v[0]);
  if (isObj(v)) return text(v['@value'] ?? v['name']);
  return null;
}

/** Every object in the blocks, in document order, with `@id` index. Bounded by MAX_NODES. */
function collect(blocks: readonly unknown[]): { all: Obj[]; byId: Map<string, Obj> } {
  const all: Obj[] = [];
  const byId = new Map<string, Obj>();
  const stack: unknown[] = [...blocks].reverse();
  while (stack.length && all.length < MAX_NODES) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (isObj(v)) {
      all.push(v);
      const id = v['@id'];
      if (typeof id === 'string' && Object.keys(v).length > 1 && !byId.has(id)) byId.set(id, v);
      const children = Object.entries(v)
        .filter(([k]) => k !== '@context')
        .map(([, c]) => c);
      for (let i = children.length - 1; i >= 0; i--) if (typeof children[i] === 'object') stack.push(children[i]);
    }
  }
  return { all, byId };
}

function resolve(v: unknown, byId: Map<string, Obj>): unknown {
  if (isObj(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) return byId.get(v['@id']) ?? v;
  return v;
}

function names(v: unknown, byId: Map<string, Obj>, depth = 0): string[] {
  if (depth > 3) return [];
  const r = resolve(v, byId);
  if (typeof r === 'string') return [decodeEntities(r)];
  if (Array.isArray(r)) return r.flatMap((x) => names(x, byId, depth + 1));
  if (!isObj(r)) return [];
  const n = text(r['name']) ?? [text(r['givenName']), text(r['familyName'])].filter(Boolean).join(' ');
  return n ? [n] : [];
}

/** The main entity's fields. Articles beat pages; the first of a kind in document order wins. */
export function readJsonLd(blocks: readonly unknown[]): LdInfo | null {
  const { all, byId } = collect(blocks);
  if (!all.length) return null;
  const typed = all.filter((o) => typesOf(o).length);
  const tier = (re: RegExp) => typed.find((o) => typesOf(o).some((t) => re.test(t)) && (o['headline'] || o['name']));
  const main = tier(ARTICLE) ?? tier(WORK) ?? typed.find((o) => typesOf(o).some((t) => PAGE.test(t))) ?? null;
  const website = typed.find((o) => typesOf(o).includes('WebSite'));
  const org = typed.find((o) => typesOf(o).some((t) => /Organization$|NewsMediaOrganization/.test(t)));
  const pub = main ? (names(main['publisher'], byId)[0] ?? null) : null;
  const partOf = main ? names(main['isPartOf'], byId)[0] : undefined;
  return {
    types: [...new Set(typed.flatMap(typesOf))],
    titles: main ? [...new Set([text(main['headline']), text(main['name'])].filter((t): t is string => !!t))] : [],
    authors: main ? names(main['author'], byId) : [],
    creators: main ? names(main['creator'], byId) : [],
    publisher: pub,
    website: (website ? text(website['name']) : null) ?? partOf ?? (org ? text(org['name']) : null),
    datePublished: main
      ? (text(main['datePublished']) ?? text(main['dateCreated']) ?? text(main['uploadDate'])) || null
      : null,
    inLanguage: main ? text(main['inLanguage']) : website ? text(website['inLanguage']) : null,
    url: main ? text(main['url']) : null,
    description: main ? text(main['description']) : null,
  };
}
