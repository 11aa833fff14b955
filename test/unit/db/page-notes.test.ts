// A page's notes: numbers in its localStorage that only speed its next opening, so any trouble
// reading or keeping one gives no note rather than an error.
import { afterEach, expect, test, vi } from 'vitest';
import { noteNumber, notedNumber } from '../../../src/db/page-notes';
import { pageStorage } from '../page-storage';

afterEach(() => vi.unstubAllGlobals());

test('a number noted is read back, and a note that is not a number is none', () => {
  const storage = pageStorage();
  vi.stubGlobal('localStorage', storage);
  expect(notedNumber('n')).toBeNull();
  noteNumber('n', 170);
  expect(storage.values.get('n')).toBe('170');
  expect(notedNumber('n')).toBe(170);
  storage.setItem('n', 'seventeen');
  expect(notedNumber('n')).toBeNull();
});

test('without storage, or with storage that throws (full, or refused), nothing is read or kept', () => {
  vi.stubGlobal('localStorage', undefined);
  expect(notedNumber('n')).toBeNull();
  expect(() => noteNumber('n', 1)).not.toThrow();
  vi.stubGlobal('localStorage', {
    getItem: () => {
      throw new Error('refused');
    },
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
  });
  expect(notedNumber('n')).toBeNull();
  expect(() => noteNumber('n', 1)).not.toThrow();
});
