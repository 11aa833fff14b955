import { expect, test } from 'vitest';
import { markWords } from '../../../../src/core/library/mark';

const marked = (text: string, query: string | null) =>
  markWords(text, query)
    .map((r) => (r.hit ? `[${r.text}]` : r.text))
    .join('');

test.each([
  ['Query planner notes', null, 'Query planner notes'],
  ['Query planner notes', '', 'Query planner notes'],
  ['Query planner notes', 'query', '[Query] planner notes'],
  ['Query planner notes', 'notes plan', 'Query [planner] [notes]'],
  ['Café crème', 'cafe', '[Café] crème'],
  ['Don’t guess, measure', 'dont', '[Don’t] guess, measure'],
  ['replanned plan', 'plan ', 'replanned [plan]'],
])('%s with %j: %s', (text, query, expected) => {
  expect(marked(text, query)).toBe(expected);
});
