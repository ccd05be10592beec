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

/** Each scenario's turn-0 world, built once: a study plays thousands of games from the same (never changed) scenario data. */
const starts = new WeakMap<ScenarioData, World>();

/**
 * A world for one batch game (studies, backtests, forecasts): plain mutable data, changed in place by
 * resolveInPlace / answerInPlace / closeInPlace, never frozen or copied, with no ledger. Its stateHash
 * after the same decisions equals the interactive lane's (tests/sim/lanes.test.ts). The turn-0 world does not depend
 * on the seed (creating it draws nothing), so it is made once per scenario and copied, with this game's generator.
 */
export function createBatchWorld(scenario: ScenarioData, seed: number): World {
  let start = starts.get(scenario);
  if (!start) starts.set(scenario, (start = createWorld(scenario, 0)));
  const world = copy(start);
  world.rng = seedState(seed);
  world.taken = idTable();
  world.takenCount = idTable();
  world.firedEvents = idTable();
  world.ruleCooldowns = idTable();
  world.ledger = NO_LEDGER;
  return world;
}
