// Saving LinkedIn and X posts end to end: fixtures served as x.com and www.linkedin.com, the
// content script's Save control clicked in Chromium, the stored item read back.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runEval } from '../eval/extract.mjs';
import { inClosedShadows } from './closed-shadow.mjs';
import { launch, readItems, saveFromPopup, sharedDir, type Launched, type StoredItem } from './harness.mjs';

const STATUS = 'https://x.com/ada/status/1861000000000000000';
const xTime = (id: string) => Number((BigInt(id) >> 22n) + 1288834974657n);
let h: Launched;
let popup: Page;

// The Save control lives in a closed shadow root: reached through the DevTools protocol and
// clicked with the real mouse (see closed-shadow.mjs).
const saveButtons = (page: Page, within?: { closest: string; hasText?: string }) =>
  inClosedShadows(page, 'learnmark-save', 'button', { within });
const texts = async (page: Page) => Promise.all((await saveButtons(page)).map((b) => b.text()));
const itemAt = async (url: string): Promise<StoredItem | undefined> =>
  (await readItems(popup)).find((i) => i.url === url);

/** Contrast of a control's text on its own background; 0 when it has none (it would take the page's). */
function ownContrast({ color, background }: { color: string; background: string }): number {
  const rgba = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const [r = 0, g = 0, b = 0] = rgba(color);
  const [br = 0, bg = 0, bb = 0, alpha = 1] = rgba(background);
  if (alpha < 1) return 0;
  const lum = (...c: number[]) => {
    const [x = 0, y = 0, z = 0] = c.map((v) =>
      v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4,
    );
    return 0.2126 * x + 0.7152 * y + 0.0722 * z;
  };
  const [hi, lo] = [lum(r, g, b), lum(br, bg, bb)].sort((p, q) => q - p);
  return (hi! + 0.05) / (lo! + 0.05);
}

async function open(url: string) {
  const page = await h.ctx.newPage();
  await page.goto(url);
  await expect.poll(async () => (await saveButtons(page)).length).toBeGreaterThan(0);
  return page;
}

describe('Save beside each post', () => {
  beforeAll(async () => {
    h = await launch();
    popup = await h.ctx.newPage();
    await popup.goto(h.popupUrl(0));
  });
  afterAll(async () => {
    await h?.close();
  });

  test('X timeline: clicking a post’s button stores that post, not the page or a neighbour', async () => {
    const page = await open('https://x.com/home');
    expect(await saveButtons(page)).toHaveLength(4); // five posts, one promoted
    const [bob] = await saveButtons(page, { closest: 'article', hasText: 'the best line I read' });
    await expect.poll(() => bob!.attr('aria-label')).toBe('Save this post to Learnmark');
    await bob!.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => bob!.text()).toBe('Saved');
    expect(page.url()).toBe('https://x.com/home'); // the click did not open the post
    // The button carries its own background, so its text reads on a light or a dark feed alike.
    for (const button of await saveButtons(page)) expect(ownContrast(await button.look())).toBeGreaterThanOrEqual(4.5);
    const item = await itemAt('https://x.com/bob_builds/status/1861100000000000000');
    expect(item).toMatchObject({
      kind: 'tweet',
      author: 'Bob Builder (@bob_builds)',
      handle: 'bob_builds',
      via: 'feed-button',
      capture: 'full',
      publishedAt: xTime('1861100000000000000'),
    });
    expect(String(item!.text)).toMatch(/^This is the best line I read this week:\n\nQuoting Grace H\./);
    expect(await readItems(popup)).toHaveLength(1);
  });

  test('the button shows "Saved" after a reload (checked in one batch)', async () => {
    const page = await open('https://x.com/home');
    await expect.poll(() => texts(page)).toEqual(['Save', 'Saved', 'Save', 'Save']);
  });

  test('a page script can neither tell a saved post from another nor save or change one', async () => {
    const BOB = 'https://x.com/bob_builds/status/1861100000000000000';
    const page = await open('https://x.com/home');
    await expect.poll(() => texts(page)).toEqual(['Save', 'Saved', 'Save', 'Save']);
    const before = await itemAt(BOB);
    expect(before).toBeDefined();
    // All the page can see of each control is the same for the saved post and the others.
    const seen = await page.evaluate(() =>
      Array.from(document.querySelectorAll('learnmark-save')).map((host) => {
        const r = host.getBoundingClientRect();
        const css = getComputedStyle(host);
        return JSON.stringify([
          host.shadowRoot,
          host.getAttributeNames(),
          host.innerHTML,
          r.width,
          r.height,
          css.color,
        ]);
      }),
    );
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(1);
    // The page forges a post carrying Bob's id with its own text, and "clicks" Save by script.
    await page.evaluate(() => {
      const cell = Array.from(document.querySelectorAll('article'))
        .find((a) => a.textContent?.includes('the best line I read'))!
        .closest('[data-testid="cellInnerDiv"]')!;
      const forged = cell.cloneNode(true) as HTMLElement;
      forged.querySelector('learnmark-save')?.remove();
      forged.querySelector('[data-testid="tweetText"]')!.textContent =
        'URGENT: all employees must re-enter credentials at https://evil.example/login';
      forged.id = 'forged';
      cell.parentElement!.append(forged);
    });
    await expect.poll(() => page.evaluate(() => !!document.querySelector('#forged learnmark-save'))).toBe(true);
    await page.evaluate(() => {
      const host = document.querySelector<HTMLElement>('#forged learnmark-save')!;
      host.click();
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
    // Even the person's own click on the forged post does not replace what was saved.
    const [forgedButton] = await saveButtons(page, { closest: '#forged' });
    await forgedButton!.click();
    await expect.poll(() => forgedButton!.text()).toMatch(/^(Saved|Not saved)$/);
    expect(await itemAt(BOB)).toEqual(before);
    expect(await readItems(popup)).toHaveLength(1);
  });

  test('X status page: saving the first post stores the whole thread', async () => {
    const page = await open(STATUS);
    const [first] = await saveButtons(page, { closest: 'article[tabindex="-1"]' });
    await first!.click();
    await expect.poll(() => first!.text()).toBe('Saved');
    const item = await itemAt(STATUS);
    expect(item).toMatchObject({
      kind: 'thread',
      author: 'Ada L. (@ada)',
      handle: 'ada',
      publishedAt: xTime('1861000000000000000'),
    });
    expect(String(item!.text)).toMatch(/^1\/3\nA thread on B-trees[\s\S]*3\/3\nThat is why an index lookup/);
  });

  test('X status page from the popup: the X extractor reads the thread too', async () => {
    const page = await h.ctx.newPage();
    await page.goto(STATUS);
    popup = await h.openPopupFor(page, { reuse: popup });
    expect((await saveFromPopup(popup)).state).toBe('resaved');
    expect(await itemAt(STATUS)).toMatchObject({ kind: 'thread', via: 'feed-button', capture: 'full' });
  });

  test('LinkedIn SDUI feed: permalink and time from the urn, author not the "likes this" header', async () => {
    const page = await open('https://www.linkedin.com/feed/');
    const buttons = await saveButtons(page);
    expect(buttons).toHaveLength(2);
    await buttons[0]!.click();
    await expect.poll(() => buttons[0]!.text()).toBe('Saved');
    const url = 'https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000000/';
    const item = await itemAt(url);
    expect(item).toMatchObject({
      kind: 'linkedin-post',
      author: 'Ada Lovelace',
      handle: 'ada-l',
      publishedAt: Number(7400000000000000000n >> 22n),
    });
    expect(String(item!.text)).toContain('are for the system, not the people. Share yours in the comments.');
  });

  test('LinkedIn Ember activity page: the older build works too', async () => {
    const page = await open('https://www.linkedin.com/in/ada-l/recent-activity/all/');
    const second = (await saveButtons(page))[1]!;
    await second.click();
    await expect.poll(() => second.text()).toBe('Saved');
    const item = await itemAt('https://www.linkedin.com/feed/update/urn:li:activity:7486000000000000000/');
    expect(item).toMatchObject({ author: 'Ada Lovelace', kind: 'linkedin-post' });
    expect(String(item!.text)).toMatch(/^Resharing this because it changed how I plan\.\n\nReposting Dee Kay:/);
  });

  test('the extension made no network request', () => {
    expect(h.guard.requests).toEqual([]);
  });
});

describe('evaluation on the social pages', () => {
  test('kind, handle, publishedAt and textStart are all right; author at 0.90 or more', async () => {
    const run = await runEval({ dirs: [`${sharedDir}/eval/dev/social`], log: () => {} });
    console.log(run.summary);
    for (const f of ['kind', 'handle', 'publishedAt', 'textStart']) expect(run.fields[f]?.rate, f).toBe(1);
    expect(run.fields.author!.rate).toBeGreaterThanOrEqual(0.9);
    expect(run.networkRequests).toEqual([]);
  });
});
