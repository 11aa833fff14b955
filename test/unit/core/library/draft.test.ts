import { describe, expect, test } from 'vitest';
import type { Item } from '../../../../src/core/item/model';
import { changesOf, draftOf, rebaseDraft, type Draft } from '../../../../src/core/library/draft';

const base: Draft = { title: 'Query plans', tags: ['sql'], goalIds: ['g1'], note: '', status: 'unread' };
const d = (patch: Partial<Draft>): Draft => ({ ...base, ...patch });

describe('an item edited in two places', () => {
  test.each<[string, Partial<Draft>, Partial<Draft>, Partial<Draft>, boolean]>([
    // name, the draft's edits, the change made elsewhere, the draft after, whether it says so
    ['no edits: the other change shows at once, silently', {}, { title: 'Renamed' }, { title: 'Renamed' }, false],
    [
      'an edit elsewhere to a field not touched here shows, and the draft says the item changed',
      { note: 'My draft' },
      { title: 'Renamed' },
      { title: 'Renamed', note: 'My draft' },
      true,
    ],
    [
      'the same field changed in both: the draft keeps its words, and says so',
      { note: 'My draft' },
      { note: 'Their note', title: 'Renamed' },
      { title: 'Renamed', note: 'My draft' },
      true,
    ],
    [
      'arrays compare by value: a tag added here survives goals tied elsewhere',
      { tags: ['sql', 'postgres'] },
      { goalIds: ['g1', 'g2'] },
      { tags: ['sql', 'postgres'], goalIds: ['g1', 'g2'] },
      true,
    ],
    [
      'the draft’s own save coming back is no change to tell of',
      { title: 'Mine', note: 'Kept' },
      { title: 'Mine', note: 'Kept' },
      { title: 'Mine', note: 'Kept' },
      false,
    ],
  ])('%s', (_name, edits, elsewhere, after, says) => {
    const result = rebaseDraft(d(edits), base, d(elsewhere));
    expect(result.draft).toEqual(d(after));
    expect(result.changed).toBe(says);
  });

  test('a save writes only the fields the draft changed, so another page’s other fields stay', () => {
    expect(changesOf(d({ note: 'Mine' }), base)).toEqual({ note: 'Mine' });
    expect(changesOf(d({ tags: ['sql'] }), base)).toEqual({});
    expect(changesOf(d({ tags: ['postgres'], status: 'done' }), base)).toEqual({ tags: ['postgres'], status: 'done' });
  });

  test('an item without a title drafts an empty one', () => {
    const item = { title: null, tags: [], goalIds: [], note: '', status: 'done' } as unknown as Item;
    expect(draftOf(item)).toEqual({ title: '', tags: [], goalIds: [], note: '', status: 'done' });
  });
});
