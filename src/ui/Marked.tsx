import { markWords } from '../core/library/mark';

/** A text with the words a search found marked (search's rules: core/library/mark). */
export function Marked({ text, query }: { text: string; query: string | null | undefined }) {
  return <>{markWords(text, query ?? null).map((run, i) => (run.hit ? <mark key={i}>{run.text}</mark> : run.text))}</>;
}
