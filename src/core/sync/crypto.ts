import { SyncError } from './model';

/**
 * End-to-end encryption of what sync stores: AES-GCM (256-bit) with keys derived from the
 * person's passphrase by PBKDF2-SHA-256, through Web Crypto. Every file is authenticated with
 * its place (the device folder and its number) as additional data, so a changed, moved or
 * foreign file is refused before anything is read from it. File names are HMACs: they reveal
 * nothing, yet each device can name the next file of another device without listing it.
 */

/** OWASP's figure for PBKDF2-HMAC-SHA256 (2023); a key file asking for fewer is refused. */
export const KDF_ITERATIONS = 600_000;
const MAGIC = new Uint8Array([0x4c, 0x4d, 0x73, 0x01]); // "LMs" and the envelope version
const IV_BYTES = 12;
const CHECK = 'learnmark-sync-key-check';

export interface SyncKeys {
  seal: CryptoKey;
  name: CryptoKey;
}

/** What the folder's key file holds: how to derive the keys, and a proof of the passphrase. */
export interface KeyFile {
  v: 1;
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  check: string;
}

const encoder = new TextEncoder();
const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function deriveKeys(passphrase: string, salt: Uint8Array, iterations: number): Promise<SyncKeys> {
  const base = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
      base,
      512,
    ),
  );
  const seal = await crypto.subtle.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']);
  const name = await crypto.subtle.importKey('raw', bits.slice(32), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return { seal, name };
}

export async function seal(keys: SyncKeys, plain: Uint8Array, place: string): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const cipher = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: encoder.encode(place) },
      keys.seal,
      plain as BufferSource,
    ),
  );
  const out = new Uint8Array(MAGIC.length + IV_BYTES + cipher.length);
  out.set(MAGIC);
  out.set(iv, MAGIC.length);
  out.set(cipher, MAGIC.length + IV_BYTES);
  return out;
}

/** The plain bytes of a sealed file, or a `tampered` refusal: changed, moved, foreign or another key. */
export async function open(keys: SyncKeys, sealed: Uint8Array, place: string): Promise<Uint8Array> {
  if (sealed.length < MAGIC.length + IV_BYTES + 16 || MAGIC.some((b, i) => sealed[i] !== b)) {
    throw new SyncError('tampered', `${place} is not a Learnmark sync file`);
  }
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: sealed.slice(MAGIC.length, MAGIC.length + IV_BYTES),
          additionalData: encoder.encode(place),
        },
        keys.seal,
        sealed.slice(MAGIC.length + IV_BYTES),
      ),
    );
  } catch {
    throw new SyncError('tampered', `${place} failed its authentication`);
  }
}

/** A file name that says nothing: 32 hex digits of an HMAC of its place. */
export async function fileName(keys: SyncKeys, place: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', keys.name, encoder.encode(place)));
  return [...mac.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A new folder's key file, and the keys it gives. */
export async function newKeyFile(
  passphrase: string,
  iterations = KDF_ITERATIONS,
): Promise<{ file: KeyFile; keys: SyncKeys }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const keys = await deriveKeys(passphrase, salt, iterations);
  const check = await seal(keys, encoder.encode(CHECK), 'key');
  return { file: { v: 1, kdf: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), check: toBase64(check) }, keys };
}

/** The keys from a folder's key file, or a refusal naming why (wrong passphrase, not a key file). */
export async function unlockKeyFile(
  file: unknown,
  passphrase: string,
  minIterations = KDF_ITERATIONS,
): Promise<SyncKeys> {
  const f = file as Partial<KeyFile> | null;
  if (
    !f ||
    f.v !== 1 ||
    f.kdf !== 'PBKDF2-SHA-256' ||
    typeof f.iterations !== 'number' ||
    f.iterations < minIterations ||
    f.iterations > 10_000_000 ||
    typeof f.salt !== 'string' ||
    typeof f.check !== 'string'
  ) {
    throw new SyncError('tampered', 'the folder’s key file is not one Learnmark wrote');
  }
  const keys = await deriveKeys(passphrase, fromBase64(f.salt), f.iterations);
  try {
    await open(keys, fromBase64(f.check), 'key');
  } catch {
    throw new SyncError('wrong-passphrase');
  }
  return keys;
}
