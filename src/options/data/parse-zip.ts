import { Inflate } from 'fflate';

/**
 * A Pocket export is a few CSV parts that compress about tenfold; anything far bigger, with far
 * more files or compressed far harder is not one (it may be a zip bomb) and is never inflated.
 */
export const ZIP_LIMITS = { entries: 500, totalBytes: 200 * 1024 * 1024, ratio: 100 } as const;
export type ZipLimits = { entries: number; totalBytes: number; ratio: number };

type ZipPart = { name: string; bytes: Uint8Array };

/** Why a zip is refused. `lies`: an entry inflates to more than its directory says. */
export type ZipUnsafe = 'entries' | 'size' | 'ratio' | 'lies';
export type ZipResult =
  | { ok: true; parts: ZipPart[]; annotations: ZipPart[] }
  | { ok: false; error: 'zip-damaged' | 'zip-no-csv' }
  | { ok: false; error: 'zip-unsafe'; why: ZipUnsafe };

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes handed to the inflater at a time: the most one push can overshoot by. */
const INPUT_SLICE = 16 * 1024;

class Damaged extends Error {}
class Unsafe extends Error {
  constructor(readonly why: ZipUnsafe) {
    super(why);
  }
}

/** The central directory, read without inflating anything. Zip64 and split archives are refused. */
function readDirectory(zip: Uint8Array): Entry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Damaged();
  const count = view.getUint16(end + 10, true);
  const dirSize = view.getUint32(end + 12, true);
  const dirOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff || dirOffset + dirSize > end) throw new Damaged();
  const entries: Entry[] = [];
  let at = dirOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) throw new Damaged();
    const nameLength = view.getUint16(at + 28, true);
    const entry: Entry = {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw new Damaged();
    entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

const isCsv = (name: string) => /\.csv$/i.test(name) && !name.includes('__MACOSX');
/** Pocket's highlights: `annotations/part_000000.json` beside the CSV parts. */
const isAnnotations = (name: string) => /(^|\/)annotations\/[^/]*\.json$/i.test(name) && !name.includes('__MACOSX');

/** Checks the directory against the limits; throws Unsafe before anything is inflated. */
function checkDirectory(entries: readonly Entry[], limits: ZipLimits): Entry[] {
  if (entries.length > limits.entries) throw new Unsafe('entries');
  const read = entries.filter((e) => isCsv(e.name) || isAnnotations(e.name));
  const total = read.reduce((sum, e) => sum + e.size, 0);
  if (total > limits.totalBytes) throw new Unsafe('size');
  if (read.some((e) => e.size > Math.max(e.compressedSize, 1024) * limits.ratio)) throw new Unsafe('ratio');
  return read;
}

/**
 * Inflates one entry, a slice at a time, and stops as soon as the output passes the size the
 * directory declared: a header that lies can never make it produce (or allocate) more.
 */
function inflateEntry(zip: Uint8Array, entry: Entry): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const at = entry.localOffset;
  if (at + 30 > zip.length || view.getUint32(at, true) !== LOCAL) throw new Damaged();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new Damaged();
  if (entry.method === 0) {
    if (data.length !== entry.size) throw new Unsafe('lies');
    return data.slice();
  }
  if (entry.method !== 8) throw new Damaged();
  const out = new Uint8Array(entry.size);
  let written = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > entry.size) throw new Unsafe('lies');
    out.set(chunk, written);
    written += chunk.length;
    if (final) finished = true;
  });
  try {
    for (let i = 0; i < data.length; i += INPUT_SLICE) {
      const last = i + INPUT_SLICE >= data.length;
      inflater.push(data.subarray(i, i + INPUT_SLICE), last);
    }
  } catch (error) {
    throw error instanceof Unsafe ? error : new Damaged();
  }
  // Less than declared, or a stream that never ended: cut off or damaged.
  if (!finished || written !== entry.size) throw new Damaged();
  return out;
}

/**
 * The `part_*.csv` files of a Pocket export zip, in part order, and its highlights
 * (`annotations/*.json`). The directory is checked
 * against `limits` (files, total size, compression ratio) BEFORE anything is inflated, and each
 * entry's real output is held to its declared size while it inflates.
 */
export function unzipCsvParts(zip: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ZipResult {
  try {
    const read = checkDirectory(readDirectory(zip), limits);
    const csv = read.filter((e) => isCsv(e.name));
    if (!csv.length) return { ok: false, error: 'zip-no-csv' };
    const partNumber = (name: string) => Number(/(\d+)\.(csv|json)$/i.exec(name)?.[1] ?? 0);
    const inflate = (entries: readonly Entry[]) =>
      entries
        .map((entry) => ({ name: entry.name, bytes: inflateEntry(zip, entry) }))
        .sort((a, b) => partNumber(a.name) - partNumber(b.name) || a.name.localeCompare(b.name));
    return { ok: true, parts: inflate(csv), annotations: inflate(read.filter((e) => isAnnotations(e.name))) };
  } catch (error) {
    if (error instanceof Unsafe) return { ok: false, error: 'zip-unsafe', why: error.why };
    return { ok: false, error: 'zip-damaged' };
  }
}
