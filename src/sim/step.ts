// The one produce wrapper through which the interactive lane changes a world: immer drafts, shares and freezes it.
import { produce, type Draft } from 'immer';
import type { Ledger } from './ledger';
import type { World } from './world';

type Plain = Record<string, unknown>;
const isObject = (v: unknown): v is Plain => v !== null && typeof v === 'object';

/**
 * A private mutable copy of plain data (the world holds only objects, arrays, numbers, strings, booleans, null). Objects
 * are copied by spreading and then their nested values replaced: an object filled key by key from `{}` turns into a slow
 * hash table past 16 keys in V8 (the world has 33), which made every field read of a copied world a lookup.
 */
export function copy<T>(value: T): T {
  if (!isObject(value)) return value;
  if (Array.isArray(value)) return value.map(copy) as T;
  const out: Plain = { ...value };
  for (const key in out) {
    const v = out[key];
    if (isObject(v)) out[key] = copy(v);
  }
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
 * The worked value with every part equal to the old one replaced by the old one: unchanged parts are shared (and stay
 * frozen), only the objects on the way to a change are new. Arrays are taken whole when anything in them changed.
 */
function merge(before: unknown, after: unknown): unknown {
  if (before === after) return before;
  if (!isObject(after) || !isObject(before) || Array.isArray(after) || Array.isArray(before)) return same(before, after) ? before : after;
  let changed = false;
  const out: Plain = {};
  for (const key in after) {
    const old = before[key];
    const next = merge(old, after[key]);
    out[key] = next;
    if (next !== old || !Object.hasOwn(before, key)) changed = true;
  }
  if (!changed) for (const key in before) if (!Object.hasOwn(after, key)) return out;
  return changed ? out : before;
}

/**
 * Applies a recipe to the world and returns the next world, produced by immer: the parts the recipe changed are new
 * and frozen by immer, every other part is the previous world's (shared, already frozen). The recipe runs the same
 * in-place rules as the batch lane on a private working copy (fast plain objects, not proxies); the changed parts are
 * then merged with the old ones (equal parts shared) and set on immer's draft of the world, so immer drafts only the
 * world itself and freezes only what is new. The append-only logs are never copied whole into the work: the ledger's
 * new entries are collected apart, and history only gains the records the recipe appended.
 */
export function produceWorld(world: World, recipe: (draft: World) => void): World {
  const old = world as unknown as Plain;
  const work: Plain = { ...old }; // spread, then each part replaced: a world filled key by key would be a slow hash table (see copy)
  for (const key in work) work[key] = key === 'ledger' ? world.ledger.open() : key === 'history' ? world.history.slice() : copy(old[key]);
  recipe(work as unknown as World);
  const ledger = (work.ledger as Ledger).seal();
  const newHistory = work.history as World['history'];
  const parts: [string, unknown][] = [];
  for (const key in work) {
    if (key === 'ledger' || key === 'history') continue;
    const part = merge(old[key], work[key]);
    if (part !== old[key] || !Object.hasOwn(old, key)) parts.push([key, part]);
  }
  const gone = Object.keys(old).filter((key) => !Object.hasOwn(work, key));
  const grew = newHistory.length > world.history.length;
  if (!parts.length && !gone.length && !grew && ledger === world.ledger) return world;
  const next = produce(world, (d: Draft<World>) => {
    const draft = d as unknown as Plain;
    for (const [key, part] of parts) draft[key] = part;
    for (const key of gone) delete draft[key];
    if (grew) d.history = world.history.concat(newHistory.slice(world.history.length));
  });
  return ledger === world.ledger ? next : Object.freeze({ ...next, ledger });
}
