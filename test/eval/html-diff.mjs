#!/usr/bin/env node
// Compares the readable HTML two builds stored for the evaluation pages, page by page: the
// folders that `LEARNMARK_EVAL_HTML_DIR=DIR npm run eval:extract` wrote for each build.
//
//   node test/eval/html-diff.mjs OLD_DIR NEW_DIR
//
// Prints one line per page whose HTML differs (or that has HTML in one build only) with where
// the two first differ, then `html-diff: N same, N differ, N only old, N only new`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [oldDir, newDir] = process.argv.slice(2);
if (!oldDir || !newDir) {
  console.error('usage: node test/eval/html-diff.mjs OLD_DIR NEW_DIR');
  process.exit(2);
}
const names = [...new Set([...readdirSync(oldDir), ...readdirSync(newDir)])].sort();
const count = { same: 0, differ: 0, onlyOld: 0, onlyNew: 0 };
for (const name of names) {
  const a = existsSync(join(oldDir, name)) ? readFileSync(join(oldDir, name), 'utf8') : null;
  const b = existsSync(join(newDir, name)) ? readFileSync(join(newDir, name), 'utf8') : null;
  if (a === b) count.same++;
  else if (b === null) {
    count.onlyOld++;
    console.log(`${name}: only in ${oldDir}`);
  } else if (a === null) {
    count.onlyNew++;
    console.log(`${name}: only in ${newDir}`);
  } else {
    count.differ++;
    let at = 0;
    while (at < a.length && a[at] === b[at]) at++;
    const show = (s) => JSON.stringify(s.slice(Math.max(0, at - 40), at + 80));
    console.log(
      `${name}: ${a.length} → ${b.length} chars, first difference at ${at}\n  old ${show(a)}\n  new ${show(b)}`,
    );
  }
}
console.log(
  `html-diff: ${count.same} same, ${count.differ} differ, ${count.onlyOld} only old, ${count.onlyNew} only new`,
);
