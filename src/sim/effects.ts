// The effect interpreter: applies add/mul/set on state paths, clamps, and records each change in the ledger.
import type { Condition, Effect } from './content';
import { acceptsValue, fieldAccess, type FieldAccess, type Leaf } from './paths';
import { predicateOf } from './compiled';
import { Ledger, NO_LEDGER } from './ledger';
import type { Cause, World } from './world';

/** Sets a compiled field with clamping and a ledger entry naming the cause; the one way the sim changes a value. */
export function changeField(world: World, field: FieldAccess, value: Leaf, cause: Cause): void {
  write(world, field, field.get(world), value, cause);
}

/** changeField with the current value already read (addToField reads it once for both uses). */
function write(world: World, field: FieldAccess, before: Leaf, value: Leaf, cause: Cause): void {
  let after = value;
  if (typeof after === 'number') {
    after = Math.min(field.hi, Math.max(field.lo, after));
    if (typeof before === 'number' && Math.abs(after - before) < 1e-9) return;
  } else if (after === before) return;
  field.set(world, after);
  const ledger = world.ledger;
  // a batch world records nothing; nor does a structuredClone'd copy, whose ledger arrives as a bare object
  if (ledger !== NO_LEDGER && ledger instanceof Ledger) ledger.record(world.turn, field.path, before, after, cause);
}

/** Adds to a compiled numeric field (the model's loops use these, made once, instead of building path strings). */
export function addToField(world: World, field: FieldAccess, delta: number, cause: Cause): void {
  const before = field.get(world);
  write(world, field, before, (before as number) + delta, cause);
}

/** Whether a condition holds in the world (compiled once per condition; a missing path never holds). */
export function holds(world: World, cond: Condition | undefined): boolean {
  return !cond || predicateOf(cond)(world);
}

/** The value an effect would write, or undefined if it cannot apply (wrong type, missing path). */
export function effectResult(world: World, effect: Effect): Leaf | undefined {
  const current = fieldAccess(effect.path).get(world);
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
    if (effect.when && !predicateOf(effect.when)(world)) continue;
    const field = fieldAccess(effect.path);
    if (effect.op === 'set') {
      if (acceptsValue(world, effect.path, effect.value)) changeField(world, field, effect.value, cause);
      continue;
    }
    // effectResult's arithmetic, inline (no scaled copy of the effect per application)
    const current = field.get(world);
    if (typeof current !== 'number') continue;
    const next = effect.op === 'add' ? current + (scale === 1 ? effect.value : effect.value * scale) : current * effect.value;
    if (Number.isFinite(next)) write(world, field, current, next, cause);
  }
}
