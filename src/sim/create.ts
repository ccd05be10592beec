// Building the turn-0 world from a validated scenario and a seed.
import { model } from './causes';
import { POWER_IDS, ROUTE_IDS, type RouteId } from './ids';
import { hashTable } from './indexing';
import { allocateOil } from './model/oil';
import { seedState } from './rng';
import { Ledger, NO_LEDGER } from './ledger';
import { copy } from './step';
import type { ScenarioData } from './scenarioData';
import { FLAG_IDS, type FlagId, type Personality, type Route, type World } from './world';

/** A private copy of the scenario's plain data (what structuredClone gives for it, without its serialising round trip). */
const clone = <T>(value: T): T => copy(value);

/**
 * An empty id → turn table (fired events, rule cooldowns, actions taken). Its keys arrive in a different order in every
 * game, so as a plain `{}` each game would grow its own chain of hidden classes and every lookup would miss the engine's
 * caches; one that starts as a hash table (an add and a delete) is looked up the same way in every game. The value is an
 * ordinary empty object to every reader.
 */
export function idTable(): Record<string, number> {
  return hashTable<number>();
}

/**
 * A route with its keys in one fixed order. Objects whose keys arrive in different orders (scenario files list them as
 * they like) get different hidden classes in V8, and the model's loops over routes then read each field the slow way.
 */
function startRoute(r: ScenarioData['start']['oil']['routes'][RouteId]): Route {
  return {
    capacityMt: r.capacityMt, flowMt: 0, transit: r.transit, status: r.status, disruptedTurns: r.disruptedTurns, disruptedDays: 0,
    lossShare: 0, costUsdPerT: r.costUsdPerT, contractMt: 0, riskUsdPerT: 0,
  };
}

/** A power's personality with its keys in one fixed order (see startRoute). */
const personality = (p: Personality): Personality => ({ assertiveness: p.assertiveness, generosity: p.generosity, patience: p.patience });

/** The world at the start of a scenario, before the first turn is planned. */
export function createWorld(scenario: ScenarioData, seed: number): World {
  const s = scenario.start;
  const flags = Object.fromEntries(FLAG_IDS.map((id) => [id, s.flags?.[id] ?? 0])) as Record<FlagId, number>;
  const routes = Object.fromEntries(ROUTE_IDS.map((id) => [id, startRoute(s.oil.routes[id])])) as World['oil']['routes'];
  const powers = Object.fromEntries(
    POWER_IDS.map((id) => [id, { memory: 0, escalation: 0, lastMoveTurn: -1, personality: personality(scenario.personalities[id]) }]),
  ) as World['powers'];
  const world: World = {
    scenarioId: scenario.id,
    turn: 0,
    turns: scenario.turns,
    startYear: scenario.startYear,
    startPeriod: scenario.startPeriod,
    turnLength: scenario.turnLength,
    rng: seedState(seed),
    baseline: { gdpUsdBn: s.economy.gdpUsdBn, nationalFundUsdBn: s.economy.nationalFundUsdBn, relations: clone(s.relations) },
    economy: {
      gdpUsdBn: s.economy.gdpUsdBn,
      growthPct: s.economy.trendGrowthPct,
      trendGrowthPct: s.economy.trendGrowthPct,
      budgetUsdBn: s.economy.budgetPerTurnUsdBn,
      budgetPerTurnUsdBn: s.economy.budgetPerTurnUsdBn,
      budgetBalancePctGdp: 0,
      nationalFundUsdBn: s.economy.nationalFundUsdBn,
      oilPriceUsd: scenario.oilPricePath[0] ?? 80,
      oilPricePath: [...scenario.oilPricePath],
      oilPriceShock: 1,
      investmentUsdBn: clone(s.economy.investmentUsdBn),
      yardstickGdpUsdBn: s.economy.gdpUsdBn,
      growthTerms: { trend: s.economy.trendGrowthPct, oil: 0, price: 0, investment: 0, sanctions: 0, stability: 0 },
      sanctionsPressure: 0,
    },
    politics: clone(s.politics),
    oil: { productionMt: s.oil.productionMt, domesticMt: s.oil.domesticMt, exportsMt: 0, shutInMt: 0, routes },
    corridors: clone(s.corridors),
    trade: clone(s.trade),
    relations: clone(s.relations),
    gauges: clone(s.gauges),
    powers,
    memberships: clone(s.memberships),
    military: { ...clone(s.military), orders: [] },
    society: clone(s.society),
    flags,
    projects: [],
    scheduled: [],
    pending: [],
    taken: idTable(),
    takenCount: idTable(),
    calendar: { period: scenario.startPeriod },
    firedEvents: idTable(),
    ruleCooldowns: idTable(),
    news: [],
    ledger: NO_LEDGER, // the start allocation is the starting state, not a change
    history: [],
    current: { actions: [], choices: [] },
    outcome: null,
  };
  allocateOil(world, model('start'));
  world.ledger = Ledger.empty();
  return world;
}
