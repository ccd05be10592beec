// The per-turn indicators charts, the CLI and history show (flows as annual rates).
import { PARTNER_IDS, SUPPLIER_IDS } from './ids';
import { balanceIndex, pillars } from './scoring';
import type { Indicators, World } from './world';

const round = (x: number) => Math.round(x * 1000) / 1000; // three decimals

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
  let imports = 0;
  for (const p of PARTNER_IDS) imports += t[p].importsUsdBn; // the sum importShare makes, in the same order
  const importShare = (x: number) => round(imports > 0 ? x / imports : 0);
  let armsTotal = 0;
  for (const s of SUPPLIER_IDS) armsTotal += arms[s]; // the sum armsShare makes, in the same order
  const armsShare = (x: number) => round(armsTotal > 0 ? x / armsTotal : 0);
  const total = (p: keyof World['trade']) => round(t[p].exportsUsdBn + t[p].importsUsdBn);
  const p = pillars(w);
  return {
    oilExportsMt: round(w.oil.exportsMt),
    oilByRouteMt: { cpc: round(routes.cpc.flowMt), samara: round(routes.samara.flowMt), btc: round(routes.btc.flowMt), china: round(routes.china.flowMt), rail: round(routes.rail.flowMt) },
    shutInMt: round(w.oil.shutInMt),
    middleCorridorMt: round(w.corridors.middle.volumeMt),
    tradeByPartnerUsdBn: { eu: total('eu'), china: total('china'), russia: total('russia'), turkey: total('turkey'), us: total('us'), centralAsia: total('centralAsia'), gulf: total('gulf'), other: total('other') },
    importShare: { russia: importShare(t.russia.importsUsdBn), china: importShare(t.china.importsUsdBn), eu: importShare(t.eu.importsUsdBn) },
    gdpUsdBn: round(w.economy.gdpUsdBn),
    gdpGrowthPct: round(w.economy.growthPct),
    nationalFundUsdBn: round(w.economy.nationalFundUsdBn),
    budgetUsdBn: round(w.economy.budgetUsdBn),
    relations: { russia: round(rel.russia), china: round(rel.china), eu: round(rel.eu), us: round(rel.us), turkey: round(rel.turkey), azerbaijan: round(rel.azerbaijan), gulf: round(rel.gulf) },
    russiaAlarm: round(w.gauges.russiaAlarm),
    chinaLeverage: round(w.gauges.chinaLeverage),
    westConcern: round(w.gauges.westConcern),
    stability: round(w.society.stability),
    armsBySupplierShare: { russia: armsShare(arms.russia), china: armsShare(arms.china), turkey: armsShare(arms.turkey), west: armsShare(arms.west), domestic: armsShare(arms.domestic) },
    pillars: { sovereignty: round(p.sovereignty), prosperity: round(p.prosperity), security: round(p.security), stability: round(p.stability) },
    balance: round(balanceIndex(w)),
  };
}
