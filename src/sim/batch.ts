// The batch lane: the same rule functions as the interactive lane, on one private mutable world per game.
import { createWorld } from './create';
import type { ScenarioData } from './scenarioData';
import { NO_LEDGER } from './step';
import type { World } from './world';

export { answerInPlace, closeInPlace, resolveInPlace } from './turn';

/**
 * A world for one batch game (studies, backtests, forecasts): plain mutable data, changed in place by
 * resolveInPlace / answerInPlace / closeInPlace, never frozen or copied, with no ledger. Its stateHash
 * after the same decisions equals the interactive lane's (tests/sim/lanes.test.ts).
 */
export function createBatchWorld(scenario: ScenarioData, seed: number): World {
  const world = createWorld(scenario, seed);
  world.ledger = NO_LEDGER;
  return world;
}
