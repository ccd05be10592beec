// Scoring: the four pillars, the multi-vector balance index, grades and the named ending.
import type { Rules } from './content';
import { holds } from './effects';
import { type EndingId, PARTNER_IDS, PILLAR_IDS, type PillarId, POWER_IDS, SUPPLIER_IDS } from './ids';
import { armsShare } from './model/gauges';
import { oilViaRussiaShare } from './model/oil';
import { importShare, tradeTotals } from './model/trade';
import type { World } from './world';

const clamp100 = (x: number) => Math.min(100, Math.max(0, x));

/** 1 − normalised Herfindahl index: 1 when spread evenly over n partners, 0 when all on one. */
export function spread(values: ArrayLike<number>): number {
  let total = 0;
  for (let k = 0; k < values.length; k++) total += Math.max(0, values[k] ?? 0);
  const n = values.length;
  if (total <= 0 || n < 2) return 0;
  let hhi = 0;
  for (let k = 0; k < n; k++) hhi += (Math.max(0, values[k] ?? 0) / total) ** 2;
  return Math.min(1, Math.max(0, 1 - (hhi - 1 / n) / (1 - 1 / n)));
}

// balanceIndex writes the ids out in their order; a new id must be added there too
if (PARTNER_IDS.length !== 8 || SUPPLIER_IDS.length !== 5 || POWER_IDS.length !== 7) throw new Error('scoring.balanceIndex: the id lists changed; list the new ids there');

// balanceIndex's lists, filled and read within one call: it runs at every turn's close of every game, and makes no lists
const TRADE = new Float64Array(7);
const TRANSIT = new Float64Array(3);
const ARMS = new Float64Array(5);
const INVESTMENT = new Float64Array(7);

/** Multi-vector balance (0..100): how evenly trade, oil transit, arms and investment spread over partners. */
export function balanceIndex(w: World): number {
  const t = w.trade;
  const r = w.oil.routes;
  const a = w.military.arsenal;
  const i = w.economy.investmentUsdBn;
  // the ids' orders written out (every partner but 'other', the countries oil crosses, the suppliers, the powers)
  TRADE[0] = t.eu.exportsUsdBn + t.eu.importsUsdBn;
  TRADE[1] = t.china.exportsUsdBn + t.china.importsUsdBn;
  TRADE[2] = t.russia.exportsUsdBn + t.russia.importsUsdBn;
  TRADE[3] = t.turkey.exportsUsdBn + t.turkey.importsUsdBn;
  TRADE[4] = t.us.exportsUsdBn + t.us.importsUsdBn;
  TRADE[5] = t.centralAsia.exportsUsdBn + t.centralAsia.importsUsdBn;
  TRADE[6] = t.gulf.exportsUsdBn + t.gulf.importsUsdBn;
  TRANSIT[0] = r.cpc.flowMt + r.samara.flowMt + r.rail.flowMt; // Russia
  TRANSIT[1] = r.btc.flowMt; // Azerbaijan
  TRANSIT[2] = r.china.flowMt; // China
  ARMS[0] = a.russia;
  ARMS[1] = a.china;
  ARMS[2] = a.turkey;
  ARMS[3] = a.west;
  ARMS[4] = a.domestic;
  INVESTMENT[0] = i.russia;
  INVESTMENT[1] = i.china;
  INVESTMENT[2] = i.eu;
  INVESTMENT[3] = i.us;
  INVESTMENT[4] = i.turkey;
  INVESTMENT[5] = i.azerbaijan;
  INVESTMENT[6] = i.gulf;
  return (100 * (0 + spread(TRADE) + spread(TRANSIT) + spread(ARMS) + spread(INVESTMENT))) / 4; // the mean of the four, summed in order from 0
}

/** The four pillars, each 0..100. */
export function pillars(w: World): Record<PillarId, number> {
  const sovereignty =
    120 - 35 * oilViaRussiaShare(w) - 40 * importShare(w, 'russia') - 20 * armsShare(w, 'russia') -
    20 * (w.gauges.chinaLeverage / 100) - 10 * (w.society.russianMediaExposure / 100) +
    10 * (w.society.latinScriptPct / 100) + 0.2 * (w.society.kazakhLanguagePct - 60);
  const prosperity =
    55 + (w.economy.gdpUsdBn / w.economy.yardstickGdpUsdBn - 1) * 200 +
    ((w.economy.nationalFundUsdBn - w.baseline.nationalFundUsdBn) / w.baseline.nationalFundUsdBn) * 25;
  const security =
    0.35 * w.military.readiness + 0.35 * w.military.borderCapability + 0.15 * (w.relations.russia + 100) / 2 +
    0.15 * (w.relations.china + 100) / 2 + 5 - 6 * w.powers.russia.escalation;
  return {
    sovereignty: clamp100(sovereignty),
    prosperity: clamp100(prosperity),
    security: clamp100(security),
    stability: clamp100(w.society.stability),
  };
}

/** How many of the last turns the debrief averages over: a quarter of the game, at least two turns. */
export const settleTurns = (w: World): number => Math.max(2, Math.ceil(w.turns / 4));

/**
 * Pillars and balance as the debrief judges them: averaged over the last quarter of the game, so
 * one unlucky last turn (a CPC halt in the final half-year) does not decide the grade.
 */
export function settledScores(w: World): { pillars: Record<PillarId, number>; balance: number } {
  const recent = w.history.slice(-settleTurns(w));
  if (!recent.length) return { pillars: pillars(w), balance: balanceIndex(w) };
  // each mean summed from 0 in the records' order, by loops (it runs at the end of every game a study plays)
  let sovereignty = 0, prosperity = 0, security = 0, stability = 0, balance = 0;
  for (const h of recent) {
    const p = h.indicators.pillars;
    sovereignty += p.sovereignty;
    prosperity += p.prosperity;
    security += p.security;
    stability += p.stability;
    balance += h.indicators.balance;
  }
  const n = recent.length;
  return { pillars: { sovereignty: sovereignty / n, prosperity: prosperity / n, security: security / n, stability: stability / n }, balance: balance / n };
}

/** A letter grade for a pillar score. */
export const grade = (score: number): 'A' | 'B' | 'C' | 'D' | 'F' =>
  score >= 75 ? 'A' : score >= 60 ? 'B' : score >= 45 ? 'C' : score >= 30 ? 'D' : 'F';

/** Whether the state has collapsed: unrest or an empty treasury in a deep slump. */
export function hasCollapsed(w: World): boolean {
  return w.society.stability < 15 || (w.economy.nationalFundUsdBn < 2 && w.economy.growthPct < -3);
}

/** The shortfalls that kept a game from the balanced bridge (settled balance, sovereignty, weakest pillars), none if it met them. */
export function bridgeShortfalls(w: World): { what: 'balance' | PillarId; value: number; needed: number }[] {
  const { pillars: p, balance } = settledScores(w);
  const out: { what: 'balance' | PillarId; value: number; needed: number }[] = [];
  if (Math.round(balance) < 60) out.push({ what: 'balance', value: Math.round(balance), needed: 60 });
  if (Math.round(p.sovereignty) < 50) out.push({ what: 'sovereignty', value: Math.round(p.sovereignty), needed: 50 });
  for (const id of PILLAR_IDS) if (Math.round(p[id]) < 40 && !(id === 'sovereignty' && Math.round(p[id]) < 50)) out.push({ what: id, value: Math.round(p[id]), needed: 40 });
  return out;
}

/** The named ending the world has reached (the UI words its usual reason). */
export function ending(w: World): { ending: EndingId } {
  if (hasCollapsed(w)) return { ending: 'collapse' };
  const totals = tradeTotals(w);
  // the partners' order, as Object.values walked it, summed from 0 (written out: lists.ts says why)
  const all = 0 + totals.eu + totals.china + totals.russia + totals.turkey + totals.us + totals.centralAsia + totals.gulf + totals.other;
  if (w.relations.russia <= 15 && (w.relations.eu + w.relations.us) / 2 >= 50) return { ending: 'westernPivot' };
  if (w.gauges.chinaLeverage >= 70 || (totals.china / all >= 0.35 && w.gauges.chinaLeverage >= 50)) return { ending: 'chineseOrbit' };
  if (oilViaRussiaShare(w) >= 0.85 && importShare(w, 'russia') >= 0.4 && armsShare(w, 'russia') >= 0.75 && w.relations.russia >= 50)
    return { ending: 'russianOrbit' };
  // Judged on the whole numbers the debrief shows, so a shown "60" never fails a "60 or more" test.
  if (bridgeShortfalls(w).length === 0) return { ending: 'balancedBridge' };
  return { ending: 'muddlingThrough' };
}

/** The debrief's score: settled pillars, grades, balance, ending, and which scenario goals were met. */
export function finalScore(w: World, rules?: Rules) {
  const { pillars: p, balance } = settledScores(w);
  // Graded on the whole number the debrief shows, so a shown 45 is always a C.
  const grades = Object.fromEntries(PILLAR_IDS.map((id) => [id, grade(Math.round(p[id]))])) as Record<PillarId, ReturnType<typeof grade>>;
  const end = w.outcome ? { ending: w.outcome.ending } : ending(w);
  const goals = (rules?.victory ?? []).map((g) => ({ id: g.id, text: g.text, met: holds(w, g.when) }));
  return { pillars: p, grades, balance, ending: end.ending, defeatId: w.outcome?.defeatId, goals, settledOver: Math.min(settleTurns(w), w.history.length) };
}
