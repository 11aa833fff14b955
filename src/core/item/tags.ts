/**
 * Tags as the library keeps them: trimmed, without `#`, at most 50 characters, unique
 * (ignoring case), at most 30: for tags typed in the popup and tags imported alike.
 */
export function cleanTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/^#/, '').slice(0, 50);
    if (tag && !out.some((t) => t.toLocaleLowerCase() === tag.toLocaleLowerCase())) out.push(tag);
  }
  return out.slice(0, 30);
}

/** Splits a tag list on any of `separators`, dropping empty parts. */
export function splitTags(value: unknown, separators: RegExp): string[] {
  return typeof value === 'string' ? value.split(separators).filter((t) => t.trim()) : [];
}
