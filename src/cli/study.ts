// npm run study: plays many seeds of each strategy on a scenario and prints the spread of endings and pillars.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildRules, finalScore } from '../sim';
import { parseScenario } from '../scenario/parse';
import { BUILTIN_STRATEGIES, builtinStrategy } from '../strategies/builtin';
import { playBatchGame } from '../strategies/play';
import { noneStrategy } from '../strategies/none';

const { values } = parseArgs({ options: { scenario: { type: 'string', default: 'baseline-2022' }, seeds: { type: 'string', default: '50' }, json: { type: 'boolean', default: false } } });
const seeds = Number(values.seeds);
const file = values.scenario.endsWith('.json') ? values.scenario : resolve('scenarios', `${values.scenario}.json`);
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
/** One game of a study: how it ended, whether every goal was met, the settled pillars and balance. */
interface StudyGame {
  seed: number;
  ending: string;
  goalsMet: boolean;
  pillars: { sovereignty: number; prosperity: number; security: number; stability: number };
  balance: number;
}

const strategies = ['none', ...BUILTIN_STRATEGIES].map((name) => {
  const games: StudyGame[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const strategy = name === 'none' ? noneStrategy(seed) : builtinStrategy(name, seed)!;
    const score = finalScore(playBatchGame(rules, scenario, seed, strategy).world, rules);
    const { sovereignty, prosperity, security, stability } = score.pillars;
    games.push({ seed, ending: score.ending, goalsMet: score.goals.every((g) => g.met), pillars: { sovereignty, prosperity, security, stability }, balance: score.balance });
  }
  return { name, games };
});

if (values.json) {
  console.log(JSON.stringify({ scenario: scenario.id, seeds, strategies }));
} else {
  console.log(`${scenario.title.en}: ${seeds} seeds per strategy ("none" takes no actions and answers events at random)\n`);
  for (const { name, games } of strategies) {
    const endings: Record<string, number> = {};
    for (const g of games) endings[g.ending] = (endings[g.ending] ?? 0) + 1;
    const mean = (f: (g: StudyGame) => number) => (games.reduce((s, g) => s + f(g), 0) / games.length).toFixed(0);
    const avg = `sove ${mean((g) => g.pillars.sovereignty)} pros ${mean((g) => g.pillars.prosperity)} secu ${mean((g) => g.pillars.security)} stab ${mean((g) => g.pillars.stability)} bala ${mean((g) => g.balance)}`;
    const goals = games.filter((g) => g.goalsMet).length;
    const ends = Object.entries(endings).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`${name.padEnd(14)} ${avg} | all goals ${goals}/${seeds} | ${ends}`);
  }
}
