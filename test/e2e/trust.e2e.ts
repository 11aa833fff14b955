// Trust boundaries, end to end in Chromium: what a page, a content script or a hostile value
// in the library can make the extension do.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { goal } from '../unit/goal-fixtures';
import { launch, readManifest, type Launched } from './harness.mjs';
import { item, seedRows } from './seed';

let h: Launched;

describe('a hostile value that slipped into the library cannot make a request', () => {
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('every extension page has a content security policy that loads nothing from outside', () => {
    const csp = (readManifest() as { content_security_policy?: { extension_pages?: string } }).content_security_policy
      ?.extension_pages;
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/img-src 'self' data:/);
    expect(csp).toMatch(/connect-src 'self'/);
  });

  test('a goal colour holding url(http://…) draws no beacon in the options page or the popup', async () => {
    const page = await h.ctx.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/src/options/index.html#goals`);
    await page.getByRole('button', { name: 'New goal' }).waitFor();
    // As an old backup could have restored it, before colours were checked field by field.
    const beacon = 'url(http://beacon.example/goal-color)';
    await seedRows(page, 'goals', [goal({ id: 'g-beacon', title: 'Beacon goal', color: beacon })]);
    await seedRows(page, 'items', [item({ title: 'Tied', savedAt: Date.now(), goalIds: ['g-beacon'] })]);
    const blocked: string[] = [];
    h.ctx.on('requestfailed', (req) => {
      if (req.url().includes('beacon.example')) blocked.push(req.failure()?.errorText ?? '');
    });
    await page.reload();
    await page.getByText('Beacon goal').first().waitFor();
    const popup = await h.ctx.newPage();
    await popup.goto(h.popupUrl(0));
    await popup.getByText('Beacon goal').first().waitFor();
    // The chip really carries the hostile value: the policy, not luck, stops the request.
    const chip = await popup.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('[style]')).map((e) => e.style.getPropertyValue('--chip')),
    );
    expect(chip).toContain(beacon);
    await popup.reload();
    await popup.getByText('Beacon goal').first().waitFor();
    // Chromium reports the attempt (the style asked for it) but the policy stopped it: nothing
    // left the browser, and every attempt failed as blocked by the policy.
    expect(h.server.hits.filter((hit) => hit.host.includes('beacon'))).toEqual([]);
    const attempts = h.guard.requests.filter((r) => r.url.includes('beacon.example'));
    await expect.poll(() => blocked.length).toBe(attempts.length);
    expect(new Set(blocked)).toEqual(new Set(['csp']));
  });
});
