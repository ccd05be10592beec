// Fixtures for the classroom tests: the bundled scenarios as the game has them, and played games as share codes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { shareCode } from '../../src/machine/index';
import { parseScenario } from '../../src/scenario/parse';
import { buildRules } from '../../src/sim';
import type { ScenarioData } from '../../src/sim/scenarioData';
import { builtinStrategy } from '../../src/strategies/builtin';
import { playGame } from '../../src/strategies/play';

/** A bundled scenario file, parsed like the game parses it. */
export function bundled(id: string): ScenarioData {
  const parsed = parseScenario(readFileSync(resolve(import.meta.dirname, `../../scenarios/${id}.json`), 'utf8'), `${id}.json`);
  if (!parsed.ok) throw new Error(`${id} does not validate`);
  return parsed.value;
}

/** The catalog a fresh game starts with (the two scenarios the classroom tests use). */
export function catalog(): Record<string, ScenarioData> {
  return { 'classroom-short': bundled('classroom-short'), 'baseline-2022': bundled('baseline-2022') };
}

/** A whole game of `scenario` played by a built-in strategy, as a share code, with its final world. */
export function playedCode(scenario: ScenarioData, seed: number, strategy = 'historical', maxTurns = Infinity) {
  const rules = buildRules(scenario);
  const game = playGame(rules, scenario, seed, builtinStrategy(strategy, seed)!, maxTurns);
  return { code: shareCode({ scenario, seed, log: game.log }), world: game.world, log: game.log };
}
