// Trade by partner: oil export value follows the routes' destinations; the rest grows with demand, relations, corridors and sanctions.
import { model } from '../causes';
import { addToField } from '../effects';
import { fieldsById } from '../paths';
import { PARTNER_IDS, type PartnerId, type RouteId } from '../ids';
import type { TradeFlow, World } from '../world';
import { BARRELS_PER_TONNE } from './oil';

/** Where each route's crude is sold, by partner (game abstraction from OIL4: CPC mostly to Europe). */
const DESTINATIONS: Record<RouteId, Partial<Record<PartnerId, number>>> = {
  cpc: { eu: 0.7, other: 0.3 },
  samara: { eu: 0.5, other: 0.5 },
  btc: { eu: 0.6, turkey: 0.2, other: 0.2 },
  china: { china: 1 },
  rail: { eu: 0.6, other: 0.4 },
};

/** DESTINATIONS as lists, in the same order, so a turn walks them without building entries. */
const DESTINATION_LIST = (Object.entries(DESTINATIONS) as [RouteId, Partial<Record<PartnerId, number>>][]).map(([route, shares]) => ({
  route,
  shares: (Object.entries(shares) as [PartnerId, number][]).map(([partner, share]) => ({ partner, share })),
}));

/** Annual value of crude sold to each partner, USD bn, at this turn's flows and price. */
export function oilValueByPartner(world: World): Record<PartnerId, number> {
  const out: Record<PartnerId, number> = { eu: 0, china: 0, russia: 0, turkey: 0, us: 0, centralAsia: 0, gulf: 0, other: 0 };
  for (const { route, shares } of DESTINATION_LIST) {
    const value = (world.oil.routes[route].flowMt * world.economy.oilPriceUsd * BARRELS_PER_TONNE) / 1000;
    for (const { partner, share } of shares) out[partner] += value * share;
  }
  return out;
}

/** Annual growth of each partner's demand for Kazakh non-oil goods, % (game abstraction: China grows fastest, the EU slowly). */
const DEMAND_GROWTH_PCT: Record<PartnerId, number> = { eu: 1, china: 5, russia: 1, turkey: 4, us: 2, gulf: 3, centralAsia: 4, other: 2 };

/** Share of the corridor's spare use that becomes trade growth with the partners at its end. */
const corridorUse = (world: World, id: 'middle' | 'khorgos') => world.corridors[id].volumeMt / Math.max(1, world.corridors[id].capacityMt);

/**
 * Underlying annual growth (%) of non-oil exports to a partner: its demand, warmer relations, the corridors that reach it,
 * and for Russia the sanctions-era rerouting (re-exports tolerated or controlled).
 */
export function tradeGrowthPct(world: World, partner: PartnerId): number {
  let g = DEMAND_GROWTH_PCT[partner];
  if (partner !== 'centralAsia' && partner !== 'other') g += (world.relations[partner] - 40) * 0.03;
  if (partner === 'russia') g += world.flags.reexportTolerance * 10 - world.flags.sanctionsEnforcement * 5;
  if (partner === 'china') g += corridorUse(world, 'khorgos') * 2;
  if (partner === 'eu' || partner === 'turkey') g += corridorUse(world, 'middle') * 3;
  return g;
}

/**
 * Underlying annual growth (%) of imports from a partner. Russian goods hold their place through the customs union (EAEU
 * engagement) and the northern route; parallel imports for re-export to Russia lift EU and Chinese imports while they are
 * tolerated; corridors to China and across the Caspian bring other suppliers closer.
 */
export function importGrowthPct(world: World, partner: PartnerId): number {
  const m = world.memberships.eaeu;
  if (partner === 'russia') return 1 + ((m.member ? m.engagement : 0) - 60) * 0.1 - corridorUse(world, 'middle') * 2 - corridorUse(world, 'khorgos') * 2;
  let g = DEMAND_GROWTH_PCT[partner] * 0.6;
  if (partner !== 'centralAsia' && partner !== 'other') g += (world.relations[partner] - 40) * 0.03;
  if (partner === 'eu' || partner === 'china') g += world.flags.reexportTolerance * 3;
  if (partner === 'china') g += corridorUse(world, 'khorgos') * 3;
  if (partner === 'eu' || partner === 'turkey') g += corridorUse(world, 'middle') * 3;
  return g;
}

const EXPORTS = fieldsById(PARTNER_IDS, (p) => `trade.${p}.exportsUsdBn`);
const IMPORTS = fieldsById(PARTNER_IDS, (p) => `trade.${p}.importsUsdBn`);

/** Moves trade one turn: oil value changes pass through, non-oil exports and imports grow with their drivers. */
export function updateTrade(world: World, oilBefore: Record<PartnerId, number>, fraction: number): void {
  const oilAfter = oilValueByPartner(world);
  const oilExports = model('oil-exports');
  const tradeGrowth = model('trade-growth');
  const importGrowth = model('import-growth');
  for (const p of PARTNER_IDS) {
    const flow = world.trade[p];
    const nonOil = Math.max(0, flow.exportsUsdBn - oilBefore[p]);
    addToField(world, EXPORTS[p], oilAfter[p] - oilBefore[p], oilExports);
    addToField(world, EXPORTS[p], nonOil * (tradeGrowthPct(world, p) / 100) * fraction, tradeGrowth);
    addToField(world, IMPORTS[p], flow.importsUsdBn * (importGrowthPct(world, p) / 100) * fraction, importGrowth);
  }
}

/** Total trade (exports + imports) with each partner, USD bn. */
export function tradeTotals(world: World): Record<PartnerId, number> {
  const t = world.trade;
  const sum = (f: TradeFlow) => f.exportsUsdBn + f.importsUsdBn;
  return { eu: sum(t.eu), china: sum(t.china), russia: sum(t.russia), turkey: sum(t.turkey), us: sum(t.us), centralAsia: sum(t.centralAsia), gulf: sum(t.gulf), other: sum(t.other) };
}

/** A partner's share of all imports (0..1). */
export function importShare(world: World, partner: PartnerId): number {
  const total = PARTNER_IDS.reduce((s, p) => s + world.trade[p].importsUsdBn, 0);
  return total > 0 ? world.trade[partner].importsUsdBn / total : 0;
}
