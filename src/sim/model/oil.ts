// Oil flows: shippers fill contracted volumes, then the best netbacks; they shift a bounded share a turn; the rest is shut in.
import { model } from '../causes';
import { addToField, changeField } from '../effects';
import { fieldAccess, fieldList } from '../paths';
import { routeList } from '../lists';
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

/** DISCOUNT_USD_PER_T in ROUTE_IDS order. */
const DISCOUNT_LIST = ROUTE_IDS.map((id) => DISCOUNT_USD_PER_T[id]);

/**
 * A route's netback for shippers, USD per tonne: price less tariff, price discount and risk premium. The premium adds the
 * route's own memory of disruptions and, for routes across Russia, Moscow's alarm above 30 and Western sanctions concern
 * above 50 (insurers, banks and buyers shy away).
 */
export function netback(world: World, id: RouteId): number {
  return routeNetback(world, world.oil.routes[id], DISCOUNT_USD_PER_T[id]);
}

/** netback of a route given with its price discount. */
function routeNetback(world: World, r: Route, discount: number): number {
  const russia = crossesRussia(r)
    ? 0.2 * Math.max(0, world.gauges.russiaAlarm - 30) + 0.15 * Math.max(0, world.gauges.westConcern - 50)
    : 0;
  return world.economy.oilPriceUsd * BARRELS_PER_TONNE - r.costUsdPerT - discount - r.riskUsdPerT - russia;
}

/** Routes in the order shippers prefer them: best netback first (ties in the fixed route order, as a stable sort keeps them). */
export function routesByNetback(world: World): RouteId[] {
  return netbackOrder(world, routeList(world)).map((i) => ROUTE_IDS[i] ?? 'cpc');
}

/** routesByNetback as indexes into ROUTE_IDS (and into `routes`, the world's routes in that order). */
function netbackOrder(world: World, routes: readonly Route[]): number[] {
  const order: number[] = [];
  fillNetbackOrder(world, routes, order, new Float64Array(routes.length));
  return order;
}

/**
 * netbackOrder written into `order` (returns how many routes it holds), with `net` for the netbacks: an insertion that keeps
 * ties in route order, as a stable sort does. allocateOil gives it lists made once, as it runs at every turn of every game.
 */
function fillNetbackOrder(world: World, routes: readonly Route[], order: number[], net: Float64Array): number {
  let n = 0;
  for (let i = 0; i < routes.length; i++) {
    const route = routes[i];
    if (!route) continue;
    const nb = routeNetback(world, route, DISCOUNT_LIST[i] ?? 0);
    net[n] = nb;
    let at = 0;
    while (at < n && !((net[order[at] ?? 0] ?? 0) < nb)) at++;
    for (let k = n; k > at; k--) order[k] = order[k - 1] ?? 0;
    order[at] = i;
    n++;
  }
  return n;
}

/**
 * Where shippers would put the exportable crude with no frictions: contracted volumes first, then best netback, within
 * usable room, written into `want`. Routes, usable room and `want` are in ROUTE_IDS order; `order` holds netbackOrder's `count` indexes.
 */
function preferredFlows(routes: readonly Route[], exportable: number, usable: Float64Array, order: readonly number[], count: number, want: Float64Array): void {
  let left = exportable;
  for (let i = 0; i < routes.length; i++) {
    const take = Math.min(left, routes[i]?.contractMt ?? 0, usable[i] ?? 0);
    want[i] = take;
    left -= take;
  }
  for (let k = 0; k < count; k++) {
    const i = order[k] ?? 0;
    const take = Math.min(left, (usable[i] ?? 0) - (want[i] ?? 0));
    want[i] = (want[i] ?? 0) + take;
    left -= take;
  }
}

/** allocateOil's lists, by route index, filled and read within one call (it runs at every turn of every game): no lists per turn. */
const SCRATCH = {
  usable: new Float64Array(ROUTE_IDS.length),
  order: [] as number[],
  net: new Float64Array(ROUTE_IDS.length),
  want: new Float64Array(ROUTE_IDS.length),
  next: new Float64Array(ROUTE_IDS.length),
};

const FLOW = fieldList(ROUTE_IDS, (id) => `oil.routes.${id}.flowMt`);
const EXPORTS = fieldAccess('oil.exportsMt');
const SHUT_IN = fieldAccess('oil.shutInMt');
const CAUSE_OIL_ALLOCATION = model('oil-allocation');

/**
 * Allocates exportable crude to routes and records flows, exports and the shut-in volume. Shippers move a bounded share of
 * volume a turn toward their preferred routes (contracts roll over gradually), so a new route fills over a few turns; a
 * route that loses capacity sheds oil at once to any route with room (spot cargoes), and only what no route can take is
 * shut in. A new game (no flows yet) starts from the preferred allocation. Routes are walked by index in ROUTE_IDS order.
 */
export function allocateOil(world: World, cause = CAUSE_OIL_ALLOCATION): void {
  const routes = routeList(world);
  const exportable = Math.max(0, world.oil.productionMt - world.oil.domesticMt);
  const days = turnDays(world);
  const { usable, order, net, want, next } = SCRATCH;
  let fresh = true;
  for (let i = 0; i < routes.length; i++) {
    const route = routes[i];
    if (!route) continue;
    usable[i] = usableCapacity(route, days);
    if (route.flowMt !== 0) fresh = false;
  }
  const count = fillNetbackOrder(world, routes, order, net); // the world does not change until the flows are written: one order serves both uses
  preferredFlows(routes, exportable, usable, order, count, want);
  const shift = Math.min(1, SHIFT_PER_HALF_YEAR * (days / 182.5) * 1.0001);
  let total = 0;
  for (let i = 0; i < routes.length; i++) {
    const old = routes[i]?.flowMt ?? 0;
    const wanted = want[i] ?? 0;
    const moved = fresh ? wanted : old + (wanted - old) * shift;
    next[i] = Math.min(usable[i] ?? 0, Math.max(0, moved));
  }
  for (let i = 0; i < routes.length; i++) total += next[i] ?? 0;
  if (total < exportable) {
    for (let k = 0; k < count; k++) {
      const i = order[k] ?? 0;
      const extra = Math.min(exportable - total, (usable[i] ?? 0) - (next[i] ?? 0));
      next[i] = (next[i] ?? 0) + extra;
      total += extra;
    }
  } else if (total > exportable) {
    for (let k = count - 1; k >= 0; k--) {
      const i = order[k] ?? 0;
      const cut = Math.min(total - exportable, next[i] ?? 0);
      next[i] = (next[i] ?? 0) - cut;
      total -= cut;
    }
  }
  for (let i = 0; i < FLOW.length; i++) {
    const field = FLOW[i];
    if (field) changeField(world, field, next[i] ?? 0, cause);
  }
  changeField(world, EXPORTS, total, cause);
  changeField(world, SHUT_IN, Math.max(0, exportable - total), cause);
}

/** Production trend of the smaller fields between the big projects: about 0.5% a year (game abstraction). */
export function growProduction(world: World, fraction: number): void {
  addToField(world, F_OIL_PRODUCTIONMT, world.oil.productionMt * 0.005 * fraction, CAUSE_PRODUCTION_TREND);
}

const ROUTE_FIELDS = ROUTE_IDS.map((id) => ({
  riskUsdPerT: fieldAccess(`oil.routes.${id}.riskUsdPerT`),
  disruptedDays: fieldAccess(`oil.routes.${id}.disruptedDays`),
  disruptedTurns: fieldAccess(`oil.routes.${id}.disruptedTurns`),
  status: fieldAccess(`oil.routes.${id}.status`),
  lossShare: fieldAccess(`oil.routes.${id}.lossShare`),
}));
const CAUSE_ROUTE_RISK = model('route-risk');
const CAUSE_DISRUPTION_ENDS = model('disruption-ends');

/**
 * Counts a turn off disruptions: the days run down, the route reopens when they are gone, and shippers remember it:
 * the risk premium rises with the oil the disruption kept from loading and fades by a third each half-year.
 */
export function tickDisruptions(world: World): void {
  const days = turnDays(world);
  const routes = routeList(world);
  for (let i = 0; i < routes.length; i++) {
    const route = routes[i];
    const f = ROUTE_FIELDS[i];
    if (!route || !f) continue;
    const fade = Math.pow(2 / 3, days / 182.5);
    if (route.riskUsdPerT > 0) changeField(world, f.riskUsdPerT, route.riskUsdPerT * fade, CAUSE_ROUTE_RISK);
    if (route.status !== 'disrupted') continue;
    const felt = route.lossShare * Math.min(route.disruptedDays, days);
    addToField(world, f.riskUsdPerT, felt / 10, CAUSE_ROUTE_RISK);
    const left = Math.max(0, route.disruptedDays - days);
    changeField(world, f.disruptedDays, left, CAUSE_DISRUPTION_ENDS);
    changeField(world, f.disruptedTurns, Math.ceil(left / days), CAUSE_DISRUPTION_ENDS);
    if (left <= 0) {
      changeField(world, f.status, 'open', CAUSE_DISRUPTION_ENDS);
      changeField(world, f.lossShare, 0, CAUSE_DISRUPTION_ENDS);
    }
  }
}

/** Share of exported crude whose route crosses Russia (by each route's transit country). */
export function oilViaRussiaShare(world: World): number {
  const total = world.oil.exportsMt;
  if (total <= 0) return 1;
  let via = 0;
  for (const route of routeList(world)) via += crossesRussia(route) ? route.flowMt : 0;
  return via / total;
}

/** Annual oil export revenue in USD bn at this turn's price, net of transport costs and discounts. */
export function oilRevenueUsdBn(world: World): number {
  const routes = routeList(world);
  let revenue = 0;
  for (let i = 0; i < routes.length; i++) {
    const r = routes[i];
    if (r) revenue += r.flowMt * (world.economy.oilPriceUsd * BARRELS_PER_TONNE - r.costUsdPerT - (DISCOUNT_LIST[i] ?? 0)) / 1000;
  }
  return Math.max(0, revenue);
}
