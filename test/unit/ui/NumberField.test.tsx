// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test, vi } from 'vitest';
import { NumberField } from '../../../src/ui/NumberField';
import { renderRoot } from './render-root';

const rootOf = renderRoot();

const field = () => rootOf().querySelector('input')!;
const draw = (
  value: number | string | null,
  props: { onDraft?: (t: string) => void; onCommit?: (t: string) => void } = {},
) => act(() => render(<NumberField aria-label="Budget" value={value} {...props} />, rootOf()));
const type = (text: string) =>
  act(() => {
    field().value = text;
    field().dispatchEvent(new Event('input', { bubbles: true }));
  });
const commit = () => act(() => void field().dispatchEvent(new Event('change', { bubbles: true })));

test('what is typed survives a redraw with the same stored value', async () => {
  await draw(30);
  expect(field().value).toBe('30');
  await type('4');
  await draw(30); // settings or goals arrive while the person types
  expect(field().value).toBe('4');
  await type('45');
  await draw(30);
  expect(field().value).toBe('45');
});

test('the draft gives way once the stored value changes; an empty value shows an empty field', async () => {
  await draw(30);
  await type('45');
  await draw(45); // the commit was saved
  expect(field().value).toBe('45');
  await draw(60); // changed elsewhere
  expect(field().value).toBe('60');
  await draw(null);
  expect(field().value).toBe('');
});

test('the commit gets the typed text; a refused commit keeps it to correct', async () => {
  const onCommit = vi.fn();
  await draw(30, { onCommit });
  await type('0');
  await commit();
  expect(onCommit).toHaveBeenCalledWith('0');
  await draw(30, { onCommit });
  expect(field().value).toBe('0');
});

test("a form's own draft hears each keystroke, and the field shows the form's value", async () => {
  let value = '';
  const onDraft = vi.fn((text: string) => (value = text));
  await draw(value, { onDraft });
  await type('12');
  expect(onDraft).toHaveBeenLastCalledWith('12');
  await draw(value, { onDraft });
  expect(field().value).toBe('12');
  await draw('', { onDraft }); // the form was reset after a save
  expect(field().value).toBe('');
});
