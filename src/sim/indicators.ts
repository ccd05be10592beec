// The per-turn indicators charts, the CLI and history show (flows as annual rates).
import { arsenalTotal } from './model/gauges';
import { importsTotal } from './model/trade';
import { balanceIndex, pillars } from './scoring';
import type { Indicators, TradeFlow, World } from './world';

const round = (x: number) => Math.round(x * 1000) / 1000; // three decimals

/** A part of a total, rounded (0 when there is no total). */
const share = (x: number, total: number) => round(total > 0 ? x / total : 0);

/** A partner's exports and imports together, rounded. */
const both = (f: TradeFlow) => round(f.exportsUsdBn + f.importsUsdBn);

/**
 * The world's indicators now, rounded for display and comparison. Written out record by record, keys in the ids' order
 * (ids.ts), rather than built by loops over the ids: this runs at every turn's close of every game a study plays, and
 * records of one fixed shape are the cheapest to make and to read.
 */
export function indicators(w: World): Indicators {
  const routes = w.oil.routes;
  const t = w.trade;
  const rel = w.relations;
  const arms = w.military.arsenal;
  const imports = importsTotal(w); // the sum importShare makes
  const armsTotal = arsenalTotal(w); // the sum armsShare makes
  const p = pillars(w);
  return {
    oilExportsMt: round(w.oil.exportsMt),
    oilByRouteMt: { cpc: round(routes.cpc.flowMt), samara: round(routes.samara.flowMt), btc: round(routes.btc.flowMt), china: round(routes.china.flowMt), rail: round(routes.rail.flowMt) },
    shutInMt: round(w.oil.shutInMt),
    middleCorridorMt: round(w.corridors.middle.volumeMt),
    tradeByPartnerUsdBn: { eu: both(t.eu), china: both(t.china), russia: both(t.russia), turkey: both(t.turkey), us: both(t.us), centralAsia: both(t.centralAsia), gulf: both(t.gulf), other: both(t.other) },
    importShare: { russia: share(t.russia.importsUsdBn, imports), china: share(t.china.importsUsdBn, imports), eu: share(t.eu.importsUsdBn, imports) },
    gdpUsdBn: round(w.economy.gdpUsdBn),
    gdpGrowthPct: round(w.economy.growthPct),
    nationalFundUsdBn: round(w.economy.nationalFundUsdBn),
    budgetUsdBn: round(w.economy.budgetUsdBn),
    relations: { russia: round(rel.russia), china: round(rel.china), eu: round(rel.eu), us: round(rel.us), turkey: round(rel.turkey), azerbaijan: round(rel.azerbaijan), gulf: round(rel.gulf) },
    russiaAlarm: round(w.gauges.russiaAlarm),
    chinaLeverage: round(w.gauges.chinaLeverage),
    westConcern: round(w.gauges.westConcern),
    stability: round(w.society.stability),
    armsBySupplierShare: { russia: share(arms.russia, armsTotal), china: share(arms.china, armsTotal), turkey: share(arms.turkey, armsTotal), west: share(arms.west, armsTotal), domestic: share(arms.domestic, armsTotal) },
    pillars: { sovereignty: round(p.sovereignty), prosperity: round(p.prosperity), security: round(p.security), stability: round(p.stability) },
    balance: round(balanceIndex(w)),
  };
}
