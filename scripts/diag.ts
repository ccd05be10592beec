import { readFileSync } from 'node:fs';
import { buildRules } from '../src/sim';
import { parseScenario } from '../src/scenario/parse';
import { builtinStrategy } from '../src/strategies/builtin';
import { playGame } from '../src/strategies/play';
import { importShare } from '../src/sim/model/trade';
import { oilViaRussiaShare } from '../src/sim/model/oil';
import { armsShare } from '../src/sim/model/gauges';
const [sc, name, n] = process.argv.slice(2);
const p = parseScenario(readFileSync(`/work/wt-model/scenarios/${sc}.json`, 'utf8'), sc);
if (!p.ok) throw new Error();
const rules = buildRules(p.value);
for (let seed = 1; seed <= Number(n ?? 5); seed++) {
  const w = playGame(rules, p.value, seed, builtinStrategy(name, seed)!).world;
  const f = (x: number) => x.toFixed(2);
  console.log(seed, w.outcome?.ending, 'rel', JSON.stringify(w.relations), 'alarm', f(w.gauges.russiaAlarm), 'west', f(w.gauges.westConcern), 'sp', f(w.economy.sanctionsPressure), 'oilRu', f(oilViaRussiaShare(w)), 'impRu', f(importShare(w, 'russia')), 'armsRu', f(armsShare(w, 'russia')), 'stab', f(w.society.stability), 'esc', w.powers.russia.escalation, 'nf', f(w.economy.nationalFundUsdBn), 'cpc', w.oil.routes.cpc.status, 'btc', f(w.oil.routes.btc.flowMt), 'cn', f(w.oil.routes.china.flowMt), 'shut', f(w.oil.shutInMt));
}
