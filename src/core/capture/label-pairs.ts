/**
 * The Twitter card's label/data pairs (`twitter:label1` "Written by", `twitter:data1` "Ada
 * Lovelace"; `twitter:label2` "Est. reading time", `twitter:data2` "7 minutes"). LinkedIn
 * articles name their author only there, and Yoast SEO writes the same pairs on a great many
 * WordPress blogs. A pair is read by its label, never by its number: sites order them freely.
 */

/** Labels that introduce the author, as Yoast, LinkedIn and other tools write them. */
const AUTHOR_LABEL = /^(?:written by|author|authors|by|posted by|escrito por|écrit par|geschrieben von|scritto da)$/i;
/** Pairs a card carries; Twitter documents two, tools write a few more. */
const MAX_PAIRS = 4;

export interface LabelledValues {
  author: string | null;
}

const first = (meta: Record<string, string[]>, key: string) => meta[key]?.find((v) => v.trim())?.trim() ?? null;

/**
 * The author among the page's `twitter:labelN`/`twitter:dataN` pairs. Yoast's other pair, "Est.
 * reading time", is not used: the reading time is counted from the text actually captured.
 */
export function labelledValues(meta: Record<string, string[]>): LabelledValues {
  const out: LabelledValues = { author: null };
  for (let n = 1; n <= MAX_PAIRS; n++) {
    const label = first(meta, `twitter:label${n}`)
      ?.replace(/[:：]\s*$/, '')
      .trim();
    const data = first(meta, `twitter:data${n}`);
    if (!label || !data) continue;
    if (!out.author && AUTHOR_LABEL.test(label)) out.author = data;
  }
  return out;
}
