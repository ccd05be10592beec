// State paths: compiled accessors for the fields of the table, and checks for paths that arrive as plain text.
import { FIELD_ACCESSORS } from './fieldAccessors';
import { FIELDS, isPath, type Path } from './fields';
import { ROUTE_STATUSES } from './ids';
import { hashTable } from './indexing';
import type { World } from './world';

/** A value a path may hold at a leaf. */
export type Leaf = number | string | boolean;

/** Reads and writes one field: compiled once per path, so a turn does no string work. */
export interface Accessor {
  get: (world: World) => Leaf;
  set: (world: World, value: Leaf) => void;
}

/** A field compiled for the engine's writes: its accessor, the canonical (shared) path string, and its clamp range. */
export interface FieldAccess extends Accessor {
  readonly path: Path;
  readonly lo: number;
  readonly hi: number;
}

type Node = Record<string, unknown>;

function compile(path: Path): FieldAccess {
  const [lo, hi] = FIELDS[path].range;
  const [get, set] = FIELD_ACCESSORS[path];
  return { path, lo, hi, get, set };
}

const ACCESSORS = new Map<string, FieldAccess>((Object.keys(FIELDS) as Path[]).map((p) => [p, compile(p)]));

/** The compiled field of a path (every Path has one: the map is built from the table the type derives from). */
export const fieldAccess = (path: Path): FieldAccess => ACCESSORS.get(path) as FieldAccess;

/**
 * The compiled fields of a family of ids (`relations.<power>`…), made once so the model builds no path strings; a hash
 * table (hashTable), as it is looked up by ids that change from call to call.
 */
export function fieldsById<I extends string>(ids: readonly I[], path: (id: I) => Path): Record<I, FieldAccess> {
  const out = hashTable<FieldAccess>() as Record<I, FieldAccess>;
  for (const id of ids) out[id] = fieldAccess(path(id));
  return out;
}

/**
 * The compiled fields of a family of ids as a list in the ids' order: fieldsById for loops that walk the ids by index
 * (V8 reads `table[id]` with a different id at each step the slow, megamorphic way; `list[i]` is an array read).
 */
export function fieldList<I extends string>(ids: readonly I[], path: (id: I) => Path): FieldAccess[] {
  return ids.map((id) => fieldAccess(path(id)));
}

/** The compiled accessor of a field. */
export const accessor = (path: Path): Accessor => fieldAccess(path);

/** The value of a field (typed path: a misspelling fails the typecheck). */
export const read = (world: World, path: Path): Leaf => fieldAccess(path).get(world);

/** The number in a numeric field. */
export const readNumber = (world: World, path: Path): number => fieldAccess(path).get(world) as number;

/** The value at any dotted path (fields or bookkeeping), or undefined if the path does not exist in this world. */
export function getAt(world: World, path: string): unknown {
  if (isPath(path)) return fieldAccess(path).get(world);
  let node: unknown = world;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !Object.hasOwn(node, key)) return undefined;
    node = (node as Node)[key];
  }
  return node;
}

/** Whether a path names a leaf (number, string or boolean) of this world. */
export function isLeafPath(world: World, path: string): boolean {
  const v = getAt(world, path);
  return typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean';
}

/** Paths content may not change: anything outside the table, and the fields the engine alone owns. */
export function isReadOnlyPath(path: string): boolean {
  return !isPath(path) || FIELDS[path].start === 'engine';
}

/** The allowed range of a numeric path; the engine clamps every write into it (unknown paths: 0..1e6). */
export function rangeOf(path: string): readonly [number, number] {
  return isPath(path) ? FIELDS[path].range : [0, 1e6];
}

/** Checks a value is acceptable at a path (type and, for statuses, the allowed words). */
export function acceptsValue(world: World, path: string, value: Leaf): boolean {
  const current = getAt(world, path);
  if (typeof current !== typeof value) return false;
  if (path.endsWith('.status')) return (ROUTE_STATUSES as readonly string[]).includes(value as string);
  return typeof value !== 'number' || Number.isFinite(value);
}

/** Every leaf path of a world (arrays excluded), bookkeeping included. */
export function leafPaths(world: World): string[] {
  const out: string[] = [];
  const walk = (node: unknown, prefix: string) => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) {
      if (prefix && !Array.isArray(node)) out.push(prefix);
      return;
    }
    for (const [k, v] of Object.entries(node)) walk(v, prefix ? `${prefix}.${k}` : k);
  };
  walk(world, '');
  return out;
}
