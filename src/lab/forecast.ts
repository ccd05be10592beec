// The forecast core: plays the next turns of a game over many seeds for a plan, and tallies what happened.
// Pure (no DOM, no clock): the same seeds give the same forecast in Node and in a worker, and tallies of
// disjoint seed ranges merge into exactly the tally of the whole range.
import type { Rules } from '../sim/content';
import { answerInPlace, batchCopy, closeInPlace, resolveInPlace } from '../sim/batch';
import { holds } from '../sim/effects';
import { ENDING_IDS, type EndingId, PILLAR_IDS, type PillarId } from '../sim/ids';
import { refillBudget } from '../sim/model/economy';
import { seedState } from '../sim/rng';
import { at, first } from '../sim/indexing';
import { ending, pillars } from '../sim/scoring';
import type { World } from '../sim/world';
import { noneStrategy } from '../strategies/none';
import type { Strategy } from '../strategies/strategy';

/** What the player is weighing: the actions selected for this turn, or one option of an event waiting for an answer. */
export type ForecastPlan = { actions: readonly string[] } | { eventId: string; optionId: string };

/** The plan of doing nothing this turn: the turn resolved with no actions. */
export const DO_NOTHING: ForecastPlan = { actions: [] };

/** The numbers a forecast gives bands for: the four pillars, Russia's alarm, and next turn's budget (USD bn). */
export const FORECAST_METRICS = [...PILLAR_IDS, 'russiaAlarm', 'budgetUsdBn'] as const;
export type ForecastMetric = (typeof FORECAST_METRICS)[number];

/** Scenarios longer than this are forecast LONG_HORIZON turns ahead; shorter ones to their end. */
export const LONG_SCENARIO_TURNS = 8;
/** How many turns a long scenario's forecast plays (this turn included). */
export const LONG_HORIZON = 4;

/** How many turns a forecast from this world plays: to the end of the game, or 4 turns in long scenarios. */
export function forecastHorizon(world: World): number {
  const left = Math.max(0, world.turns - world.turn);
  return world.turns > LONG_SCENARIO_TURNS ? Math.min(LONG_HORIZON, left) : left;
}

const mix32 = (x: number): number => {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
};

/**
 * The seed of future number `index` from this world: a hash of the world's generator state and the index, so
 * every future is different, and the same world and index always give the same future.
 */
export function futureSeed(world: World, index: number): number {
  let h = mix32(0x9e3779b9 ^ index);
  for (const s of world.rng) h = mix32(h ^ s) ^ Math.imul(h, 31);
  return mix32(h + index);
}

/**
 * What both lines do after the plan: no actions, and each event answered by an option drawn at random
 * (equally likely) from a generator seeded by the future's seed — the "none" line of `npm run study`.
 */
export const followUpPolicy = (seed: number): Strategy => noneStrategy(seed);

/** A private mutable copy of the world for one future: no ledger, its generator re-seeded. */
export function futureWorld(world: World, seed: number): World {
  const copy = batchCopy(world);
  copy.rng = seedState(seed);
  return copy;
}

/** Answers every waiting event with the follow-up policy; false if an answer was refused. */
function answerAll(rules: Rules, w: World, policy: Strategy): boolean {
  while (w.pending.length) {
    const eventId = first(w.pending, 'pending events').eventId;
    let optionId = policy.choose(rules, w, eventId);
    if (!rules.events[eventId]?.options?.some((o) => o.id === optionId)) optionId = rules.events[eventId]?.options?.[0]?.id ?? '';
    if (!answerInPlace(rules, w, eventId, optionId)) return false;
  }
  return true;
}

/** Plays one future: the plan now, then the follow-up policy, for `turns` turns (or to the end). Returns its last world. */
export function playFuture(rules: Rules, world: World, plan: ForecastPlan, index: number, turns: number): World {
  const seed = futureSeed(world, index);
  const w = futureWorld(world, seed);
  const policy = followUpPolicy(seed);
  const first = 'actions' in plan ? plan.actions : [];
  let played = 0;
  if ('eventId' in plan) {
    // The turn is already resolved: answer this event, the others by the policy, and close it.
    if (!answerInPlace(rules, w, plan.eventId, plan.optionId) || !answerAll(rules, w, policy) || !closeInPlace(rules, w)) return w;
    played = 1;
  }
  for (; played < turns && !w.outcome; played++) {
    resolveInPlace(rules, w, played === 0 ? first : policy.pickActions(rules, w));
    if (!answerAll(rules, w, policy) || !closeInPlace(rules, w)) break;
  }
  return w;
}

/** One future's result: the metrics at its end, its ending (or the one it would have if the game ended then), goals met. */
export interface FutureSample {
  values: Record<ForecastMetric, number>;
  ending: EndingId;
  goals: Record<string, boolean>;
}

/** Reads a future's last world (changes nothing the forecast keeps: the budget refill runs on this private copy). */
export function sampleOf(rules: Rules, w: World): FutureSample {
  const p = pillars(w);
  const end = w.outcome?.ending ?? ending(w).ending;
  const goals = Object.fromEntries(rules.victory.map((g) => [g.id, holds(w, g.when)])); // as the debrief judges them
  const alarm = w.gauges.russiaAlarm;
  if (w.outcome) refillBudget(w); // what the turn after would have to spend, as a running game shows it
  const values = { ...p, russiaAlarm: alarm, budgetUsdBn: w.economy.budgetUsdBn } as Record<ForecastMetric, number>;
  return { values, ending: end, goals };
}

/** Counts over a set of futures: each metric's values in ascending order, and how many reached each ending and goal. */
export interface ForecastTally {
  seeds: number;
  values: Record<ForecastMetric, number[]>;
  endings: Record<EndingId, number>;
  goals: Record<string, number>;
}

/** The tally of no futures. */
export function emptyTally(rules: Rules): ForecastTally {
  return {
    seeds: 0,
    values: Object.fromEntries(FORECAST_METRICS.map((m) => [m, []])) as unknown as Record<ForecastMetric, number[]>,
    endings: Object.fromEntries(ENDING_IDS.map((e) => [e, 0])) as Record<EndingId, number>,
    goals: Object.fromEntries(rules.victory.map((g) => [g.id, 0])),
  };
}

/** Adds one future to a tally in place (values stay sorted). */
export function addSample(tally: ForecastTally, sample: FutureSample): void {
  tally.seeds += 1;
  for (const m of FORECAST_METRICS) {
    const list = tally.values[m];
    const v = sample.values[m];
    let i = list.length;
    while (i > 0 && at(list, i - 1, 'tally') > v) i--;
    list.splice(i, 0, v);
  }
  tally.endings[sample.ending] += 1;
  for (const [id, met] of Object.entries(sample.goals)) if (met) tally.goals[id] = (tally.goals[id] ?? 0) + 1;
}

/** Forecasts futures `from` (inclusive) to `to` (exclusive) of a plan: one shard of a forecast. */
export function runForecast(rules: Rules, world: World, plan: ForecastPlan, from: number, to: number, turns = forecastHorizon(world)): ForecastTally {
  const tally = emptyTally(rules);
  for (let i = from; i < to; i++) addSample(tally, sampleOf(rules, playFuture(rules, world, plan, i, turns)));
  return tally;
}

const mergeSorted = (a: readonly number[], b: readonly number[]): number[] => {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x !== undefined && (y === undefined || x <= y)) {
      out.push(x);
      i++;
    } else {
      out.push(at(b, j++, 'sorted values'));
    }
  }
  return out;
};

/** Two tallies of disjoint seed ranges as one: exactly the tally of both ranges played together. */
export function mergeTallies(a: ForecastTally, b: ForecastTally): ForecastTally {
  const goals: Record<string, number> = { ...a.goals };
  for (const [id, n] of Object.entries(b.goals)) goals[id] = (goals[id] ?? 0) + n;
  return {
    seeds: a.seeds + b.seeds,
    values: Object.fromEntries(FORECAST_METRICS.map((m) => [m, mergeSorted(a.values[m], b.values[m])])) as Record<ForecastMetric, number[]>,
    endings: Object.fromEntries(ENDING_IDS.map((e) => [e, a.endings[e] + b.endings[e]])) as Record<EndingId, number>,
    goals,
  };
}

/** A band: the 10th percentile, the median and the 90th percentile (the middle 8 of 10 futures lie between p10 and p90). */
export interface Band {
  p10: number;
  p50: number;
  p90: number;
}

/** The q-quantile of ascending values, interpolated between neighbours (NaN when there are none). */
export function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return NaN;
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  const low = sorted[lo] ?? NaN;
  return low + ((sorted[hi] ?? NaN) - low) * (pos - lo);
}

const band = (sorted: readonly number[]): Band => ({ p10: quantile(sorted, 0.1), p50: quantile(sorted, 0.5), p90: quantile(sorted, 0.9) });

/** A forecast in the shape tests and the panel read (`window.kz.lastForecast` adds `ms`). */
export interface ForecastSummary {
  seeds: number;
  turns: number;
  pillars: Record<PillarId, Band>;
  alarm: Band;
  budget: Band;
  endings: Record<EndingId, number>; // share of futures, 0..1
  goals: Record<string, number>; // share of futures that meet the goal at their end, 0..1
}

/** The bands and shares of a tally. */
export function summarise(tally: ForecastTally, turns: number): ForecastSummary {
  const share = (n: number) => (tally.seeds ? n / tally.seeds : 0);
  return {
    seeds: tally.seeds,
    turns,
    pillars: Object.fromEntries(PILLAR_IDS.map((p) => [p, band(tally.values[p])])) as Record<PillarId, Band>,
    alarm: band(tally.values.russiaAlarm),
    budget: band(tally.values.budgetUsdBn),
    endings: Object.fromEntries(ENDING_IDS.map((e) => [e, share(tally.endings[e])])) as Record<EndingId, number>,
    goals: Object.fromEntries(Object.entries(tally.goals).map(([id, n]) => [id, share(n)])),
  };
}
