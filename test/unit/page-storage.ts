/** A page's localStorage, in memory (the worker has none): for the page notes (db/page-notes.ts). */
export function pageStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    values,
  };
}
