// Dotted state paths: read, check and clamp the values that content and the model change.
import { ROUTE_STATUSES } from './ids';
import type { World } from './world';

/** A value a path may hold at a leaf. */
export type Leaf = number | string | boolean;

const splitCache = new Map<string, string[]>();

/** The keys of a dotted path, cached (paths repeat every turn). */
export function splitPath(path: string): string[] {
  let keys = splitCache.get(path);
  if (!keys) {
    keys = path.split('.');
    splitCache.set(path, keys);
  }
  return keys;
}

/** The value at a path, or undefined if the path does not exist in this world. */
export function getAt(world: World, path: string): unknown {
  let node: unknown = world;
  for (const key of splitPath(path)) {
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Whether a path names a leaf (number, string or boolean) content may test or change. */
export function isLeafPath(world: World, path: string): boolean {
  const v = getAt(world, path);
  return typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean';
}

/** Paths content may not change: bookkeeping the engine alone owns. */
export function isReadOnlyPath(path: string): boolean {
  const head = splitPath(path)[0];
  return ['turn', 'turns', 'scenarioId', 'startYear', 'startPeriod', 'turnLength', 'rng', 'baseline', 'calendar', 'takenCount'].includes(head);
}

/** Writes a leaf in place (inside an immer draft). The caller has checked the path exists. */
export function writeAt(world: World, path: string, value: Leaf): void {
  const keys = splitPath(path);
  let node = world as unknown as Record<string, unknown>;
  for (let i = 0; i < keys.length - 1; i++) node = node[keys[i]] as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
}

const PCT_0_100 = /^(gauges\.\w+|society\.\w+|memberships\.\w+\.engagement|military\.(readiness|borderCapability|domesticProduction)|politics\.capital)$/;

const rangeCache = new Map<string, [number, number]>();

/** The allowed range of a numeric path; the engine clamps every write into it (cached: paths repeat every turn). */
export function rangeOf(path: string): [number, number] {
  let range = rangeCache.get(path);
  if (!range) {
    range = computeRange(path);
    rangeCache.set(path, range);
  }
  return range;
}

function computeRange(path: string): [number, number] {
  if (path.startsWith('relations.') || /^powers\.\w+\.memory$/.test(path)) return [-100, 100];
  if (/^powers\.\w+\.escalation$/.test(path)) return [0, 5];
  if (/^powers\.\w+\.personality\./.test(path)) return [0, 1];
  if (PCT_0_100.test(path)) return [0, 100];
  if (path === 'economy.growthPct' || path === 'economy.trendGrowthPct') return [-30, 30];
  if (path === 'economy.budgetBalancePctGdp') return [-50, 50];
  if (path === 'economy.oilPriceShock') return [0.3, 3];
  if (/^corridors\.\w+\.growthPct$/.test(path)) return [-50, 100];
  if (/^flags\./.test(path)) return [-5, 5];
  if (/^economy\.growthTerms\./.test(path)) return [-30, 30];
  if (path === 'economy.sanctionsPressure') return [0, 100];
  if (/\.lossShare$/.test(path)) return [0, 1];
  if (/\.disruptedDays$/.test(path)) return [0, 400];
  if (path.endsWith('lastMoveTurn')) return [-1, 1000];
  return [0, 1e6];
}

/** Checks a value is acceptable at a path (type and, for statuses, the allowed words). */
export function acceptsValue(world: World, path: string, value: Leaf): boolean {
  const current = getAt(world, path);
  if (typeof current !== typeof value) return false;
  if (path.endsWith('.status')) return (ROUTE_STATUSES as readonly string[]).includes(value as string);
  return typeof value !== 'number' || Number.isFinite(value);
}

/** Every leaf path of a world (arrays excluded): what content may refer to. */
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
