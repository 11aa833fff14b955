import { describe, expect, test } from 'vitest';
import { gzipSync } from 'fflate';
import { decodeBatch, encodeBatch, encodeJson } from '../../../../src/core/sync/batch';
import { fileName, KDF_ITERATIONS, newKeyFile, open, seal, unlockKeyFile } from '../../../../src/core/sync/crypto';
import { SYNC_FORMAT, type Batch } from '../../../../src/core/sync/model';

// A real derivation takes 600 000 rounds; a few tests prove that, the rest use a quick key.
const FAST = 1_000;
const keysOf = async (passphrase: string) => (await newKeyFile(passphrase, FAST)).keys;

const BATCH: Batch = {
  format: SYNC_FORMAT,
  device: 'dev-a',
  seq: 3,
  changes: [
    {
      t: 'items',
      k: 'i1',
      f: { title: ['How we run dbt at scale', '0000.x'], url: ['https://secret.example/dbt', '0000.x'] },
    },
  ],
};

describe('a batch', () => {
  test('round-trips, and the stored bytes hold no readable title or address', async () => {
    const keys = await keysOf('correct horse');
    const bytes = await encodeBatch(keys, BATCH);
    const asText = new TextDecoder('latin1').decode(bytes);
    expect(asText).not.toMatch(/dbt|secret|items/);
    expect(await decodeBatch(keys, bytes, 'dev-a', 3)).toEqual(BATCH);
  });

  test.each([
    ['one bit flipped', (b: Uint8Array) => b.map((x, i) => (i === b.length - 5 ? x ^ 1 : x)), 'dev-a', 3],
    ['cut short', (b: Uint8Array) => b.slice(0, b.length - 1), 'dev-a', 3],
    ['a foreign file', () => new TextEncoder().encode('<html>not ours</html>'), 'dev-a', 3],
    ['moved to another device’s folder', (b: Uint8Array) => b, 'dev-b', 3],
    ['renumbered', (b: Uint8Array) => b, 'dev-a', 4],
  ])('%s is refused as tampered', async (_, change, device, seq) => {
    const keys = await keysOf('correct horse');
    const bytes = change(await encodeBatch(keys, BATCH));
    await expect(decodeBatch(keys, bytes, device, seq)).rejects.toMatchObject({ fault: 'tampered' });
  });

  test('under another passphrase it is refused', async () => {
    const bytes = await encodeBatch(await keysOf('one'), BATCH);
    await expect(decodeBatch(await keysOf('two'), bytes, 'dev-a', 3)).rejects.toMatchObject({ fault: 'tampered' });
  });

  test('from a newer Learnmark is refused as newer, not as tampered', async () => {
    const keys = await keysOf('p');
    const bytes = await encodeJson(
      keys,
      { ...BATCH, format: SYNC_FORMAT + 1, changes: 'a shape we do not know' },
      'dev-a/3',
    );
    await expect(decodeBatch(keys, bytes, 'dev-a', 3)).rejects.toMatchObject({ fault: 'newer-format' });
  });

  test('sealed but not a batch is refused', async () => {
    const keys = await keysOf('p');
    const notJson = await seal(keys, gzipSync(new TextEncoder().encode('{oops')), 'dev-a/3');
    await expect(decodeBatch(keys, notJson, 'dev-a', 3)).rejects.toMatchObject({ fault: 'tampered' });
    const wrongShape = await encodeJson(keys, { ...BATCH, changes: [{ t: 'items' }] }, 'dev-a/3');
    await expect(decodeBatch(keys, wrongShape, 'dev-a', 3)).rejects.toMatchObject({ fault: 'tampered' });
  });

  test('two seals of the same batch differ (a fresh IV each time) and both open', async () => {
    const keys = await keysOf('p');
    const [one, two] = [await encodeBatch(keys, BATCH), await encodeBatch(keys, BATCH)];
    expect(one).not.toEqual(two);
    expect(await decodeBatch(keys, two, 'dev-a', 3)).toEqual(await decodeBatch(keys, one, 'dev-a', 3));
  });
});

describe('the key file', () => {
  test('a new one asks for 600 000 rounds and unlocks with its passphrase only', async () => {
    const { file, keys } = await newKeyFile('long passphrase');
    expect(file.iterations).toBe(KDF_ITERATIONS);
    expect(KDF_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const again = await unlockKeyFile(JSON.parse(JSON.stringify(file)), 'long passphrase');
    const sealed = await seal(keys, new Uint8Array([1, 2, 3]), 'x');
    expect(await open(again, sealed, 'x')).toEqual(new Uint8Array([1, 2, 3]));
    await expect(unlockKeyFile(file, 'Long passphrase')).rejects.toMatchObject({ fault: 'wrong-passphrase' });
  });

  test.each([
    ['nothing', null],
    ['too few rounds', { v: 1, kdf: 'PBKDF2-SHA-256', iterations: 1000, salt: 'AAAA', check: 'AAAA' }],
    ['another derivation', { v: 1, kdf: 'scrypt', iterations: 600_000, salt: 'AAAA', check: 'AAAA' }],
    ['a later version', { v: 2, kdf: 'PBKDF2-SHA-256', iterations: 600_000, salt: 'AAAA', check: 'AAAA' }],
  ])('%s is refused', async (_, file) => {
    await expect(unlockKeyFile(file, 'p')).rejects.toMatchObject({ fault: 'tampered' });
  });
});

test('file names are 32 hex digits, the same for a place under one key and different under another', async () => {
  const [a, b] = [await keysOf('one'), await keysOf('two')];
  const name = await fileName(a, 'dev-a/1');
  expect(name).toMatch(/^[0-9a-f]{32}$/);
  expect(await fileName(a, 'dev-a/1')).toBe(name);
  expect(await fileName(a, 'dev-a/2')).not.toBe(name);
  expect(await fileName(b, 'dev-a/1')).not.toBe(name);
});
