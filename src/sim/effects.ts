// The effect interpreter: applies add/mul/set on state paths, clamps, and records each change in the ledger.
import type { Condition, Effect } from './content';
import { FIELDS, type Path } from './fields';
import { accessor, acceptsValue, type Leaf } from './paths';
import type { Cause, World } from './world';

/** Sets a leaf with clamping and a ledger entry naming the cause; the only way the sim changes a value. */
export function change(world: World, path: Path, value: Leaf, cause: Cause): void {
  const field = accessor(path);
  const before = field.get(world);
  let after = value;
  if (typeof after === 'number') {
    const [lo, hi] = FIELDS[path].range;
    after = Math.min(hi, Math.max(lo, after));
    if (typeof before === 'number' && Math.abs(after - before) < 1e-9) return;
  } else if (after === before) return;
  field.set(world, after);
  world.ledger.push({ turn: world.turn, path, before, after, cause });
}

/** Adds to a numeric leaf (shorthand for the model's rules). */
export function addTo(world: World, path: Path, delta: number, cause: Cause): void {
  change(world, path, (accessor(path).get(world) as number) + delta, cause);
}

/** Whether a condition holds in the world; a missing path never holds. */
export function holds(world: World, cond: Condition | undefined): boolean {
  if (!cond) return true;
  if ('all' in cond) return cond.all.every((c) => holds(world, c));
  if ('any' in cond) return cond.any.some((c) => holds(world, c));
  if ('not' in cond) return !holds(world, cond.not);
  const v = accessor(cond.path).get(world);
  if (cond.eq !== undefined && v !== cond.eq) return false;
  if (cond.ne !== undefined && v === cond.ne) return false;
  if (typeof v === 'number') {
    if (cond.gte !== undefined && !(v >= cond.gte)) return false;
    if (cond.lte !== undefined && !(v <= cond.lte)) return false;
    if (cond.gt !== undefined && !(v > cond.gt)) return false;
    if (cond.lt !== undefined && !(v < cond.lt)) return false;
  } else if ([cond.gte, cond.lte, cond.gt, cond.lt].some((x) => x !== undefined)) return false;
  return true;
}

/** The value an effect would write, or undefined if it cannot apply (wrong type, missing path). */
export function effectResult(world: World, effect: Effect): Leaf | undefined {
  const current = accessor(effect.path).get(world);
  if (effect.op === 'set') return acceptsValue(world, effect.path, effect.value) ? effect.value : undefined;
  if (typeof current !== 'number') return undefined;
  const next = effect.op === 'add' ? current + effect.value : current * effect.value;
  return Number.isFinite(next) ? next : undefined;
}

/** Applies effects now, or schedules delayed ones; each change carries the cause. */
export function applyEffects(world: World, effects: readonly Effect[], cause: Cause, scale = 1): void {
  for (const effect of effects) {
    if (effect.delay && effect.delay > 0) {
      const { delay, ...now } = effect;
      world.scheduled.push({ dueTurn: world.turn + delay, cause, effects: [now as Effect] });
      continue;
    }
    if (!holds(world, effect.when)) continue;
    const value = effectResult(world, scale === 1 || effect.op !== 'add' ? effect : { ...effect, value: effect.value * scale });
    if (value !== undefined) change(world, effect.path, value, cause);
  }
}
