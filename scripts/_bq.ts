import { readFileSync } from 'node:fs';
import { buildRules } from '/work/wt-lead/src/sim';
import { parseScenario } from '/work/wt-lead/src/scenario/parse';
import { playGame, playBatchGame } from '/work/wt-lead/src/strategies/play';
import { builtinStrategy } from '/work/wt-lead/src/strategies/builtin';
const parsed = parseScenario(readFileSync('/work/wt-lead/scenarios/baseline-2022.json', 'utf8'), 'baseline-2022.json');
if (!parsed.ok) { console.log(JSON.stringify(parsed).slice(0,500)); throw 0; }
const s = parsed.value; const rules = buildRules(s);
for (const name of ['random','balanced','historical']) {
  const st = () => builtinStrategy(name, 1)!;
  for (let i=0;i<200;i++) playBatchGame(rules, s, i, st());
  let t0 = performance.now(); let n=0;
  while (performance.now()-t0 < 2000) { playBatchGame(rules, s, n++, st()); }
  const b = n/((performance.now()-t0)/1000);
  t0 = performance.now(); n=0;
  while (performance.now()-t0 < 2000) { playGame(rules, s, n++, st()); }
  const it = n/((performance.now()-t0)/1000);
  console.log(name, 'batch g/s', b.toFixed(0), 'interactive g/s', it.toFixed(0));
}
