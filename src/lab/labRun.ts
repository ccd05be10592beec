// The policy lab's core: plays whole lines of policy over many seeds and tallies how they ended. Pure (no DOM, no
// clock), built on the forecast's tallies, so seed ranges played in different workers merge into exactly one result.
import type { Rules } from '../sim/content';
import { createBatchWorld } from '../sim/batch';
import { PILLAR_IDS, type PillarId } from '../sim/ids';
import type { ScenarioData } from '../sim/scenarioData';
import { finalScore } from '../sim/scoring';
import type { World } from '../sim/world';
import { BUILTIN_STRATEGIES, builtinStrategy } from '../strategies/builtin';
import { noneStrategy } from '../strategies/none';
import { playInPlace } from '../strategies/play';
import type { Strategy } from '../strategies/strategy';
import {
  addSample, type Band, emptyTally, type ForecastMetric, type ForecastSummary, type ForecastTally, futureSeed, futureWorld, mergeTallies, quantile, summarise,
} from './forecast';

/** Every strategy the lab offers: "none" (no actions, events answered at random) and the built-in ones, as `npm run study` lists them. */
export const LAB_STRATEGIES: readonly string[] = ['none', ...BUILTIN_STRATEGIES];

/** The most seeds one lab line plays: a game takes 10–20 ms on a slow machine's worker, so 4 lines of 2,000 take minutes at most. */
export const MAX_LAB_SEEDS = 2000;
/** The most lines one lab run compares side by side. */
export const MAX_LAB_LINES = 4;

/**
 * A line the lab plays: a strategy from the scenario's start over seeds 1…N (exactly the games of `npm run study`), or
 * a player's line: its decisions up to `fromTurn`, then a strategy, over N futures with different luck from there.
 */
export type LabLine = { kind: 'strategy'; strategy: string } | { kind: 'mine'; branchId: string; fromTurn: number; strategy: string };

/** What a worker is told for one lab task: which strategy to play, and whether seeds count from 1 (study) or are futures. */
export interface LabPlan {
  lab: 'study' | 'futures';
  strategy: string;
}

/** The strategy `name` for one game's seed ("none" or a built-in); undefined for an unknown name. */
export function labStrategy(name: string, seed: number): Strategy | undefined {
  return name === 'none' ? noneStrategy(seed) : builtinStrategy(name, seed);
}

/** The world a study line's games start from: the scenario's turn 0 (each game then takes its own seed's generator). */
export const studyStart = (scenario: ScenarioData): World => createBatchWorld(scenario, 0);

/** The worker plan of a line. */
export const labPlan = (line: LabLine): LabPlan => ({ lab: line.kind === 'strategy' ? 'study' : 'futures', strategy: line.strategy });

/** A lab tally: the forecast's (pillars, alarm, budget, endings, each goal) plus the balance and games that met every goal. */
export interface LabTally extends ForecastTally {
  balance: number[]; // ascending
  allGoals: number;
}

/** The tally of no games. */
export function emptyLabTally(rules: Rules): LabTally {
  return { ...emptyTally(rules), balance: [], allGoals: 0 };
}

/** Adds one finished game to a tally in place, scored as the debrief and `npm run study` score it (settled pillars). */
export function addGame(rules: Rules, tally: LabTally, w: World): void {
  const score = finalScore(w, rules);
  const values = { ...score.pillars, russiaAlarm: w.gauges.russiaAlarm, budgetUsdBn: w.economy.budgetUsdBn } as Record<ForecastMetric, number>;
  addSample(tally, { values, ending: score.ending, goals: Object.fromEntries(score.goals.map((g) => [g.id, g.met])) });
  let i = tally.balance.length;
  while (i > 0 && (tally.balance[i - 1] ?? 0) > score.balance) i--;
  tally.balance.splice(i, 0, score.balance);
  if (score.goals.every((g) => g.met)) tally.allGoals += 1;
}

/**
 * Plays games `from` (inclusive) to `to` (exclusive) of a line from `start`: for a study line game i is seed i + 1 from
 * the scenario's start; for a player's line it is future i from the player's world (seeded as the forecast seeds it).
 */
export function runLabShard(rules: Rules, start: World, plan: LabPlan, from: number, to: number): LabTally {
  const tally = emptyLabTally(rules);
  for (let i = from; i < to; i++) {
    const seed = plan.lab === 'study' ? i + 1 : futureSeed(start, i);
    const strategy = labStrategy(plan.strategy, seed);
    if (!strategy) throw new Error(`unknown strategy "${plan.strategy}"`);
    const w = futureWorld(start, seed); // a private copy with this seed's generator (for a study line: exactly createWorld(scenario, seed))
    addGame(rules, tally, playInPlace(rules, w, strategy).world);
  }
  return tally;
}

/** Two lab tallies of disjoint seed ranges as one: exactly the tally of both ranges played together. */
export function mergeLabTallies(a: LabTally, b: LabTally): LabTally {
  return { ...mergeTallies(a, b), balance: [...a.balance, ...b.balance].sort((x, y) => x - y), allGoals: a.allGoals + b.allGoals };
}

/** Whether a tally from a worker is a lab tally (it carries the balance), not a forecast's. */
export const isLabTally = (tally: ForecastTally): tally is LabTally => Array.isArray((tally as Partial<LabTally>).balance);

/** One line's result: the spread of endings (shares), each pillar's band, the balance's band, and goals met. */
export interface LabSummary extends Omit<ForecastSummary, 'turns'> {
  balance: Band;
  allGoals: number; // share of games that met every goal, 0..1
}

/** The bands and shares of a lab tally. */
export function summariseLab(tally: LabTally): LabSummary {
  const { turns: _turns, ...rest } = summarise(tally, 0);
  const b = tally.balance;
  return { ...rest, balance: { p10: quantile(b, 0.1), p50: quantile(b, 0.5), p90: quantile(b, 0.9) }, allGoals: tally.seeds ? tally.allGoals / tally.seeds : 0 };
}

/** The pillars in the order the lab lists them. */
export const LAB_PILLARS: readonly PillarId[] = PILLAR_IDS;
