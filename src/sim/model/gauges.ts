// Relations and the powers' gauges drift toward what the structure of ties and their memory imply.
import { model } from '../causes';
import { addToField, changeField } from '../effects';
import { fieldAccess, fieldsById } from '../paths';
import { FIELDS } from '../fields';
import { PARTNER_IDS, POWER_IDS, type PowerId, SUPPLIER_IDS } from '../ids';
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

/** Share of arms from a supplier (0..1). */
export function armsShare(world: World, supplier: (typeof SUPPLIER_IDS)[number]): number {
  let total = 0;
  for (const id of SUPPLIER_IDS) total += world.military.arsenal[id];
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
  let all = 0;
  for (const p of PARTNER_IDS) all += totals[p]; // the partners' order, as Object.values walked it
  const invest = totalInvestment(world);
  return 13 + (totals.china / Math.max(1, all)) * 80 + (world.economy.investmentUsdBn.china / Math.max(1, invest)) * 20 + world.flags.chinaLoan * 10;
}

/** Where Western concern over sanctions evasion settles: re-exports tolerated vs controls enforced. */
export function westConcernTarget(world: World): number {
  return 23 + world.flags.reexportTolerance * 25 - world.flags.sanctionsEnforcement * 15 + world.relations.russia * 0.15;
}

const MEMORY = fieldsById(POWER_IDS, (p) => `powers.${p}.memory`);
const RELATIONS = fieldsById(POWER_IDS, (p) => `relations.${p}`);
const RELATIONS_PULL = Object.fromEntries(POWER_IDS.map((p) => [p, FIELDS[`relations.${p}`].pull!])) as Record<PowerId, number>;

/** One turn of drift: memories fade, relations follow memory, gauges move toward their targets. */
export function updateGauges(world: World): void {
  const fades = model('memory-fades');
  const drift = model('relations-drift');
  for (const p of POWER_IDS) {
    const power = world.powers[p];
    changeField(world, MEMORY[p], power.memory * (0.7 + 0.3 * power.personality.patience), fades);
    const target = world.baseline.relations[p] + power.memory * 0.5;
    addToField(world, RELATIONS[p], (target - world.relations[p]) * RELATIONS_PULL[p], drift);
  }
  const g = world.gauges;
  addToField(world, F_GAUGES_RUSSIAALARM, (russiaAlarmTarget(world) - g.russiaAlarm) * PULL_GAUGES_RUSSIAALARM, CAUSE_RUSSIA_ALARM);
  addToField(world, F_GAUGES_CHINALEVERAGE, (chinaLeverageTarget(world) - g.chinaLeverage) * PULL_GAUGES_CHINALEVERAGE, CAUSE_CHINA_LEVERAGE);
  addToField(world, F_GAUGES_WESTCONCERN, (westConcernTarget(world) - g.westConcern) * PULL_GAUGES_WESTCONCERN, CAUSE_WEST_CONCERN);
}
