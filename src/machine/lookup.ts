// Own-key lookups: an id from a file, a link or a save reaches only entries put there, never built-in object members.

/** The entry under `id` only if the table itself holds it (so "constructor" or "toString" find nothing). */
export const lookup = <T>(table: Readonly<Record<string, T>>, id: unknown): T | undefined =>
  typeof id === 'string' && Object.hasOwn(table, id) ? table[id] : undefined;
