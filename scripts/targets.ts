// Model targets of issue 9 over every bundled scenario: success rates, best-mean counts, variance explained.
import { readFileSync, readdirSync } from 'node:fs';
import { buildRules, finalScore } from '../src/sim';
import { parseScenario } from '../src/scenario/parse';
import { BUILTIN_STRATEGIES, builtinStrategy } from '../src/strategies/builtin';
import { playBatchGame } from '../src/strategies/play';
import { noneStrategy } from '../src/strategies/none';
import { first } from '../src/sim/indexing';

const seeds = Number(process.argv[2] ?? 100);
const only = process.argv[3];
const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json' && (!only || f.startsWith(only)));
const BAD = new Set(['collapse', 'russianOrbit', 'chineseOrbit']);
const bestCount: Record<string, number> = {};
const winCount: Record<string, number> = {};
for (const f of files) {
  const parsed = parseScenario(readFileSync(`scenarios/${f}`, 'utf8'), f);
  if (!parsed.ok) throw new Error(f);
  const scenario = parsed.value;
  const rules = buildRules(scenario);
  const rows: { name: string; succ: number; mean: number; vals: number[]; ends: Record<string, number>; goals: number; p: number[] }[] = [];
  for (const name of ['none', ...BUILTIN_STRATEGIES]) {
    const vals: number[] = [];
    const ends: Record<string, number> = {};
    let succ = 0, goals = 0;
    const p: [number, number, number, number, number] = [0, 0, 0, 0, 0];
    for (let seed = 1; seed <= seeds; seed++) {
      const strategy = name === 'none' ? noneStrategy(seed) : builtinStrategy(name, seed)!;
      const s = finalScore(playBatchGame(rules, scenario, seed, strategy).world, rules);
      const allGoals = s.goals.every((g) => g.met);
      goals += allGoals ? 1 : 0;
      if (allGoals && !BAD.has(s.ending)) succ++;
      ends[s.ending] = (ends[s.ending] ?? 0) + 1;
      p[0] += s.pillars.sovereignty; p[1] += s.pillars.prosperity; p[2] += s.pillars.security; p[3] += s.pillars.stability; p[4] += s.balance;
      vals.push((s.pillars.sovereignty + s.pillars.prosperity + s.pillars.security + s.pillars.stability) / 4);
    }
    rows.push({ p: p.map((x) => x / seeds), name, succ: succ / seeds, mean: vals.reduce((a, b) => a + b, 0) / seeds, vals, ends, goals: goals / seeds });
  }
  const all = rows.flatMap((r) => r.vals);
  const grand = all.reduce((a, b) => a + b, 0) / all.length;
  const total = all.reduce((s, v) => s + (v - grand) ** 2, 0);
  const between = rows.reduce((s, r) => s + r.vals.length * (r.mean - grand) ** 2, 0);
  const builtins = rows.filter((r) => r.name !== 'none' && r.name !== 'random');
  const best = first([...rows].filter((r) => r.name !== 'none').sort((a, b) => b.mean - a.mean), 'strategies');
  bestCount[best.name] = (bestCount[best.name] ?? 0) + 1;
  for (const r of rows) if (r.succ >= 0.8) winCount[r.name] = (winCount[r.name] ?? 0) + 1;
  const bestSucc = first([...builtins].sort((a, b) => b.succ - a.succ), 'built-in strategies');
  console.log(`\n## ${scenario.id}  R²=${(between / total).toFixed(2)}  best-mean=${best.name}  top-success=${bestSucc.name} ${(bestSucc.succ * 100).toFixed(0)}%`);
  for (const r of rows) {
    const ends = Object.entries(r.ends).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`${r.name.padEnd(14)} succ ${(r.succ * 100).toFixed(0).padStart(3)}% goals ${(r.goals * 100).toFixed(0).padStart(3)}% mean ${r.mean.toFixed(1)} [${r.p.map((x) => x.toFixed(0)).join(' ')}] | ${ends}`);
  }
}
console.log('\nbest-mean counts', bestCount, '≥80% success counts', winCount);
