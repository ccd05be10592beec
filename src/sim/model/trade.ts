// Trade by partner: oil export value follows the routes' destinations; the rest grows with demand, relations, corridors and sanctions.
import { model } from '../causes';
import { addToField } from '../effects';
import { fieldAccess, fieldList } from '../paths';
import { PARTNER_IDS, ROUTE_IDS, type PartnerId, type RouteId } from '../ids';
import { routeList, tradeList } from '../lists';
import type { Corridor, TradeFlow, World } from '../world';
import { BARRELS_PER_TONNE } from './oil';

/** Where each route's crude is sold, by partner (game abstraction from OIL4: CPC mostly to Europe). */
const DESTINATIONS: Record<RouteId, Partial<Record<PartnerId, number>>> = {
  cpc: { eu: 0.7, other: 0.3 },
  samara: { eu: 0.5, other: 0.5 },
  btc: { eu: 0.6, turkey: 0.2, other: 0.2 },
  china: { china: 1 },
  rail: { eu: 0.6, other: 0.4 },
};

/** DESTINATIONS as lists in the same order, routes and partners by their index in ROUTE_IDS and PARTNER_IDS, so a turn walks them by index. */
const DESTINATION_LIST = (Object.entries(DESTINATIONS) as [RouteId, Partial<Record<PartnerId, number>>][]).map(([route, shares]) => ({
  route: ROUTE_IDS.indexOf(route),
  shares: (Object.entries(shares) as [PartnerId, number][]).map(([partner, share]) => ({ partner: PARTNER_IDS.indexOf(partner), share })),
}));

/**
 * Annual value of crude sold to each partner, USD bn, in PARTNER_IDS order, at this turn's flows and price; written into
 * `out` when given (the turn's model passes lists made once: it runs at every turn of every game).
 */
export function oilValueByPartner(world: World, out = new Float64Array(PARTNER_IDS.length)): Float64Array {
  out.fill(0);
  const routes = routeList(world);
  for (const { route, shares } of DESTINATION_LIST) {
    const value = ((routes[route]?.flowMt ?? 0) * world.economy.oilPriceUsd * BARRELS_PER_TONNE) / 1000;
    for (const { partner, share } of shares) out[partner] = (out[partner] ?? 0) + value * share;
  }
  return out;
}

/** Annual growth of each partner's demand for Kazakh non-oil goods, % (game abstraction: China grows fastest, the EU slowly). */
const DEMAND_GROWTH_PCT: Record<PartnerId, number> = { eu: 1, china: 5, russia: 1, turkey: 4, us: 2, gulf: 3, centralAsia: 4, other: 2 };

/** DEMAND_GROWTH_PCT in PARTNER_IDS order. */
const DEMAND_GROWTH_LIST = PARTNER_IDS.map((p) => DEMAND_GROWTH_PCT[p]);

/** Each partner's relations field in PARTNER_IDS order (null for the partners that are not powers: Central Asia, other). */
const PARTNER_RELATION = PARTNER_IDS.map((p) => (p !== 'centralAsia' && p !== 'other' ? fieldAccess(`relations.${p}`) : null));

/** Share of the corridor's spare use that becomes trade growth with the partners at its end. */
const corridorUse = (c: Corridor) => c.volumeMt / Math.max(1, c.capacityMt);

/**
 * Underlying annual growth (%) of non-oil exports to a partner: its demand, warmer relations, the corridors that reach it,
 * and for Russia the sanctions-era rerouting (re-exports tolerated or controlled).
 */
export function tradeGrowthPct(world: World, partner: PartnerId): number {
  return tradeGrowthAt(world, PARTNER_IDS.indexOf(partner));
}

/** tradeGrowthPct of the partner at index i of PARTNER_IDS. */
function tradeGrowthAt(world: World, i: number): number {
  const partner = PARTNER_IDS[i];
  const relation = PARTNER_RELATION[i];
  let g = DEMAND_GROWTH_LIST[i] ?? 0;
  if (relation) g += ((relation.get(world) as number) - 40) * 0.03;
  if (partner === 'russia') g += world.flags.reexportTolerance * 10 - world.flags.sanctionsEnforcement * 5;
  if (partner === 'china') g += corridorUse(world.corridors.khorgos) * 2;
  if (partner === 'eu' || partner === 'turkey') g += corridorUse(world.corridors.middle) * 3;
  return g;
}

/**
 * Underlying annual growth (%) of imports from a partner. Russian goods hold their place through the customs union (EAEU
 * engagement) and the northern route; parallel imports for re-export to Russia lift EU and Chinese imports while they are
 * tolerated; corridors to China and across the Caspian bring other suppliers closer.
 */
export function importGrowthPct(world: World, partner: PartnerId): number {
  return importGrowthAt(world, PARTNER_IDS.indexOf(partner));
}

/** importGrowthPct of the partner at index i of PARTNER_IDS. */
function importGrowthAt(world: World, i: number): number {
  const partner = PARTNER_IDS[i];
  const m = world.memberships.eaeu;
  if (partner === 'russia') return 1 + ((m.member ? m.engagement : 0) - 60) * 0.1 - corridorUse(world.corridors.middle) * 2 - corridorUse(world.corridors.khorgos) * 2;
  const relation = PARTNER_RELATION[i];
  let g = (DEMAND_GROWTH_LIST[i] ?? 0) * 0.6;
  if (relation) g += ((relation.get(world) as number) - 40) * 0.03;
  if (partner === 'eu' || partner === 'china') g += world.flags.reexportTolerance * 3;
  if (partner === 'china') g += corridorUse(world.corridors.khorgos) * 3;
  if (partner === 'eu' || partner === 'turkey') g += corridorUse(world.corridors.middle) * 3;
  return g;
}

const EXPORTS = fieldList(PARTNER_IDS, (p) => `trade.${p}.exportsUsdBn`);
const IMPORTS = fieldList(PARTNER_IDS, (p) => `trade.${p}.importsUsdBn`);
const CAUSE_OIL_EXPORTS = model('oil-exports');
const CAUSE_TRADE_GROWTH = model('trade-growth');
const CAUSE_IMPORT_GROWTH = model('import-growth');

/** updateTrade's oil values after the turn's allocation, filled and read within one call. */
const OIL_AFTER = new Float64Array(PARTNER_IDS.length);

/** Moves trade one turn: oil value changes pass through, non-oil exports and imports grow with their drivers. */
export function updateTrade(world: World, oilBefore: Float64Array, fraction: number): void {
  const oilAfter = oilValueByPartner(world, OIL_AFTER);
  const flows = tradeList(world);
  for (let i = 0; i < PARTNER_IDS.length; i++) {
    const flow = flows[i];
    const exports = EXPORTS[i];
    const imports = IMPORTS[i];
    if (!flow || !exports || !imports) continue;
    const before = oilBefore[i] ?? 0;
    const nonOil = Math.max(0, flow.exportsUsdBn - before);
    addToField(world, exports, (oilAfter[i] ?? 0) - before, CAUSE_OIL_EXPORTS);
    addToField(world, exports, nonOil * (tradeGrowthAt(world, i) / 100) * fraction, CAUSE_TRADE_GROWTH);
    addToField(world, imports, flow.importsUsdBn * (importGrowthAt(world, i) / 100) * fraction, CAUSE_IMPORT_GROWTH);
  }
}

/** Total trade (exports + imports) with each partner, USD bn. */
export function tradeTotals(world: World): Record<PartnerId, number> {
  const t = world.trade;
  const sum = (f: TradeFlow) => f.exportsUsdBn + f.importsUsdBn;
  return { eu: sum(t.eu), china: sum(t.china), russia: sum(t.russia), turkey: sum(t.turkey), us: sum(t.us), centralAsia: sum(t.centralAsia), gulf: sum(t.gulf), other: sum(t.other) };
}

/** All imports, summed in PARTNER_IDS order (written out: lists.ts says why). */
export function importsTotal(world: World): number {
  const t = world.trade;
  return 0 + t.eu.importsUsdBn + t.china.importsUsdBn + t.russia.importsUsdBn + t.turkey.importsUsdBn + t.us.importsUsdBn + t.centralAsia.importsUsdBn + t.gulf.importsUsdBn + t.other.importsUsdBn;
}

/** A partner's share of all imports (0..1). */
export function importShare(world: World, partner: PartnerId): number {
  const total = importsTotal(world);
  return total > 0 ? world.trade[partner].importsUsdBn / total : 0;
}
