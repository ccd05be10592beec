// Checked indexed reads: where a missing element or key would be a bug, fail at once with a located message instead of a silent `undefined` (the project runs with `noUncheckedIndexedAccess`).

/** The element at `index`, or a thrown error naming `what` when the index is out of range (never a negative "from the end" index). */
export function at<T>(items: readonly T[], index: number, what = 'list'): T {
  const item = items[index];
  if (item === undefined && !(index >= 0 && index < items.length)) {
    throw new RangeError(`${what}: no element at index ${index} (length ${items.length})`);
  }
  return item as T;
}

/** The value under `key`, or a thrown error naming `what` when the key is absent. */
export function entry<V>(record: Readonly<Partial<Record<string, V>>>, key: string, what = 'table'): V {
  const value = record[key];
  if (value === undefined) throw new RangeError(`${what}: no entry "${key}"`);
  return value;
}

/** The first element of a list that the caller knows is non-empty, or a thrown error naming `what`. */
export function first<T>(items: readonly T[], what = 'list'): T {
  return at(items, 0, what);
}

/** The last element of a list that the caller knows is non-empty, or a thrown error naming `what`. */
export function last<T>(items: readonly T[], what = 'list'): T {
  return at(items, items.length - 1, what);
}

/** A value the caller knows is present (a regex group that matched, a map entry just set), or a thrown error naming `what`. */
export function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new RangeError(`${what}: missing`);
  return value;
}

/**
 * An empty object that V8 keeps as a hash table (an add and a delete make it one): for tables looked up by ids that
 * change from call to call, where it answers faster than an object of many named properties, and does not grow a chain of
 * hidden classes as keys arrive. To every reader it is an ordinary empty object.
 */
export function hashTable<V>(): Record<string, V> {
  const table: Record<string, V | 0> = { a: 0, b: 0 };
  delete table.a;
  delete table.b;
  return table as Record<string, V>;
}
