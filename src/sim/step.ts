// The one produce wrapper through which the interactive lane changes a world: immer drafts, shares and freezes it.
import { produce, type Draft } from 'immer';
import { at } from './indexing';
import type { LedgerEntry, World } from './world';

/** The ledger of a batch world: changes are not recorded (the batch lane keeps no ledger). */
export const NO_LEDGER: LedgerEntry[] = Object.freeze([]) as unknown as LedgerEntry[];

type Plain = Record<string, unknown>;
const isObject = (v: unknown): v is Plain => v !== null && typeof v === 'object';

/** A private mutable copy of plain data (the world holds only objects, arrays, numbers, strings, booleans, null). */
function copy<T>(value: T): T {
  if (!isObject(value)) return value;
  if (Array.isArray(value)) return value.map(copy) as T;
  const out: Plain = {};
  for (const key in value) out[key] = copy(value[key]);
  return out as T;
}

/** Whether two pieces of plain data are equal all the way down. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isObject(a) || !isObject(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!Object.hasOwn(b, k) || !same(a[k], b[k])) return false;
  return true;
}

/**
 * Writes into the draft only what differs between the old data and the worked copy: immer then copies just the
 * objects on the way to a change and shares every other part with the previous world.
 */
function writeChanges(draft: Plain, before: Plain, after: Plain): void {
  for (const key in after) {
    const a = after[key];
    const b = before[key];
    if (a === b) continue;
    if (isObject(a) && isObject(b) && !Array.isArray(a) && !Array.isArray(b)) writeChanges(draft[key] as Plain, b, a);
    else if (!same(a, b)) draft[key] = a;
  }
  for (const key in before) if (!Object.hasOwn(after, key)) delete draft[key];
}

/**
 * Applies a recipe to the world and returns the next world, produced by immer: the parts the recipe changed are new
 * and frozen by immer, every other part is the previous world's (shared, already frozen). The recipe runs the same
 * in-place rules as the batch lane on a private working copy (fast plain objects, not proxies), and only the
 * differences are written into immer's draft. The append-only logs are never copied whole: the ledger's new entries
 * are collected apart, and history only gains the records the recipe appended.
 */
export function produceWorld(world: World, recipe: (draft: World) => void): World {
  const { ledger, history, ...rest } = world;
  const work = { ...copy(rest), ledger: [] as LedgerEntry[], history: history.slice() };
  recipe(work);
  const added = work.ledger;
  const next = produce(world, (d: Draft<World>) => {
    const { ledger: _l, history: newHistory, ...changed } = work;
    writeChanges(d, rest, changed);
    for (let i = history.length; i < newHistory.length; i++) d.history.push(at(newHistory, i, 'history'));
  });
  if (!added.length) return next;
  for (const entry of added) Object.freeze(Object.freeze(entry).cause);
  return Object.freeze({ ...next, ledger: Object.freeze(ledger.concat(added)) as LedgerEntry[] });
}

