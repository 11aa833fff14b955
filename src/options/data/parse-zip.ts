import { unzipSync } from 'fflate';

/** A Pocket export is a few CSV parts; anything far bigger is not one (or is a zip bomb). */
export const ZIP_LIMITS = { entries: 500, totalBytes: 512 * 1024 * 1024 } as const;

export type ZipResult =
  | { ok: true; parts: { name: string; bytes: Uint8Array }[] }
  | { ok: false; error: 'zip-damaged' | 'zip-too-big' | 'zip-no-csv' };

/**
 * The `part_*.csv` files of a Pocket export zip, in part order. Sizes are checked from the
 * zip's directory BEFORE anything is inflated, and fflate inflates each entry into a buffer of
 * exactly its declared size, so a lying header cannot make it allocate more.
 */
export function unzipCsvParts(
  zip: Uint8Array,
  limits: { entries: number; totalBytes: number } = ZIP_LIMITS,
): ZipResult {
  let entries = 0;
  let total = 0;
  let tooBig = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (file) => {
        entries++;
        if (!/\.csv$/i.test(file.name) || file.name.includes('__MACOSX')) return false;
        total += file.originalSize;
        if (entries > limits.entries || total > limits.totalBytes) tooBig = true;
        return !tooBig;
      },
    });
  } catch {
    return { ok: false, error: 'zip-damaged' };
  }
  if (tooBig) return { ok: false, error: 'zip-too-big' };
  const partNumber = (name: string) => Number(/(\d+)\.csv$/i.exec(name)?.[1] ?? 0);
  const parts = Object.entries(files)
    .map(([name, bytes]) => ({ name, bytes }))
    .sort((a, b) => partNumber(a.name) - partNumber(b.name) || a.name.localeCompare(b.name));
  return parts.length ? { ok: true, parts } : { ok: false, error: 'zip-no-csv' };
}
