// Writes the golden replays (tests/fixtures/golden/*.json): seed + command log → the exact final state hash.
// Run after an intended change to the model or content: npm run golden — and say why in the commit.
import { writeFileSync } from 'node:fs';
import { buildRules, stateHash } from '../src/sim';
import { builtinStrategy } from '../src/strategies/builtin';
import { playGame } from '../src/strategies/play';
import { baselineData } from '../tests/fixtures/baselineData';

const rules = buildRules(baselineData);
for (const [strategy, seed] of [['historical', 2022], ['western-pivot', 7], ['random', 99]] as const) {
  const game = playGame(rules, baselineData, seed, builtinStrategy(strategy, seed)!);
  const file = new URL(`../tests/fixtures/golden/${strategy}-${seed}.json`, import.meta.url);
  writeFileSync(file, `${JSON.stringify({ scenario: baselineData.id, seed, strategy, log: game.log, stateHash: stateHash(game.world) }, null, 1)}\n`);
  console.log(`${strategy}-${seed}: ${stateHash(game.world)} after ${game.log.length} turns`);
}
