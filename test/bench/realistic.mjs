// Realistic synthetic library content for benchmarks: titles, excerpts and article-length text
// from a vocabulary of working-life learning topics, deterministic (seeded) so runs compare.
const COMMON =
  'the of and to in a is that for it as with was on be by this are from or have an they which one you were all we can'.split(
    ' ',
  );
const TOPICS = (
  'query planner index database postgres performance latency cache memory thread async design system architecture ' +
  'team feedback manager meeting hiring interview career growth mentor learning practice habit review reading notes ' +
  'presentation talk audience story slide speaking leadership strategy product customer metric experiment data model ' +
  'python rust typescript testing deploy kubernetes cloud security privacy incident postmortem writing documentation'
).split(' ');
const SYLLABLES = 'ka lo mi ne ru ta shi ven dor pal qui zen bar tel fos gri mun sa'.split(' ');
/**
 * Real text follows Zipf's law: a few words everywhere, most words rare. The vocabulary is
 * common words, then 4 000 made-up words with the topic words spread among them (so a topic
 * word is in roughly 2 % to 45 % of items, as in a focused library); rank r has weight 1/r.
 */
const FILLER = Array.from(
  { length: 4000 },
  (_, i) => SYLLABLES[i % 17] + SYLLABLES[Math.floor(i / 17) % 17] + SYLLABLES[Math.floor(i / 289) % 17],
);
TOPICS.forEach((topic, i) => FILLER.splice(70 + i * 40, 0, topic));
const WORDS = [...COMMON, ...FILLER];
const CUMULATIVE = (() => {
  let sum = 0;
  return WORDS.map((_, r) => (sum += 1 / (r + 1)));
})();
function zipfWord(random) {
  const x = random() * CUMULATIVE[CUMULATIVE.length - 1];
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (CUMULATIVE[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return WORDS[lo];
}

export function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export function sentence(random, n) {
  const w = Array.from({ length: n }, () => zipfWord(random));
  w[0] = w[0][0].toUpperCase() + w[0].slice(1);
  return `${w.join(' ')}.`;
}

export function paragraphs(random, words) {
  const out = [];
  for (let left = words; left > 0; left -= 60)
    out.push(Array.from({ length: 4 }, () => sentence(random, 15)).join(' '));
  return out.join('\n\n');
}

/** `count` items in the shape of the items table, saved over the last year. */
export function makeItems(count, { now = Date.now(), goalIds = [], seed = 7, words = 600 } = {}) {
  const random = rng(seed);
  return Array.from({ length: count }, (_, i) => {
    const title = sentence(random, 8).slice(0, -1);
    const text = paragraphs(random, words);
    const savedAt = now - Math.floor(random() * 365 * 86_400_000);
    const done = random() < 0.3;
    return {
      id: `bench-${i}`,
      url: `https://site${i % 200}.example/post/${i}`,
      originalUrl: `https://site${i % 200}.example/post/${i}`,
      kind: 'article',
      title,
      author: 'Bench Author',
      siteName: `Site ${i % 200}`,
      excerpt: text.slice(0, 200),
      lang: 'en',
      handle: null,
      canonicalUrl: null,
      publishedAt: savedAt - 86_400_000,
      text,
      quote: null,
      wordCount: words,
      readingMinutes: Math.round(words / 230),
      goalIds: goalIds.length && random() < 0.2 ? [goalIds[i % goalIds.length]] : [],
      tags: [],
      status: done ? 'done' : 'unread',
      note: '',
      savedAt,
      updatedAt: savedAt,
      doneAt: done ? savedAt + 3_600_000 : null,
      engagedSeconds: 0,
      via: 'popup',
      capture: 'full',
      textCutChars: 0,
    };
  });
}
