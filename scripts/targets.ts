// Model targets of issue 9 over every bundled scenario: success rates, best-mean counts, variance explained.
// Usage: npx tsx scripts/targets.ts [seeds=100] [scenario-prefix]
import { readFileSync, readdirSync } from 'node:fs';
import { buildRules } from '../src/sim';
import { parseScenario } from '../src/scenario/parse';
import { chosenLines, measureTargets } from '../src/strategies/targets';

const seeds = Number(process.argv[2] ?? 100);
const only = process.argv[3];
const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json' && (!only || f.startsWith(only)));
const bestCount: Record<string, number> = {};
const winCount: Record<string, number> = {};
for (const f of files) {
  const parsed = parseScenario(readFileSync(`scenarios/${f}`, 'utf8'), f);
  if (!parsed.ok) throw new Error(f);
  const t = measureTargets(buildRules(parsed.value), parsed.value, seeds);
  const best = [...t.lines].filter((r) => r.name !== 'none').sort((a, b) => b.mean - a.mean)[0];
  const bestSucc = [...chosenLines(t)].sort((a, b) => b.success - a.success)[0];
  if (!best || !bestSucc) continue;
  bestCount[best.name] = (bestCount[best.name] ?? 0) + 1;
  for (const r of t.lines) if (r.success >= 0.8) winCount[r.name] = (winCount[r.name] ?? 0) + 1;
  console.log(`\n## ${t.scenario}  R²=${t.varianceExplained.toFixed(2)}  best-mean=${best.name}  top-success=${bestSucc.name} ${(bestSucc.success * 100).toFixed(0)}%`);
  for (const r of t.lines) {
    const ends = Object.entries(r.endings).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`${r.name.padEnd(14)} succ ${(r.success * 100).toFixed(0).padStart(3)}% mean ${r.mean.toFixed(1)} | ${ends}`);
  }
}
console.log('\nbest-mean counts', bestCount, '≥80% success counts', winCount);
