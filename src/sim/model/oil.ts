// Oil flows: shippers fill contracted volumes, then the best netbacks; they shift a bounded share a turn; the rest is shut in.
import { model } from '../causes';
import { addToField, changeField } from '../effects';
import { fieldAccess, fieldsById, type FieldAccess } from '../paths';
import { ROUTE_IDS, type RouteId } from '../ids';
import { periodsPerYear } from '../dates';
import type { Route, World } from '../world';

// fields, causes and pulls looked up once, not at every turn
const F_OIL_PRODUCTIONMT = fieldAccess('oil.productionMt');
const CAUSE_PRODUCTION_TREND = model('production-trend');

/** Barrels per tonne of Kazakh crude blend, to turn Mt into revenue. */
export const BARRELS_PER_TONNE = 7.33;

/** Share of the gap between last turn's flow and the shippers' preferred flow that contracts let them close in one half-year. */
export const SHIFT_PER_HALF_YEAR = 0.5;

/** Price discount of crude sold into Russia's system as Urals-linked blend after 2022 (game abstraction, USD per tonne). */
const DISCOUNT_USD_PER_T: Record<RouteId, number> = { cpc: 0, samara: 10, btc: 0, china: 0, rail: 0 };

/** Routes whose oil crosses Russia (their transit country), where Moscow's alarm and sanctions risk weigh on shippers. */
export const crossesRussia = (route: Route): boolean => route.transit === 'Russia';

/** Days in one turn. */
export const turnDays = (world: World): number => 365 / periodsPerYear(world.turnLength);

/** Capacity usable this turn (annual rate): a ban closes the route; a disruption loses its share for the days it lasts. */
export function usableCapacity(route: Route, days = 182.5): number {
  if (route.status === 'banned') return 0;
  if (route.status !== 'disrupted') return route.capacityMt;
  const lost = route.lossShare * Math.min(1, route.disruptedDays / days);
  return route.capacityMt * (1 - lost);
}

/**
 * A route's netback for shippers, USD per tonne: price less tariff, price discount and risk premium. The premium adds the
 * route's own memory of disruptions and, for routes across Russia, Moscow's alarm above 30 and Western sanctions concern
 * above 50 (insurers, banks and buyers shy away).
 */
export function netback(world: World, id: RouteId): number {
  const r = world.oil.routes[id];
  const russia = crossesRussia(r)
    ? 0.2 * Math.max(0, world.gauges.russiaAlarm - 30) + 0.15 * Math.max(0, world.gauges.westConcern - 50)
    : 0;
  return world.economy.oilPriceUsd * BARRELS_PER_TONNE - r.costUsdPerT - DISCOUNT_USD_PER_T[id] - r.riskUsdPerT - russia;
}

/** Routes in the order shippers prefer them: best netback first (ties in the fixed route order, as a stable sort keeps them). */
export function routesByNetback(world: World): RouteId[] {
  const order: RouteId[] = [];
  const net = {} as Record<RouteId, number>;
  for (const id of ROUTE_IDS) {
    const nb = (net[id] = netback(world, id));
    let at = 0;
    for (const o of order) {
      if (net[o] < nb) break;
      at++;
    }
    order.splice(at, 0, id);
  }
  return order;
}

/** Where shippers would put the exportable crude with no frictions: contracted volumes first, then best netback, within usable room. */
export function preferredFlows(world: World, exportable: number, usable: Record<RouteId, number>, order = routesByNetback(world)): Record<RouteId, number> {
  const want = {} as Record<RouteId, number>;
  let left = exportable;
  for (const id of ROUTE_IDS) {
    const take = Math.min(left, world.oil.routes[id].contractMt, usable[id]);
    want[id] = take;
    left -= take;
  }
  for (const id of order) {
    const take = Math.min(left, usable[id] - want[id]);
    want[id] += take;
    left -= take;
  }
  return want;
}

const FLOW = fieldsById(ROUTE_IDS, (id) => `oil.routes.${id}.flowMt`);
const EXPORTS = fieldAccess('oil.exportsMt');
const SHUT_IN = fieldAccess('oil.shutInMt');

/**
 * Allocates exportable crude to routes and records flows, exports and the shut-in volume. Shippers move a bounded share of
 * volume a turn toward their preferred routes (contracts roll over gradually), so a new route fills over a few turns; a
 * route that loses capacity sheds oil at once to any route with room (spot cargoes), and only what no route can take is
 * shut in. A new game (no flows yet) starts from the preferred allocation.
 */
export function allocateOil(world: World, cause = model('oil-allocation')): void {
  const routes = world.oil.routes;
  const exportable = Math.max(0, world.oil.productionMt - world.oil.domesticMt);
  const days = turnDays(world);
  const usable = {} as Record<RouteId, number>;
  let fresh = true;
  for (const id of ROUTE_IDS) {
    usable[id] = usableCapacity(routes[id], days);
    if (routes[id].flowMt !== 0) fresh = false;
  }
  const order = routesByNetback(world); // the world does not change until the flows are written: one order serves both uses
  const want = preferredFlows(world, exportable, usable, order);
  const shift = Math.min(1, SHIFT_PER_HALF_YEAR * (days / 182.5) * 1.0001);
  const next = {} as Record<RouteId, number>;
  let total = 0;
  for (const id of ROUTE_IDS) {
    const old = routes[id].flowMt;
    const moved = fresh ? want[id] : old + (want[id] - old) * shift;
    next[id] = Math.min(usable[id], Math.max(0, moved));
  }
  for (const id of ROUTE_IDS) total += next[id];
  if (total < exportable) {
    for (const id of order) {
      const extra = Math.min(exportable - total, usable[id] - next[id]);
      next[id] += extra;
      total += extra;
    }
  } else if (total > exportable) {
    for (let i = order.length - 1; i >= 0; i--) {
      const id = order[i];
      if (id === undefined) continue;
      const cut = Math.min(total - exportable, next[id]);
      next[id] -= cut;
      total -= cut;
    }
  }
  for (const id of ROUTE_IDS) changeField(world, FLOW[id], next[id], cause);
  changeField(world, EXPORTS, total, cause);
  changeField(world, SHUT_IN, Math.max(0, exportable - total), cause);
}

/** Production trend of the smaller fields between the big projects: about 0.5% a year (game abstraction). */
export function growProduction(world: World, fraction: number): void {
  addToField(world, F_OIL_PRODUCTIONMT, world.oil.productionMt * 0.005 * fraction, CAUSE_PRODUCTION_TREND);
}

const ROUTE_FIELDS = Object.fromEntries(ROUTE_IDS.map((id) => [id, {
  riskUsdPerT: fieldAccess(`oil.routes.${id}.riskUsdPerT`),
  disruptedDays: fieldAccess(`oil.routes.${id}.disruptedDays`),
  disruptedTurns: fieldAccess(`oil.routes.${id}.disruptedTurns`),
  status: fieldAccess(`oil.routes.${id}.status`),
  lossShare: fieldAccess(`oil.routes.${id}.lossShare`),
}])) as Record<RouteId, Record<'riskUsdPerT' | 'disruptedDays' | 'disruptedTurns' | 'status' | 'lossShare', FieldAccess>>;

/**
 * Counts a turn off disruptions: the days run down, the route reopens when they are gone, and shippers remember it:
 * the risk premium rises with the oil the disruption kept from loading and fades by a third each half-year.
 */
export function tickDisruptions(world: World): void {
  const days = turnDays(world);
  const risk = model('route-risk');
  const ends = model('disruption-ends');
  for (const id of ROUTE_IDS) {
    const route = world.oil.routes[id];
    const f = ROUTE_FIELDS[id];
    const fade = Math.pow(2 / 3, days / 182.5);
    if (route.riskUsdPerT > 0) changeField(world, f.riskUsdPerT, route.riskUsdPerT * fade, risk);
    if (route.status !== 'disrupted') continue;
    const felt = route.lossShare * Math.min(route.disruptedDays, days);
    addToField(world, f.riskUsdPerT, felt / 10, risk);
    const left = Math.max(0, route.disruptedDays - days);
    changeField(world, f.disruptedDays, left, ends);
    changeField(world, f.disruptedTurns, Math.ceil(left / days), ends);
    if (left <= 0) {
      changeField(world, f.status, 'open', ends);
      changeField(world, f.lossShare, 0, ends);
    }
  }
}

/** Share of exported crude whose route crosses Russia (by each route's transit country). */
export function oilViaRussiaShare(world: World): number {
  const total = world.oil.exportsMt;
  if (total <= 0) return 1;
  let via = 0;
  for (const id of ROUTE_IDS) via += crossesRussia(world.oil.routes[id]) ? world.oil.routes[id].flowMt : 0;
  return via / total;
}

/** Annual oil export revenue in USD bn at this turn's price, net of transport costs and discounts. */
export function oilRevenueUsdBn(world: World): number {
  let revenue = 0;
  for (const id of ROUTE_IDS) {
    const r = world.oil.routes[id];
    revenue += r.flowMt * (world.economy.oilPriceUsd * BARRELS_PER_TONNE - r.costUsdPerT - DISCOUNT_USD_PER_T[id]) / 1000;
  }
  return Math.max(0, revenue);
}
