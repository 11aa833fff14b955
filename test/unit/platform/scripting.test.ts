// The extractor is loaded once per page: a re-save of the same document runs the function it
// installed, without loading its 90 kB again; a tab that navigated gets it loaded afresh.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Capture } from '../../../src/core/item/model';
import { extractFromTab, readAheadInTab } from '../../../src/platform/scripting';
import { installExtensionApis } from '../fake-extension-apis';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const apis = installExtensionApis();
const capture = { url: 'https://blog.example.org/a', kind: 'article', text: 'Words' } as Capture;

/** A tab whose document can change (navigation); the extractor is installed per document. */
function tab() {
  const state = { document: 'doc-1', installedIn: new Set<string>(), loads: 0, readAhead: 0 };
  apis.scripting.executeScript.mockImplementation(
    async (injection: { target: { documentIds?: string[] }; files?: string[]; func?: () => unknown }) => {
      if (injection.files) {
        state.loads += 1;
        state.installedIn.add(state.document);
        return [{ result: undefined, documentId: state.document }];
      }
      const wanted = injection.target.documentIds?.[0];
      if (wanted && wanted !== state.document) throw new Error(`No document with id ${wanted}`);
      const installed = state.installedIn.has(state.document);
      if (String(injection.func).includes('__learnmarkReadAhead')) {
        if (installed) state.readAhead += 1;
        return [{ result: installed ? true : null, documentId: state.document }];
      }
      return [{ result: installed ? capture : null, documentId: state.document }];
    },
  );
  return state;
}

beforeEach(async () => {
  vi.clearAllMocks();
  await fakeBrowser.storage.session.clear();
});

describe('extractFromTab', () => {
  test('loads the extractor once per document, and again after the tab navigates', async () => {
    const page = tab();
    expect(await extractFromTab(7)).toEqual(capture);
    expect(await extractFromTab(7)).toEqual(capture);
    expect(page.loads).toBe(1);
    page.document = 'doc-2';
    expect(await extractFromTab(7)).toEqual(capture);
    expect(page.loads).toBe(2);
    // The first save of a page costs what it did: load, then run (two calls, no probe).
    expect(apis.scripting.executeScript).toHaveBeenCalledTimes(2 + 1 + 3);
  });

  test('a page the browser refuses to run scripts in is reported as such', async () => {
    apis.scripting.executeScript.mockRejectedValue(new Error('Cannot access contents of the page'));
    await expect(extractFromTab(8)).rejects.toMatchObject({ reason: 'script-refused' });
  });
});

describe('readAheadInTab', () => {
  test('the popup opening loads the extractor and has it read the page; the save on click loads nothing', async () => {
    const page = tab();
    expect(await readAheadInTab(7)).toBe(true);
    expect(page).toMatchObject({ loads: 1, readAhead: 1 });
    expect(await extractFromTab(7)).toEqual(capture);
    expect(page.loads).toBe(1);
    // Opened again on the same page: read again, in the extractor already there.
    expect(await readAheadInTab(7)).toBe(true);
    expect(page).toMatchObject({ loads: 1, readAhead: 2 });
    // After the tab navigated: loaded into the new page.
    page.document = 'doc-2';
    expect(await readAheadInTab(7)).toBe(true);
    expect(page).toMatchObject({ loads: 2, readAhead: 3 });
  });

  test('a save clicked while the read ahead is still loading the extractor waits for that load', async () => {
    const page = tab();
    const ahead = readAheadInTab(7);
    expect(await extractFromTab(7)).toEqual(capture);
    expect(await ahead).toBe(true);
    expect(page.loads).toBe(1);
  });

  test('a page the browser refuses to script reads nothing ahead, and says so', async () => {
    apis.scripting.executeScript.mockRejectedValue(new Error('Cannot access contents of the page'));
    expect(await readAheadInTab(8)).toBe(false);
  });
});
