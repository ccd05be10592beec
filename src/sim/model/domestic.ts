// Society, corridors and the armed forces between turns: slow drifts any player feels over a game.
import { model } from '../causes';
import { addToField, changeField } from '../effects';
import { fieldAccess, fieldList } from '../paths';
import { corridorList } from '../lists';
import { arsenalTotal } from './gauges';
import { CORRIDOR_IDS, SUPPLIER_IDS } from '../ids';
import { FIELDS } from '../fields';
import type { World } from '../world';
import { REFERENCE_OIL_REVENUE } from './economy';
import { oilRevenueUsdBn } from './oil';

// fields, causes and pulls looked up once, not at every turn
const F_SOCIETY_STABILITY = fieldAccess('society.stability');
const F_SOCIETY_KAZAKHLANGUAGEPCT = fieldAccess('society.kazakhLanguagePct');
const F_SOCIETY_LATINSCRIPTPCT = fieldAccess('society.latinScriptPct');
const F_SOCIETY_RUSSIANMEDIAEXPOSURE = fieldAccess('society.russianMediaExposure');
const F_SOCIETY_RUSSIANETHNICPCT = fieldAccess('society.russianEthnicPct');
const F_MILITARY_READINESS = fieldAccess('military.readiness');
const CAUSE_STABILITY = model('stability');
const CAUSE_LANGUAGE_TREND = model('language-trend');
const CAUSE_LATIN_ROLLOUT = model('latin-rollout');
const CAUSE_MEDIA_TREND = model('media-trend');
const CAUSE_DEMOGRAPHY = model('demography');
const CAUSE_READINESS = model('readiness');
const PULL_SOCIETY_STABILITY = FIELDS['society.stability'].pull!;
const PULL_SOCIETY_RUSSIANMEDIAEXPOSURE = FIELDS['society.russianMediaExposure'].pull!;
const PULL_MILITARY_READINESS = FIELDS['military.readiness'].pull!;

/** Stability drifts toward what growth, finances, Russian media exposure and Moscow's pressure support. */
export function updateStability(world: World): void {
  const e = world.economy;
  const target =
    60 + (e.growthPct - 2) * 2.5 + e.budgetBalancePctGdp * 0.5 -
    52 * Math.max(0, 0.6 - oilRevenueUsdBn(world) / REFERENCE_OIL_REVENUE) - // oil money gone: wages, transfers, jobs in the west of the country
    (world.society.russianMediaExposure - 60) * 0.1 -
    world.powers.russia.escalation * 2;
  changeField(world, F_SOCIETY_STABILITY, world.society.stability + (target - world.society.stability) * PULL_SOCIETY_STABILITY, CAUSE_STABILITY);
}

/** Identity trends: Kazakh use grows slowly; the Latin script rolls out 2023–2031 (SOC3); media exposure ebbs. */
export function updateIdentity(world: World, fraction: number): void {
  const s = world.society;
  addToField(world, F_SOCIETY_KAZAKHLANGUAGEPCT, (0.6 + world.flags.languageLaw * 0.8) * fraction, CAUSE_LANGUAGE_TREND);
  addToField(world, F_SOCIETY_LATINSCRIPTPCT, (2 + world.flags.latinScriptDecree * 4) * fraction, CAUSE_LATIN_ROLLOUT);
  addToField(world, F_SOCIETY_RUSSIANMEDIAEXPOSURE, (45 - s.russianMediaExposure) * PULL_SOCIETY_RUSSIANMEDIAEXPOSURE, CAUSE_MEDIA_TREND);
  addToField(world, F_SOCIETY_RUSSIANETHNICPCT, -0.2 * fraction, CAUSE_DEMOGRAPHY);
}

/**
 * Risk shippers see on the northern route (annual % points of demand moved): Moscow's alarm above 30 and sanctions pressure.
 * It moves cargo from the northern corridor to the Middle Corridor.
 */
export function northernRouteRisk(world: World): number {
  return 0.4 * Math.max(0, world.gauges.russiaAlarm - 30) + 0.2 * world.economy.sanctionsPressure;
}

/** Corridors carry more each turn as demand grows, within capacity; risk on the northern route sends cargo to the Middle Corridor. */
export function updateCorridors(world: World, fraction: number): void {
  const risk = northernRouteRisk(world);
  const corridors = corridorList(world);
  for (let i = 0; i < corridors.length; i++) {
    const c = corridors[i];
    const volume = CORRIDOR_VOLUME[i];
    if (!c || !volume) continue;
    const id = CORRIDOR_IDS[i];
    const growth = c.growthPct + (id === 'middle' ? risk : id === 'northern' ? -risk / 4 : 0);
    const next = Math.min(c.capacityMt, c.volumeMt * (1 + (growth / 100) * fraction));
    changeField(world, volume, next, CAUSE_CORRIDOR_DEMAND);
  }
}

const CORRIDOR_VOLUME = fieldList(CORRIDOR_IDS, (id) => `corridors.${id}.volumeMt`);
const CAUSE_CORRIDOR_DEMAND = model('corridor-demand');
const ARSENAL = fieldList(SUPPLIER_IDS, (s) => `military.arsenal.${s}`);
const WEAR = SUPPLIER_IDS.map((s) => (s === 'russia' ? 0.025 : 0.01));
const CAUSE_EQUIPMENT_AGEING = model('equipment-ageing');

/** Equipment ages (old Soviet stock faster) and readiness follows what the forces have. */
export function updateMilitary(world: World): void {
  for (let i = 0; i < ARSENAL.length; i++) {
    const field = ARSENAL[i];
    if (field) addToField(world, field, -(field.get(world) as number) * (WEAR[i] ?? 0), CAUSE_EQUIPMENT_AGEING);
  }
  const total = arsenalTotal(world);
  const target = 30 + total * 0.2 + world.military.domesticProduction * 0.1;
  changeField(world, F_MILITARY_READINESS, world.military.readiness + (target - world.military.readiness) * PULL_MILITARY_READINESS, CAUSE_READINESS);
}
