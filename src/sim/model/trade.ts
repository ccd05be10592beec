// Trade by partner: oil export value follows the routes' destinations; the rest grows with relations.
import { model } from '../causes';
import { addTo } from '../effects';
import { PARTNER_IDS, type PartnerId, type RouteId } from '../ids';
import type { World } from '../world';
import { BARRELS_PER_TONNE } from './oil';

/** Where each route's crude is sold, by partner (game abstraction from OIL4: CPC mostly to Europe). */
const DESTINATIONS: Record<RouteId, Partial<Record<PartnerId, number>>> = {
  cpc: { eu: 0.7, other: 0.3 },
  samara: { eu: 0.5, other: 0.5 },
  btc: { eu: 0.6, turkey: 0.2, other: 0.2 },
  china: { china: 1 },
  rail: { eu: 0.6, other: 0.4 },
};

/** Annual value of crude sold to each partner, USD bn, at this turn's flows and price. */
export function oilValueByPartner(world: World): Record<PartnerId, number> {
  const out = Object.fromEntries(PARTNER_IDS.map((p) => [p, 0])) as Record<PartnerId, number>;
  for (const [route, shares] of Object.entries(DESTINATIONS) as [RouteId, Partial<Record<PartnerId, number>>][]) {
    const value = (world.oil.routes[route].flowMt * world.economy.oilPriceUsd * BARRELS_PER_TONNE) / 1000;
    for (const [p, share] of Object.entries(shares) as [PartnerId, number][]) out[p] += value * share;
  }
  return out;
}

/** Underlying annual growth (%) of non-oil trade with a partner: warmer relations, more trade. */
export function tradeGrowthPct(world: World, partner: PartnerId): number {
  if (partner === 'centralAsia') return 4;
  if (partner === 'other') return 2;
  let g = 2 + (world.relations[partner] - 40) * 0.04;
  if (partner === 'russia') g += world.flags.reexportTolerance * 6 - world.flags.sanctionsEnforcement * 4;
  if (partner === 'china') g += (world.corridors.khorgos.volumeMt / Math.max(1, world.corridors.khorgos.capacityMt)) * 2;
  if (partner === 'eu' || partner === 'turkey') g += world.corridors.middle.volumeMt * 0.3;
  return g;
}

/** Moves trade one turn: oil value changes pass through, non-oil trade and imports grow. */
export function updateTrade(world: World, oilBefore: Record<PartnerId, number>, fraction: number): void {
  const oilAfter = oilValueByPartner(world);
  for (const p of PARTNER_IDS) {
    const flow = world.trade[p];
    const g = (tradeGrowthPct(world, p) / 100) * fraction;
    const nonOil = Math.max(0, flow.exportsUsdBn - oilBefore[p]);
    addTo(world, `trade.${p}.exportsUsdBn`, oilAfter[p] - oilBefore[p], model('oil-exports'));
    addTo(world, `trade.${p}.exportsUsdBn`, nonOil * g, model('trade-growth'));
    addTo(world, `trade.${p}.importsUsdBn`, flow.importsUsdBn * g, model('trade-growth'));
  }
}

/** Total trade (exports + imports) with each partner, USD bn. */
export function tradeTotals(world: World): Record<PartnerId, number> {
  return Object.fromEntries(PARTNER_IDS.map((p) => [p, world.trade[p].exportsUsdBn + world.trade[p].importsUsdBn])) as Record<PartnerId, number>;
}

/** A partner's share of all imports (0..1). */
export function importShare(world: World, partner: PartnerId): number {
  const total = PARTNER_IDS.reduce((s, p) => s + world.trade[p].importsUsdBn, 0);
  return total > 0 ? world.trade[partner].importsUsdBn / total : 0;
}
