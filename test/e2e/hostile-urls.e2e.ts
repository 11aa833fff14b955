// Issue 11: an item whose address is javascript:, data: or file: is never opened. Files carrying
// such rows go through the real Options → Your data (a CSV import and a backup restore): the
// rows are named in the preview and never stored, and the links inside a restored item's
// readable copy are dropped. An item that holds such an address anyway (stored by an older
// build) shows as text in the popup, its search results, the library, the reader and the goal
// view, and no click on it opens a tab or runs the address.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { goal } from '../unit/goal-fixtures';
import { launch, POPUP_PATH, readItems, unfold, type Launched } from './harness.mjs';
import { item, seedRows } from './seed';

// Each would tell the server (or the page title) if it ever ran.
const JS = "javascript:fetch('https://marker.example/js');document.title='PWNED'";
const DATA = "data:text/html,<script>fetch('https://marker.example/data')</script>";
const FILE = 'file:///etc/hostname';
const HOSTILE = [JS, DATA, FILE];

let h: Launched;
let tmp: string;
let options: Page;
/** Every address any tab or frame went to, and every tab opened, from the start. */
const navigations: string[] = [];
const opened: string[] = [];

const own = () => `chrome-extension://${h.extensionId}/`;
const optionsUrl = (hash: string) => `${own()}src/options/index.html#${hash}`;

async function choose(name: string, content: string) {
  const file = join(tmp, name);
  writeFileSync(file, content);
  await options.getByLabel('Choose a file to import or restore').setInputFiles(file);
  await options.getByTestId('data-counts').waitFor();
  return options.getByTestId('data-preview').innerText();
}

/** Every link on the page goes to a web address or to the extension's own pages. */
async function linkTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll('a[href]'), (a) => (a as HTMLAnchorElement).href));
}
const safeTarget = (href: string) => /^https?:\/\//.test(href) || href.startsWith(own());

/** Clicks `target` as a person would; no tab opens and the page stays where it was. */
async function clickOpensNothing(page: Page, target: Locator) {
  const tabs = h.ctx.pages().length;
  const at = page.url();
  await target.click();
  // The page's own click handlers have run once a frame later (a new tab would be a page event).
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));
  expect(h.ctx.pages().length).toBe(tabs);
  expect(page.url()).toBe(at);
}

describe('javascript:, data: and file: addresses are never opened', () => {
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'learnmark-hostile-urls-'));
    h = await launch();
    h.ctx.on('page', (page) => {
      opened.push(page.url());
      page.on('framenavigated', (frame) => navigations.push(frame.url()));
    });
    options = await h.ctx.newPage();
    await options.goto(optionsUrl('data'));
    await options.getByRole('heading', { name: 'Your data' }).waitFor();
  });
  afterAll(async () => {
    await h?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  test('a CSV import names each such row and stores none of them', async () => {
    const csv = [
      'title,url,time_added,tags,status',
      ...HOSTILE.map((u, i) => `Row ${i},"${u.replaceAll('"', '""')}",1700000000,,unread`),
    ];
    csv.push('Fine,https://ok.example/fine,1700000000,,unread');
    const preview = await choose('hostile-urls.csv', csv.join('\n'));
    for (const line of [2, 3, 4]) expect(preview).toContain(`Line ${line}: not a web (http or https) address, skipped`);
    await options.getByRole('button', { name: 'Import 1 items' }).click();
    await options.getByTestId('data-result').waitFor();
    // The import opens the library on its one item in a tab of its own: waited for and closed
    // here, so no later check of the tabs a click opens can see it arrive.
    const library = () => h.ctx.pages().find((p) => p.url().includes('/src/library/index.html?'));
    await expect.poll(() => !!library()).toBe(true);
    await library()!.close();
    expect((await readItems(options)).map((i) => i.url)).toEqual(['https://ok.example/fine']);
  });

  test('a backup restore names each such row, and a restored copy keeps no such link', async () => {
    const base = { kind: 'article', savedAt: 1_700_000_000_000, goalIds: ['g-hostile'], text: 'Some text' };
    const backup = {
      format: 'learnmark-backup',
      version: 1,
      exportedAt: 1_700_000_000_000,
      items: [
        {
          ...base,
          id: 'h-ok',
          url: 'https://ok.example/reading',
          title: 'Restored reading',
          canonicalUrl: JS,
          html: `<p>Links: ${HOSTILE.map((u, i) => `<a href="${u.replaceAll('"', '&quot;')}">hostile ${i}</a>`).join(' ')}</p>`,
        },
        { ...base, id: 'h-js', url: JS, title: 'Bookmarklet' },
        { ...base, id: 'h-data', url: 'https://ok.example/data', originalUrl: DATA, title: 'Data page' },
        { ...base, id: 'h-file', url: FILE, title: 'Local file' },
      ],
      goals: [goal({ id: 'g-hostile', title: 'Hostile goal' })],
      activity: [],
      nudges: [],
      settings: {},
    };
    const preview = await choose('hostile-backup.json', JSON.stringify(backup));
    for (const n of [2, 3, 4]) expect(preview).toContain(`Item ${n}: not a web (http or https) address, skipped`);
    await options.getByRole('button', { name: 'Restore 1 items' }).click();
    await options.getByTestId('data-result').waitFor();
    const stored = await readItems(options);
    expect(stored.map((i) => i.id).sort()).toEqual(['h-ok', expect.any(String)].sort());
    for (const i of stored) expect([i.url, i.originalUrl].every((u) => /^https:\/\//.test(String(u)))).toBe(true);

    const reader = await h.ctx.newPage();
    await reader.goto(`${own()}src/reader/index.html?id=h-ok`);
    await reader.getByText('hostile 0').waitFor();
    expect((await linkTargets(reader)).filter((href) => !safeTarget(href))).toEqual([]);
    for (const n of [0, 1, 2]) await clickOpensNothing(reader, reader.getByText(`hostile ${n}`));
    await reader.close();
  });

  test('an item stored with such an address shows as text everywhere, and no click opens it', async () => {
    // As a build before the checks could have stored it.
    const legacy = item({ id: 'h-legacy', url: JS, originalUrl: JS, title: 'Legacy bookmarklet', savedAt: Date.now() });
    await seedRows(options, 'items', [{ ...legacy, goalIds: ['g-hostile'], text: 'Run this bookmarklet.' }]);
    const titles = (page: Page) => page.getByText('Legacy bookmarklet', { exact: true });

    const surfaces: [string, string, (page: Page) => Promise<void>][] = [
      ['popup', `${own()}${POPUP_PATH}`, (page) => unfold(page, 'upnext')],
      [
        'popup search',
        `${own()}${POPUP_PATH}`,
        async (page) => {
          await page.getByRole('searchbox', { name: 'Search everything you saved' }).fill('bookmarklet');
          await page.getByTestId('search-results').getByText('Legacy bookmarklet', { exact: true }).waitFor();
        },
      ],
      ['library', `${own()}src/library/index.html`, async () => {}],
      ['reader', `${own()}src/reader/index.html?id=h-legacy`, async () => {}],
      ['goal view', optionsUrl('goals/g-hostile'), async () => {}],
    ];
    for (const [name, url, reach] of surfaces) {
      const page = await h.ctx.newPage();
      await page.goto(url);
      await reach(page);
      await titles(page).first().waitFor();
      // Shown, as text: not inside a link of any kind.
      expect(await titles(page).evaluateAll((all) => all.map((e) => !!e.closest('a'))), name).not.toContain(true);
      expect(
        (await linkTargets(page)).filter((href) => !safeTarget(href)),
        name,
      ).toEqual([]);
      for (const shown of await titles(page).all()) await clickOpensNothing(page, shown);
      await page.close();
    }
  });

  test('nothing ran: no marker reached the server, no tab went to such an address', async () => {
    expect(h.server.hits.filter((hit) => hit.host.includes('marker'))).toEqual([]);
    const hostile = (u: string) => /^(javascript|data|file):/i.test(u);
    expect(navigations.filter(hostile)).toEqual([]);
    expect(opened.filter(hostile)).toEqual([]);
    const tabs = await h.sw.evaluate(() => chrome.tabs.query({}).then((all) => all.map((t) => t.url ?? '')));
    expect(tabs.filter(hostile)).toEqual([]);
    for (const page of h.ctx.pages()) expect(await page.title()).not.toBe('PWNED');
    expect(h.guard.requests).toEqual([]);
  });
});
