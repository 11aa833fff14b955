/**
 * The guard for value lists: every concept's model.ts declares each list once
 * (`ITEM_STATUSES = [...] as const`), derives its type from it, and checks untrusted values
 * (backups, messages, storage) with this.
 */
export function oneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value);
}
