// The world's families of parts (routes, partners' trade, powers…) as lists in their ids' order, each part read by name.
// Why: a loop of `world.trade[id]` over the ids makes V8 look the key up the slow (megamorphic) way at every step, and
// the model's loops run a few hundred such reads a turn; a part read by its name is a known property, a list read by index
// an array read. The readers write the ids out, so ids.ts and this file must list them in the same order (checked below).
import { CORRIDOR_IDS, PARTNER_IDS, POWER_IDS, ROUTE_IDS, SUPPLIER_IDS, type PowerId } from './ids';
import type { Corridor, PowerState, Route, TradeFlow, World } from './world';

const written = { routes: 'cpc,samara,btc,china,rail', partners: 'eu,china,russia,turkey,us,centralAsia,gulf,other', powers: 'russia,china,eu,us,turkey,azerbaijan,gulf', suppliers: 'russia,china,turkey,west,domestic', corridors: 'northern,middle,khorgos' };
if (ROUTE_IDS.join() !== written.routes || PARTNER_IDS.join() !== written.partners || POWER_IDS.join() !== written.powers || SUPPLIER_IDS.join() !== written.suppliers || CORRIDOR_IDS.join() !== written.corridors) {
  throw new Error('lists: the id lists changed; write the new ids out here too');
}

/** The oil routes, in ROUTE_IDS order. */
export function routeList(w: World): Route[] {
  const r = w.oil.routes;
  return [r.cpc, r.samara, r.btc, r.china, r.rail];
}

/** The trade flows, in PARTNER_IDS order. */
export function tradeList(w: World): TradeFlow[] {
  const t = w.trade;
  return [t.eu, t.china, t.russia, t.turkey, t.us, t.centralAsia, t.gulf, t.other];
}

/** The powers' states, in POWER_IDS order. */
export function powerList(w: World): PowerState[] {
  const p = w.powers;
  return [p.russia, p.china, p.eu, p.us, p.turkey, p.azerbaijan, p.gulf];
}

/** A table of numbers by power (relations, baseline relations, investment), in POWER_IDS order. */
export function powerValues(r: Readonly<Record<PowerId, number>>): number[] {
  return [r.russia, r.china, r.eu, r.us, r.turkey, r.azerbaijan, r.gulf];
}

/** The goods corridors, in CORRIDOR_IDS order. */
export function corridorList(w: World): Corridor[] {
  const c = w.corridors;
  return [c.northern, c.middle, c.khorgos];
}
