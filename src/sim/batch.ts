// The batch lane: the same rule functions as the interactive lane, on one private mutable world per game.
import { createWorld, idTable } from './create';
import { seedState } from './rng';
import type { ScenarioData } from './scenarioData';
import { NO_LEDGER } from './ledger';
import { copy } from './step';
import type { World } from './world';

export { answerInPlace, closeInPlace, resolveInPlace } from './turn';

/**
 * A private mutable copy of any world (a player's, frozen, or a batch one) for the batch lane: no ledger, and its history
 * list copied but not its records (closed turns' records are never changed, only appended to). Faster than structuredClone
 * and its objects keep the engine's fast layouts (see copy in step.ts).
 */
export function batchCopy(world: World): World {
  const { ledger: _ledger, history, ...rest } = world;
  return { ...copy(rest), history: history.slice(), ledger: NO_LEDGER };
}

/**
 * How to copy one given world: the keys of each object that hold objects or arrays, each with its own plan (plain values
 * come with the spread). Made once from a scenario's turn-0 world, which never changes, so every game's copy reads only
 * the ~60 keys that need a copy of their own rather than testing all ~350 as the generic copy does.
 */
interface CopyPlan {
  array: boolean;
  /** An object's keys that hold objects or arrays, and how to copy each. */
  nested: [string, CopyPlan][];
  /** An array's elements' plans, null for a plain value (the whole list null when every element is one). */
  items: (CopyPlan | null)[] | null;
}

const isNode = (v: unknown): v is object => v !== null && typeof v === 'object';

/** The plan that copies `value` as copy() in step.ts would, leaving out the keys in `skip` (set afresh by the caller). */
function planOf(value: object, skip: ReadonlySet<string> = new Set()): CopyPlan {
  if (Array.isArray(value)) {
    const items = (value as unknown[]).map((v) => (isNode(v) ? planOf(v) : null));
    return { array: true, nested: [], items: items.some((p) => p) ? items : null };
  }
  const nested: [string, CopyPlan][] = [];
  for (const [key, v] of Object.entries(value)) if (!skip.has(key) && isNode(v)) nested.push([key, planOf(v)]);
  return { array: false, nested, items: null };
}

/** A private copy of `value` by its plan (made from this very value, or one of the same shape and kinds of values). */
function copyByPlan<T>(value: T, plan: CopyPlan): T {
  if (!isNode(value)) return value;
  if (plan.array) {
    const list = value as unknown[];
    const items = plan.items;
    return (items ? list.map((v, i) => { const p = items[i]; return p ? copyByPlan(v, p) : v; }) : list.slice()) as T;
  }
  const out = { ...value } as Record<string, unknown>; // spread first: see copy in step.ts
  for (const [key, sub] of plan.nested) out[key] = copyByPlan(out[key], sub);
  return out as T;
}

/** The parts of a batch world createBatchWorld sets afresh for each game (not copied from the start). */
const FRESH = new Set(['rng', 'taken', 'takenCount', 'firedEvents', 'ruleCooldowns', 'ledger']);

/** Each scenario's turn-0 world, built once, and the plan to copy it: a study plays thousands of games from the same (never changed) scenario data. */
const starts = new WeakMap<ScenarioData, { world: World; plan: CopyPlan }>();

/**
 * A world for one batch game (studies, backtests, forecasts): plain mutable data, changed in place by
 * resolveInPlace / answerInPlace / closeInPlace, never frozen or copied, with no ledger. Its stateHash
 * after the same decisions equals the interactive lane's (tests/sim/lanes.test.ts). The turn-0 world does not depend
 * on the seed (creating it draws nothing), so it is made once per scenario and copied, with this game's generator.
 */
export function createBatchWorld(scenario: ScenarioData, seed: number): World {
  let start = starts.get(scenario);
  if (!start) {
    const world = createWorld(scenario, 0);
    starts.set(scenario, (start = { world, plan: planOf(world, FRESH) }));
  }
  const world = copyByPlan(start.world, start.plan);
  world.rng = seedState(seed);
  world.taken = idTable();
  world.takenCount = idTable();
  world.firedEvents = idTable();
  world.ruleCooldowns = idTable();
  world.ledger = NO_LEDGER;
  return world;
}
