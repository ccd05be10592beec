import { readFileSync } from 'node:fs';
import { buildRules, finalScore } from '/work/wt-model/src/sim';
import { parseScenario } from '/work/wt-model/src/scenario/parse';
import { builtinStrategy } from '/work/wt-model/src/strategies/builtin';
import { playGame } from '/work/wt-model/src/strategies/play';
const [sc, ...names] = process.argv.slice(2);
const p = parseScenario(readFileSync(`/work/wt-model/scenarios/${sc}.json`, 'utf8'), sc);
if (!p.ok) throw new Error();
const rules = buildRules(p.value);
for (const name of names) {
  const met: Record<string, number> = {};
  const stab: number[] = [];
  for (let seed = 1; seed <= 30; seed++) {
    const g = playGame(rules, p.value, seed, builtinStrategy(name, seed)!);
    const s = finalScore(g.world, rules);
    for (const goal of s.goals) met[goal.id] = (met[goal.id] ?? 0) + (goal.met ? 1 : 0);
    stab.push(Math.round(g.world.society.stability));
  }
  console.log(name, JSON.stringify(met), stab.join(' '));
}
