// The economy: oil price path, GDP growth as named terms, secondary-sanctions pressure, the budget and the National Fund.
import { model, modelTerm } from '../causes';
import { addToField, changeField } from '../effects';
import { fieldAccess, fieldList } from '../paths';
import { GROWTH_TERMS, type GrowthTerm, type World } from '../world';
import { oilRevenueUsdBn } from './oil';

// fields, causes and pulls looked up once, not at every turn
const F_ECONOMY_OILPRICEUSD = fieldAccess('economy.oilPriceUsd');
const F_ECONOMY_OILPRICESHOCK = fieldAccess('economy.oilPriceShock');
const F_ECONOMY_GROWTHPCT = fieldAccess('economy.growthPct');
const F_ECONOMY_YARDSTICKGDPUSDBN = fieldAccess('economy.yardstickGdpUsdBn');
const F_ECONOMY_SANCTIONSPRESSURE = fieldAccess('economy.sanctionsPressure');
const F_TRADE_RUSSIA_EXPORTSUSDBN = fieldAccess('trade.russia.exportsUsdBn');
const F_TRADE_EU_IMPORTSUSDBN = fieldAccess('trade.eu.importsUsdBn');
const F_TRADE_US_IMPORTSUSDBN = fieldAccess('trade.us.importsUsdBn');
const F_ECONOMY_BUDGETBALANCEPCTGDP = fieldAccess('economy.budgetBalancePctGdp');
const F_ECONOMY_NATIONALFUNDUSDBN = fieldAccess('economy.nationalFundUsdBn');
const F_ECONOMY_BUDGETUSDBN = fieldAccess('economy.budgetUsdBn');
const F_POLITICS_CAPITAL = fieldAccess('politics.capital');
const CAUSE_OIL_PRICE = model('oil-price');
const CAUSE_YARDSTICK = model('yardstick');
const CAUSE_SANCTIONS = model('sanctions');
const CAUSE_BUDGET = model('budget');
const CAUSE_NATIONAL_FUND = model('national-fund');
const CAUSE_BUDGET_REFILL = model('budget-refill');
const CAUSE_CAPITAL_REFILL = model('capital-refill');

/** Oil revenue at which the discretionary budget is at its scenario level (game abstraction, USD bn a year). */
export const REFERENCE_OIL_REVENUE = 45;

/** Foreign investment inflow the trend already counts on (the 2022 scenarios' total, USD bn a year; game abstraction). */
export const REFERENCE_INVESTMENT = 16.9;

/** Oil's share of GDP (OIL5: about a fifth): a 1% change in oil sold moves GDP about 0.2%. */
export const OIL_SHARE_OF_GDP = 0.2;

/** Sets this turn's oil price from the scenario's path and any shock, and lets the shock fade. */
export function updateOilPrice(world: World): void {
  const path = world.economy.oilPricePath;
  const base = path[Math.min(world.turn, path.length - 1)] ?? 80;
  changeField(world, F_ECONOMY_OILPRICEUSD, base * world.economy.oilPriceShock, CAUSE_OIL_PRICE);
  changeField(world, F_ECONOMY_OILPRICESHOCK, 1 + (world.economy.oilPriceShock - 1) * 0.6, CAUSE_OIL_PRICE);
}

/** Total foreign investment inflow, USD bn a year. */
export function totalInvestment(world: World): number {
  const i = world.economy.investmentUsdBn;
  return 0 + i.russia + i.china + i.eu + i.us + i.turkey + i.azerbaijan + i.gulf; // POWER_IDS order, written out (lists.ts says why)
}

/** What the economy looked like before this turn's model ran: what the change terms compare with. */
export interface EconomyBefore {
  oilSoldMt: number; // exports + domestic use, annual rate
  oilPriceUsd: number;
}

/** The state of the economy the change terms start from. */
export const economyBefore = (world: World): EconomyBefore => ({
  oilSoldMt: world.oil.exportsMt + world.oil.domesticMt,
  oilPriceUsd: world.economy.oilPriceUsd,
});

/**
 * This turn's growth (annual %) split into named terms. Trend, investment, sanctions and stability are levels that last
 * while their causes last; oil volume and oil price are changes, so a halt lowers output while it lasts and its end gives
 * it back (no permanent loss from a passing shock).
 */
export function growthTerms(world: World, before: EconomyBefore, fraction: number): Record<GrowthTerm, number> {
  const e = world.economy;
  const sold = world.oil.exportsMt + world.oil.domesticMt;
  const volume = (sold - before.oilSoldMt) / Math.max(1, before.oilSoldMt);
  const price = Math.log(e.oilPriceUsd / Math.max(1, before.oilPriceUsd));
  return {
    trend: e.trendGrowthPct,
    oil: (100 * OIL_SHARE_OF_GDP * volume) / fraction,
    price: (3 * price) / fraction,
    investment: ((totalInvestment(world) - REFERENCE_INVESTMENT) / e.gdpUsdBn) * 20,
    sanctions: -0.06 * e.sanctionsPressure,
    stability: (world.society.stability - 60) * 0.02,
  };
}

const GROWTH_PCT = fieldAccess('economy.growthPct');
const GDP = fieldAccess('economy.gdpUsdBn');
const GROWTH_TERM_FIELDS = fieldList(GROWTH_TERMS, (term) => `economy.growthTerms.${term}`);
const GROWTH_CAUSES = GROWTH_TERMS.map((term) => modelTerm('growth', term));

if (GROWTH_TERMS.join() !== 'trend,oil,price,investment,sanctions,stability') throw new Error('economy: the growth terms changed; write them out in termList too');

/** The terms in GROWTH_TERMS order, read by name (lists.ts says why). */
const termList = (t: Record<GrowthTerm, number>): number[] => [t.trend, t.oil, t.price, t.investment, t.sanctions, t.stability];

/**
 * Grows GDP by the sum of the terms, writing each term to the ledger as its own cause: the growth rate moves by each
 * term's change since last turn, and GDP by each term's share of this turn's growth. The yardstick that prosperity is
 * measured against (GDP had it grown 3% a year) moves too, in the ledger like every other change.
 */
export function updateGrowth(world: World, before: EconomyBefore, fraction: number): void {
  const e = world.economy;
  const terms = termList(growthTerms(world, before, fraction));
  const gdp = e.gdpUsdBn;
  let total = 0;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] ?? 0;
    const field = GROWTH_TERM_FIELDS[i];
    const cause = GROWTH_CAUSES[i];
    if (!field || !cause) continue;
    addToField(world, GROWTH_PCT, term - (field.get(world) as number), cause);
    changeField(world, field, term, cause);
    addToField(world, GDP, gdp * (term / 100) * fraction, cause);
    total += term;
  }
  if (Math.abs(e.growthPct - total) > 1e-9) changeField(world, F_ECONOMY_GROWTHPCT, total, modelTerm('growth', 'trend')); // clamped at the range's edge
  changeField(world, F_ECONOMY_YARDSTICKGDPUSDBN, e.yardstickGdpUsdBn * (1 + 0.03 * fraction), CAUSE_YARDSTICK);
}

const INVESTMENT_EU = fieldAccess('economy.investmentUsdBn.eu');
const INVESTMENT_US = fieldAccess('economy.investmentUsdBn.us');

/**
 * Secondary-sanctions pressure follows Western concern above 45 (a third of the way a turn): banks lose correspondent
 * accounts, Western investors hold back, and re-exports to Russia and some Western buyers dry up.
 */
export function updateSanctionsPressure(world: World): void {
  const e = world.economy;
  const target = Math.min(100, Math.max(0, world.gauges.westConcern - 45) * 2);
  addToField(world, F_ECONOMY_SANCTIONSPRESSURE, (target - e.sanctionsPressure) / 3, CAUSE_SANCTIONS);
  const p = e.sanctionsPressure / 100;
  if (p <= 0) return;
  addToField(world, INVESTMENT_EU, -e.investmentUsdBn.eu * 0.3 * p, CAUSE_SANCTIONS);
  addToField(world, INVESTMENT_US, -e.investmentUsdBn.us * 0.3 * p, CAUSE_SANCTIONS);
  addToField(world, F_TRADE_RUSSIA_EXPORTSUSDBN, -world.trade.russia.exportsUsdBn * 0.4 * p, CAUSE_SANCTIONS);
  addToField(world, F_TRADE_EU_IMPORTSUSDBN, -world.trade.eu.importsUsdBn * 0.15 * p, CAUSE_SANCTIONS);
  addToField(world, F_TRADE_US_IMPORTSUSDBN, -world.trade.us.importsUsdBn * 0.15 * p, CAUSE_SANCTIONS);
}

/** The state's finances: oil revenue feeds the National Fund; guaranteed transfers to the budget ($6.5 bn a year, game abstraction) drain it. */
export function updateFinances(world: World, fraction: number): void {
  const revenue = oilRevenueUsdBn(world);
  const balance = -2 + (revenue / REFERENCE_OIL_REVENUE - 1) * 3;
  changeField(world, F_ECONOMY_BUDGETBALANCEPCTGDP, balance, CAUSE_BUDGET);
  addToField(world, F_ECONOMY_NATIONALFUNDUSDBN, (revenue * 0.2 - 6.5) * fraction, CAUSE_NATIONAL_FUND); // about level at 2022–23 prices (ECO3)
}

/** Refills the discretionary budget for a new turn: lower when oil revenue falls, never below 30%. */
export function refillBudget(world: World): void {
  const ratio = oilRevenueUsdBn(world) / REFERENCE_OIL_REVENUE;
  const factor = Math.min(1.5, Math.max(0.3, 0.4 + 0.6 * ratio));
  changeField(world, F_ECONOMY_BUDGETUSDBN, world.economy.budgetPerTurnUsdBn * factor, CAUSE_BUDGET_REFILL);
  changeField(world, F_POLITICS_CAPITAL, world.politics.capital + world.politics.capitalPerTurn, CAUSE_CAPITAL_REFILL);
}
