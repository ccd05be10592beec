// The effect interpreter: applies add/mul/set on state paths, clamps, and records each change in the ledger.
import type { Condition, Effect } from './content';
import { FIELDS, type Path } from './fields';
import { accessor, acceptsValue, type Leaf } from './paths';
import { predicateOf } from './compiled';
import { NO_LEDGER } from './step';
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
  if (world.ledger !== NO_LEDGER) world.ledger.push({ turn: world.turn, path, before, after, cause });
}

/** Adds to a numeric leaf (shorthand for the model's rules). */
export function addTo(world: World, path: Path, delta: number, cause: Cause): void {
  change(world, path, (accessor(path).get(world) as number) + delta, cause);
}

/** Whether a condition holds in the world (compiled once per condition; a missing path never holds). */
export function holds(world: World, cond: Condition | undefined): boolean {
  return !cond || predicateOf(cond)(world);
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
      world.scheduled.push({ dueTurn: world.turn + delay, cause, effects: [now] });
      continue;
    }
    if (!holds(world, effect.when)) continue;
    const value = effectResult(world, scale === 1 || effect.op !== 'add' ? effect : { ...effect, value: effect.value * scale });
    if (value !== undefined) change(world, effect.path, value, cause);
  }
}
