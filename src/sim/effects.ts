// The effect interpreter: applies add/mul/set on state paths, clamps, and records each change in the ledger.
import type { Condition, Effect } from './content';
import { acceptsValue, fieldAccess, type FieldAccess, type Leaf } from './paths';
import { predicateOf, type Predicate } from './compiled';
import { ROUTE_STATUSES } from './ids';
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

/** A content effect prepared once: its field looked up, its condition compiled, what a `set` may write decided. */
export interface PreparedEffect {
  effect: Effect;
  field: FieldAccess;
  when: Predicate | null;
  delayed: boolean;
  /** For a `set`: whether the value passes acceptsValue's checks that do not depend on the world (status words, finite). */
  settable: boolean;
}

const prepared = new WeakMap<readonly Effect[], readonly PreparedEffect[]>();

/** An effect list prepared on first use and kept as long as the list is (content never changes its lists); compiled.ts keeps events' and power rules' beside them. */
export function preparedEffects(effects: readonly Effect[]): readonly PreparedEffect[] {
  let out = prepared.get(effects);
  if (!out) prepared.set(effects, (out = effects.map(prepare)));
  return out;
}

function prepare(effect: Effect): PreparedEffect {
  const settable = effect.op === 'set' && (effect.path.endsWith('.status') ? (ROUTE_STATUSES as readonly Leaf[]).includes(effect.value) : typeof effect.value !== 'number' || Number.isFinite(effect.value));
  return { effect, field: fieldAccess(effect.path), when: effect.when ? predicateOf(effect.when) : null, delayed: !!effect.delay && effect.delay > 0, settable };
}

/** Applies effects now, or schedules delayed ones; each change carries the cause. */
export function applyEffects(world: World, effects: readonly Effect[], cause: Cause, scale = 1): void {
  applyPrepared(world, preparedEffects(effects), cause, scale);
}

/** applyEffects of a list already prepared (the draw and the powers' walk keep theirs in the compiled records). */
export function applyPrepared(world: World, effects: readonly PreparedEffect[], cause: Cause, scale = 1): void {
  for (const { effect, field, when, delayed, settable } of effects) {
    if (delayed) {
      const { delay, ...now } = effect;
      world.scheduled.push({ dueTurn: world.turn + (delay ?? 0), cause, effects: [now] });
      continue;
    }
    if (when && !when(world)) continue;
    const current = field.get(world);
    if (effect.op === 'set') {
      // acceptsValue's test (paths.ts): the same type as the field holds, and the value allowed there
      if (settable && typeof current === typeof effect.value) write(world, field, current, effect.value, cause);
      continue;
    }
    // effectResult's arithmetic, inline (no scaled copy of the effect per application)
    if (typeof current !== 'number') continue;
    const next = effect.op === 'add' ? current + (scale === 1 ? effect.value : effect.value * scale) : current * effect.value;
    if (Number.isFinite(next)) write(world, field, current, next, cause);
  }
}
