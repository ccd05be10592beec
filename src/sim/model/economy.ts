// The economy: oil price path, growth, the budget balance and the National Fund, turn by turn.
import { model } from '../causes';
import { addTo, change } from '../effects';
import { POWER_IDS } from '../ids';
import type { World } from '../world';
import { oilRevenueUsdBn } from './oil';

/** Oil revenue at which the discretionary budget is at its scenario level (game abstraction, USD bn a year). */
export const REFERENCE_OIL_REVENUE = 45;

/** Sets this turn's oil price from the scenario's path and any shock, and lets the shock fade. */
export function updateOilPrice(world: World): void {
  const path = world.economy.oilPricePath;
  const base = path.length ? path[Math.min(world.turn, path.length - 1)] : 80;
  change(world, 'economy.oilPriceUsd', base * world.economy.oilPriceShock, model('oil-price'));
  change(world, 'economy.oilPriceShock', 1 + (world.economy.oilPriceShock - 1) * 0.6, model('oil-price'));
}

/** Total foreign investment inflow, USD bn a year. */
export const totalInvestment = (world: World): number => POWER_IDS.reduce((s, p) => s + world.economy.investmentUsdBn[p], 0);

/** Grows GDP: trend, plus oil volumes and price, investment and stability. */
export function updateGrowth(world: World, exportsBefore: number, fraction: number): void {
  const e = world.economy;
  const volume = (world.oil.exportsMt - exportsBefore) / Math.max(1, world.oil.productionMt); // symmetric: a halt and its end cancel
  const raw =
    e.trendGrowthPct +
    volume * 20 + // oil is about a fifth of GDP (OIL5); volumes move output with it
    (e.oilPriceUsd / 80 - 1) * 2 +
    ((totalInvestment(world) - 16.9) / e.gdpUsdBn) * 20 +
    (world.society.stability - 60) * 0.02 -
    (world.oil.shutInMt / Math.max(1, world.oil.productionMt)) * 10;
  const growth = Math.min(15, Math.max(-15, raw));
  change(world, 'economy.growthPct', growth, model('growth'));
  change(world, 'economy.gdpUsdBn', e.gdpUsdBn * (1 + (growth / 100) * fraction), model('growth'));
  world.baseline.trendGdpUsdBn *= 1 + 0.03 * fraction; // the yardstick prosperity is measured against
}

/** The state's finances: oil revenue feeds the National Fund; guaranteed transfers to the budget ($6.5 bn a year, game abstraction) drain it. */
export function updateFinances(world: World, fraction: number): void {
  const revenue = oilRevenueUsdBn(world);
  const balance = -2 + (revenue / REFERENCE_OIL_REVENUE - 1) * 3;
  change(world, 'economy.budgetBalancePctGdp', balance, model('budget'));
  addTo(world, 'economy.nationalFundUsdBn', (revenue * 0.2 - 6.5) * fraction, model('national-fund')); // about level at 2022–23 prices (ECO3)
}

/** Refills the discretionary budget for a new turn: lower when oil revenue falls, never below 30%. */
export function refillBudget(world: World): void {
  const ratio = oilRevenueUsdBn(world) / REFERENCE_OIL_REVENUE;
  const factor = Math.min(1.5, Math.max(0.3, 0.4 + 0.6 * ratio));
  change(world, 'economy.budgetUsdBn', world.economy.budgetPerTurnUsdBn * factor, model('budget-refill'));
  change(world, 'politics.capital', world.politics.capital + world.politics.capitalPerTurn, model('capital-refill'));
}
