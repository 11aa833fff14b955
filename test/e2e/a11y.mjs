// Accessibility checks with axe-core, run inside a page of the built extension.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Serious and critical axe violations on `page`, as `id: target` strings (empty when clean); only
 * within the elements `include` selects (with their open shadow trees) when it is given.
 * The source is evaluated over CDP: extension pages' CSP forbids inline script tags.
 */
export async function seriousViolations(page, include) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async (selector) => {
    const r = await axe.run(selector ? { include: [selector] } : document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, include);
  return result
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.targets.join(', ')}`);
}
