// @vitest-environment jsdom
// The page read ahead when the popup opens is used on click only while the page is exactly as
// it was read: any change to it since, or to its address, and it is read again.
import { beforeEach, expect, test } from 'vitest';
import { readAhead } from '../../../../src/content/extract/read-ahead';

let address = 'https://blog.example.org/a';
let reads = 0;
const ahead = () =>
  readAhead(
    document,
    () => address,
    () => ({ read: ++reads, text: document.body.textContent }),
  );

beforeEach(() => {
  document.body.innerHTML = '<article><h1>Title</h1><p id="p">First words</p></article>';
  address = 'https://blog.example.org/a';
  reads = 0;
});

test('an unchanged page gives what was read ahead, without reading it again', () => {
  const page = ahead();
  expect(page.take()).toBeNull();
  page.prepare();
  expect(page.take()).toEqual({ read: 1, text: 'TitleFirst words' });
  expect(page.take()).toEqual({ read: 1, text: 'TitleFirst words' });
  expect(reads).toBe(1);
});

test.each([
  ['a node added', () => document.body.append(document.createElement('div'))],
  ['a node removed', () => document.getElementById('p')!.remove()],
  ['an attribute changed', () => document.getElementById('p')!.setAttribute('hidden', '')],
  ['a text changed', () => (document.getElementById('p')!.firstChild!.nodeValue = 'Other words')],
  ['the title changed', () => (document.title = 'Another title')],
  ['the address changed', () => (address = 'https://blog.example.org/b')],
])('%s since: nothing is taken, and reading ahead again reads the page as it is now', (_, change) => {
  const page = ahead();
  page.prepare();
  change();
  expect(page.take()).toBeNull();
  page.prepare();
  expect(page.take()).toMatchObject({ read: 2 });
});

test('a change delivered to the observer before the click drops it as well', async () => {
  const page = ahead();
  page.prepare();
  document.body.append('late text');
  await Promise.resolve();
  expect(page.take()).toBeNull();
});

test('a page that cannot be read keeps nothing and watches nothing', () => {
  const page = readAhead(
    document,
    () => address,
    () => {
      throw new Error('odd DOM');
    },
  );
  expect(() => page.prepare()).toThrow('odd DOM');
  expect(page.take()).toBeNull();
});
