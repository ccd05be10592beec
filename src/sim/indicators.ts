// The per-turn indicators charts, the CLI and history show (flows as annual rates).
import { PARTNER_IDS, POWER_IDS, ROUTE_IDS, SUPPLIER_IDS } from './ids';
import { armsShare } from './model/gauges';
import { importShare, tradeTotals } from './model/trade';
import { balanceIndex, pillars } from './scoring';
import type { Indicators, World } from './world';

const round = (x: number) => Math.round(x * 1000) / 1000; // three decimals
/** A record over ids, each value rounded, keys in the ids' order (built by a loop: this runs at every turn's close). */
function mapIds<K extends string>(ids: readonly K[], f: (id: K) => number): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const id of ids) out[id] = round(f(id));
  return out;
}

/** The world's indicators now, rounded for display and comparison. */
export function indicators(w: World): Indicators {
  const totals = tradeTotals(w);
  const p = pillars(w);
  return {
    oilExportsMt: round(w.oil.exportsMt),
    oilByRouteMt: mapIds(ROUTE_IDS, (id) => w.oil.routes[id].flowMt),
    shutInMt: round(w.oil.shutInMt),
    middleCorridorMt: round(w.corridors.middle.volumeMt),
    tradeByPartnerUsdBn: mapIds(PARTNER_IDS, (p) => totals[p]),
    importShare: mapIds(['russia', 'china', 'eu'] as const, (p) => importShare(w, p)),
    gdpUsdBn: round(w.economy.gdpUsdBn),
    gdpGrowthPct: round(w.economy.growthPct),
    nationalFundUsdBn: round(w.economy.nationalFundUsdBn),
    budgetUsdBn: round(w.economy.budgetUsdBn),
    relations: mapIds(POWER_IDS, (p) => w.relations[p]),
    russiaAlarm: round(w.gauges.russiaAlarm),
    chinaLeverage: round(w.gauges.chinaLeverage),
    westConcern: round(w.gauges.westConcern),
    stability: round(w.society.stability),
    armsBySupplierShare: mapIds(SUPPLIER_IDS, (s) => armsShare(w, s)),
    pillars: mapIds(['sovereignty', 'prosperity', 'security', 'stability'] as const, (k) => p[k]),
    balance: round(balanceIndex(w)),
  };
}
