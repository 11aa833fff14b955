// highlight_anchor_p95_ms: 100 highlights re-anchored in a 200 000-character article (the text
// cap), each by its text-quote selector: half where they were, half after the text moved and its
// whitespace changed (the slower, collapsed match). Node, core/highlight/anchor.ts.
import { join } from 'node:path';
import { repoRoot } from '../e2e/harness.mjs';
import { importTs } from './ts-loader.mjs';

export async function benchHighlight(print) {
  const { anchorQuote, quoteAt } = await importTs(join(repoRoot, 'src/core/highlight/anchor.ts'));
  const sentences = Array.from({ length: 2_600 }, (_, i) => `Sentence ${i} says something about query plans.`);
  const text = sentences.join(' ').slice(0, 200_000);
  const quotes = Array.from({ length: 100 }, (_, i) => {
    const start = Math.floor((i / 100) * (text.length - 200));
    return quoteAt(text, start, start + 80);
  });
  const changed = `A new opening paragraph.\n\n${text.replace(/ says /g, '  says\n')}`;
  const times = [];
  for (let round = 0; round < 5; round++) {
    quotes.forEach((quote, i) => {
      const t0 = performance.now();
      anchorQuote(i % 2 ? changed : text, quote);
      times.push(performance.now() - t0);
    });
  }
  times.sort((a, b) => a - b);
  print('highlight_anchor_p95_ms', times[Math.floor(times.length * 0.95)].toFixed(1), 'ms');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchHighlight((name, value, unit) => console.log(`bench ${name} ${value} ${unit}`));
}
