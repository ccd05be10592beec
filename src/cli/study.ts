// npm run study: plays many seeds of each strategy on a scenario and prints the spread of endings and pillars.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildRules, finalScore } from '../sim';
import { parseScenario } from '../scenario/parse';
import { BUILTIN_STRATEGIES, builtinStrategy } from '../strategies/builtin';
import { playGame } from '../strategies/play';
import { priorityStrategy } from '../strategies/strategy';

const { values } = parseArgs({ options: { scenario: { type: 'string', default: 'baseline-2022' }, seeds: { type: 'string', default: '50' } } });
const seeds = Number(values.seeds);
const file = values.scenario!.endsWith('.json') ? values.scenario! : resolve('scenarios', `${values.scenario}.json`);
let text = '';
try {
  text = readFileSync(file, 'utf8');
} catch {
  console.error(`study: cannot read ${file}`);
  process.exit(2);
}
const parsed = parseScenario(text, file);
if (!parsed.ok || !Number.isInteger(seeds) || seeds < 1) {
  console.error(parsed.ok ? 'study: --seeds must be a whole number ≥ 1' : parsed.error.map((e) => e.message).join('\n'));
  process.exit(2);
}
const scenario = parsed.value;
const rules = buildRules(scenario);
console.log(`${scenario.title.en}: ${seeds} seeds per strategy\n`);
for (const name of ['none', ...BUILTIN_STRATEGIES]) {
  const endings: Record<string, number> = {};
  const pillarSums = { sovereignty: 0, prosperity: 0, security: 0, stability: 0, balance: 0 };
  let goals = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const strategy = name === 'none' ? priorityStrategy('none', [], []) : builtinStrategy(name, seed)!;
    const score = finalScore(playGame(rules, scenario, seed, strategy).world, rules);
    endings[score.ending] = (endings[score.ending] ?? 0) + 1;
    for (const k of ['sovereignty', 'prosperity', 'security', 'stability'] as const) pillarSums[k] += score.pillars[k];
    pillarSums.balance += score.balance;
    goals += score.goals.length && score.goals.every((g) => g.met) ? 1 : 0;
  }
  const avg = Object.entries(pillarSums).map(([k, v]) => `${k.slice(0, 4)} ${(v / seeds).toFixed(0)}`).join(' ');
  const ends = Object.entries(endings).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`${name.padEnd(14)} ${avg} | all goals ${goals}/${seeds} | ${ends}`);
}
