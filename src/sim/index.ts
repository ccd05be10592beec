// The sim's public surface: what the machine, the scenes and the CLI may call.
import { baseContent } from '../content';
import type { Rules } from './content';
import { assembleRules } from './rules';
import type { ScenarioData } from './scenarioData';

export { createWorld } from './create';
export { turnDate, yearFraction } from './dates';
export { hashValue, stateHash } from './hash';
export { indicators } from './indicators';
export { playCommand, replay, type Command, type ReplayError } from './replay';
export { checkSelection, previewAction, type Check, type Preview, type Refusal, type RefusalCode } from './select';
export { balanceIndex, finalScore, pillars } from './scoring';
export { chooseOption, closeTurn, resolveTurn } from './turn';
export { ok, err, type Result } from './result';
export type { World } from './world';
export type { Rules } from './content';
export type { ScenarioData } from './scenarioData';

/** The rules of a scenario over the game's base content. */
export function buildRules(scenario: ScenarioData): Rules {
  return assembleRules(baseContent, scenario);
}
