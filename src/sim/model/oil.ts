// Oil flows: exports go to the cheapest open routes within capacity; what cannot move is shut in.
import { model } from '../causes';
import { addTo, change } from '../effects';
import { ROUTE_IDS, type RouteId } from '../ids';
import type { Cause, Route, World } from '../world';

/** Share of a disrupted route's capacity that still loads (e.g. one mooring of three). */
export const DISRUPTED_LOADING = 0.35;

/** Barrels per tonne of Kazakh crude blend, to turn Mt into revenue. */
export const BARRELS_PER_TONNE = 7.33;

/** Capacity usable this turn given the route's status. */
export function usableCapacity(route: Route): number {
  if (route.status === 'banned') return 0;
  return route.status === 'disrupted' ? route.capacityMt * DISRUPTED_LOADING : route.capacityMt;
}

/** Routes cheapest first (ties in the fixed route order), as shippers would fill them. */
export function routesByCost(world: World): RouteId[] {
  return [...ROUTE_IDS].sort((a, b) => world.oil.routes[a].costUsdPerT - world.oil.routes[b].costUsdPerT);
}

/**
 * Allocates exportable crude to routes and records flows, exports and the shut-in volume.
 * Shippers keep last turn's volumes where the route still takes them (contracts and habits are
 * sticky: oil that moved to BTC during a CPC halt stays there), then the rest goes to the
 * cheapest routes with room. A new game starts from the cheapest fill alone.
 */
export function allocateOil(world: World, cause: Cause = model('oil-allocation')): void {
  const exportable = Math.max(0, world.oil.productionMt - world.oil.domesticMt);
  const usable = Object.fromEntries(ROUTE_IDS.map((id) => [id, usableCapacity(world.oil.routes[id])])) as Record<RouteId, number>;
  const held = Object.fromEntries(ROUTE_IDS.map((id) => [id, Math.min(world.oil.routes[id].flowMt, usable[id])])) as Record<RouteId, number>;
  const heldTotal = ROUTE_IDS.reduce((s, id) => s + held[id], 0);
  if (heldTotal > exportable) for (const id of ROUTE_IDS) held[id] *= exportable / heldTotal;
  let left = exportable - Math.min(heldTotal, exportable);
  for (const id of routesByCost(world)) {
    const extra = Math.min(left, usable[id] - held[id]);
    change(world, `oil.routes.${id}.flowMt`, held[id] + extra, cause);
    left -= extra;
  }
  const exports = ROUTE_IDS.reduce((s, id) => s + world.oil.routes[id].flowMt, 0);
  change(world, 'oil.exportsMt', exports, cause);
  change(world, 'oil.shutInMt', Math.max(0, left), cause);
}

/** Production trend: new capacity at the big fields adds about 1% a year (game abstraction). */
export function growProduction(world: World, fraction: number): void {
  addTo(world, 'oil.productionMt', world.oil.productionMt * 0.01 * fraction, model('production-trend'));
}

/** Counts down disruptions; a route reopens when its disruption has run its course. */
export function tickDisruptions(world: World): void {
  for (const id of ROUTE_IDS) {
    const route = world.oil.routes[id];
    if (route.status !== 'disrupted') continue;
    const left = route.disruptedTurns - 1;
    change(world, `oil.routes.${id}.disruptedTurns`, Math.max(0, left), model('disruption-ends'));
    if (left <= 0) change(world, `oil.routes.${id}.status`, 'open', model('disruption-ends'));
  }
}

/** Share of exported crude whose route crosses Russia (CPC, Samara, rail). */
export function oilViaRussiaShare(world: World): number {
  const r = world.oil.routes;
  const total = world.oil.exportsMt;
  return total > 0 ? (r.cpc.flowMt + r.samara.flowMt + r.rail.flowMt) / total : 1;
}

/** Annual oil export revenue in USD bn at this turn's price, net of transport costs. */
export function oilRevenueUsdBn(world: World): number {
  let revenue = 0;
  for (const id of ROUTE_IDS) {
    const r = world.oil.routes[id];
    revenue += r.flowMt * (world.economy.oilPriceUsd * BARRELS_PER_TONNE - r.costUsdPerT) / 1000;
  }
  return Math.max(0, revenue);
}
