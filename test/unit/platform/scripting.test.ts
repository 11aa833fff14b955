// The extractor is loaded once per page: a re-save of the same document runs the function it
// installed, without loading its 90 kB again; a tab that navigated gets it loaded afresh.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Capture } from '../../../src/core/item/model';
import { extractFromTab } from '../../../src/platform/scripting';
import { installExtensionApis } from '../fake-extension-apis';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const apis = installExtensionApis();
const capture = { url: 'https://blog.example.org/a', kind: 'article', text: 'Words' } as Capture;

/** A tab whose document can change (navigation); the extractor is installed per document. */
function tab() {
  const state = { document: 'doc-1', installedIn: new Set<string>(), loads: 0 };
  apis.scripting.executeScript.mockImplementation(
    async (injection: { target: { documentIds?: string[] }; files?: string[] }) => {
      if (injection.files) {
        state.loads += 1;
        state.installedIn.add(state.document);
        return [{ result: undefined, documentId: state.document }];
      }
      const wanted = injection.target.documentIds?.[0];
      if (wanted && wanted !== state.document) throw new Error(`No document with id ${wanted}`);
      return [{ result: state.installedIn.has(state.document) ? capture : null, documentId: state.document }];
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
