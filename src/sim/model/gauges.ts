// Relations and the powers' gauges drift toward what the structure of ties and their memory imply.
import { model } from '../causes';
import { addToField, changeField } from '../effects';
import { fieldAccess, fieldList } from '../paths';
import { powerList, powerValues } from '../lists';
import { FIELDS } from '../fields';
import { POWER_IDS, SUPPLIER_IDS } from '../ids';
import type { World } from '../world';
import { oilViaRussiaShare } from './oil';
import { tradeTotals } from './trade';
import { totalInvestment } from './economy';

// fields, causes and pulls looked up once, not at every turn
const F_GAUGES_RUSSIAALARM = fieldAccess('gauges.russiaAlarm');
const F_GAUGES_CHINALEVERAGE = fieldAccess('gauges.chinaLeverage');
const F_GAUGES_WESTCONCERN = fieldAccess('gauges.westConcern');
const CAUSE_RUSSIA_ALARM = model('russia-alarm');
const CAUSE_CHINA_LEVERAGE = model('china-leverage');
const CAUSE_WEST_CONCERN = model('west-concern');
const PULL_GAUGES_RUSSIAALARM = FIELDS['gauges.russiaAlarm'].pull!;
const PULL_GAUGES_CHINALEVERAGE = FIELDS['gauges.chinaLeverage'].pull!;
const PULL_GAUGES_WESTCONCERN = FIELDS['gauges.westConcern'].pull!;

/** All equipment, summed in SUPPLIER_IDS order (written out: lists.ts says why). */
export function arsenalTotal(world: World): number {
  const a = world.military.arsenal;
  return 0 + a.russia + a.china + a.turkey + a.west + a.domestic;
}

/** Share of arms from a supplier (0..1). */
export function armsShare(world: World, supplier: (typeof SUPPLIER_IDS)[number]): number {
  const total = arsenalTotal(world);
  return total > 0 ? world.military.arsenal[supplier] / total : 0;
}

/** Where Russian alarm settles: the further Kazakhstan drifts (routes, alliances, arms, identity), the higher. */
export function russiaAlarmTarget(world: World): number {
  const m = world.memberships;
  return (
    15 + 35 * (1 - oilViaRussiaShare(world)) +
    10 * (1 - (m.csto.member ? m.csto.engagement : 0) / 100) +
    10 * (1 - (m.eaeu.member ? m.eaeu.engagement : 0) / 100) +
    20 * (1 - armsShare(world, 'russia')) +
    0.1 * world.society.latinScriptPct +
    0.1 * Math.max(0, (world.relations.eu + world.relations.us) / 2) +
    0.1 * m.ots.engagement -
    0.3 * world.powers.russia.memory
  );
}

/** Where China's leverage settles: its share of trade and investment, and loans owed. */
export function chinaLeverageTarget(world: World): number {
  const totals = tradeTotals(world);
  // the partners' order, as Object.values walked it (written out: lists.ts says why)
  const all = 0 + totals.eu + totals.china + totals.russia + totals.turkey + totals.us + totals.centralAsia + totals.gulf + totals.other;
  const invest = totalInvestment(world);
  return 13 + (totals.china / Math.max(1, all)) * 80 + (world.economy.investmentUsdBn.china / Math.max(1, invest)) * 20 + world.flags.chinaLoan * 10;
}

/** Where Western concern over sanctions evasion settles: re-exports tolerated vs controls enforced. */
export function westConcernTarget(world: World): number {
  return 23 + world.flags.reexportTolerance * 25 - world.flags.sanctionsEnforcement * 15 + world.relations.russia * 0.15;
}

const MEMORY = fieldList(POWER_IDS, (p) => `powers.${p}.memory`);
const RELATIONS = fieldList(POWER_IDS, (p) => `relations.${p}`);
const RELATIONS_PULL = POWER_IDS.map((p) => FIELDS[`relations.${p}`].pull!);
const CAUSE_MEMORY_FADES = model('memory-fades');
const CAUSE_RELATIONS_DRIFT = model('relations-drift');

/** One turn of drift: memories fade, relations follow memory, gauges move toward their targets. */
export function updateGauges(world: World): void {
  const powers = powerList(world);
  const baseline = powerValues(world.baseline.relations);
  for (let i = 0; i < powers.length; i++) {
    const power = powers[i];
    const memory = MEMORY[i];
    const relation = RELATIONS[i];
    if (!power || !memory || !relation) continue;
    changeField(world, memory, power.memory * (0.7 + 0.3 * power.personality.patience), CAUSE_MEMORY_FADES);
    const target = (baseline[i] ?? 0) + power.memory * 0.5;
    addToField(world, relation, (target - (relation.get(world) as number)) * (RELATIONS_PULL[i] ?? 0), CAUSE_RELATIONS_DRIFT);
  }
  const g = world.gauges;
  addToField(world, F_GAUGES_RUSSIAALARM, (russiaAlarmTarget(world) - g.russiaAlarm) * PULL_GAUGES_RUSSIAALARM, CAUSE_RUSSIA_ALARM);
  addToField(world, F_GAUGES_CHINALEVERAGE, (chinaLeverageTarget(world) - g.chinaLeverage) * PULL_GAUGES_CHINALEVERAGE, CAUSE_CHINA_LEVERAGE);
  addToField(world, F_GAUGES_WESTCONCERN, (westConcernTarget(world) - g.westConcern) * PULL_GAUGES_WESTCONCERN, CAUSE_WEST_CONCERN);
}
