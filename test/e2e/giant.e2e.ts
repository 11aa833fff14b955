// A giant page (about 5 MB, 50 000 paragraphs) is saved without trouble: the item keeps the
// text up to the cap and says it was shortened; the popup says so too.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, readItems, saveFromPopup, type Launched } from './harness.mjs';

const URL = 'https://huge.example.net/archive/everything.html';
let h: Launched;
let dir: string;

describe('a giant page', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'learnmark-giant-'));
    const file = join(dir, 'giant.html');
    const paragraph = (i: number) =>
      `<p>Paragraph ${i}: notes on indexes, query plans and the cost of random reads versus sequential scans.</p>`;
    const body = Array.from({ length: 50_000 }, (_, i) => paragraph(i)).join('\n');
    writeFileSync(
      file,
      `<!doctype html><html lang="en"><head><title>Everything we ever wrote</title></head><body><main><h1>Everything we ever wrote</h1>${body}</main></body></html>`,
    );
    h = await launch({ pages: [{ url: URL, file }] });
  });
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('is saved with its text cut at the cap, and says so', async () => {
    const tab = await h.ctx.newPage();
    await tab.goto(URL);
    const popup = await h.openPopupFor(tab);
    const outcome = await saveFromPopup(popup, { timeout: 60_000 });
    expect(outcome.state).toBe('saved');
    const [item] = await readItems(popup);
    expect(item).toMatchObject({ title: 'Everything we ever wrote', url: URL });
    expect(String(item!.text).length).toBe(200_000);
    expect(item!.text).toContain('Paragraph 0: notes on indexes');
    expect(Number(item!.textCutChars)).toBeGreaterThan(0);
    expect(await popup.getByTestId('saved-item').innerText()).toContain('long text shortened');
    // The page itself was not changed by reading it.
    expect(await tab.locator('p').count()).toBe(50_000);
  });
});
