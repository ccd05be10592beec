// The road not taken: for a turning point of a finished game, the other choices of that turn (each other option of an
// event answered then, or the turn without one of its actions) and the choice actually made, each as a forecast line
// played from the world as it was at that turn to the end of the game. Pure: the lines run on the forecast core.
import type { Rules } from '../sim/content';
import { answerInPlace, batchCopy, createBatchWorld, resolveInPlace, closeInPlace } from '../sim/batch';
import { turnDate } from '../sim/dates';
import type { Command } from '../sim/replay';
import type { ScenarioData } from '../sim/scenarioData';
import type { World } from '../sim/world';
import { runForecast, summarise, type ForecastPlan, type ForecastSummary } from './forecast';
import { planKey, type ForecastLine } from './forecastService';

/** One decision of the turn taken differently: an action left out, or another answer to an event. */
export type RoadChange =
  | { kind: 'without'; actionId: string }
  | { kind: 'option'; eventId: string; optionId: string; chosenId: string };

/** An alternative line and the line of what was actually chosen, forecast from the same world with the same seeds. */
export interface RoadAlternative {
  change: RoadChange;
  key: string; // the alternative's forecast line
  actualKey: string; // the line of the choice actually made
}

/** One start world and the lines played from it (a job for the worker pool: a pool job holds one world). */
export interface RoadJob {
  world: World;
  turns: number; // from that turn to the end of the game
  lines: ForecastLine[];
}

/** A turning point's roads not taken: where each starts, and the alternatives to show. */
export interface RoadPoint {
  turn: number;
  date: string;
  jobs: RoadJob[];
  alternatives: RoadAlternative[];
}


/** The lines of one turn: its actions left out one at a time, and each other option of each event it answered. */
function pointOf(rules: Rules, start: World, cmd: Command): RoadPoint {
  const turns = Math.max(1, start.turns - start.turn);
  const jobs: RoadJob[] = [];
  const alternatives: RoadAlternative[] = [];
  if (cmd.actions.length) {
    const actual: ForecastPlan = { actions: [...cmd.actions] };
    const lines: ForecastLine[] = [{ key: planKey(actual), plan: actual }];
    cmd.actions.forEach((actionId, i) => {
      const plan: ForecastPlan = { actions: cmd.actions.filter((_, j) => j !== i) };
      const key = planKey(plan);
      if (!lines.some((l) => l.key === key)) lines.push({ key, plan });
      if (!alternatives.some((a) => a.change.kind === 'without' && a.change.actionId === actionId)) alternatives.push({ change: { kind: 'without', actionId }, key, actualKey: planKey(actual) });
    });
    jobs.push({ world: start, turns, lines });
  }
  if (cmd.choices.length) {
    // The turn as it was resolved (the same events drawn): each answered event's world has every other answer given.
    const resolved = batchCopy(start);
    resolveInPlace(rules, resolved, cmd.actions);
    for (const choice of cmd.choices) {
      const world = batchCopy(resolved);
      for (const other of cmd.choices) if (other.eventId !== choice.eventId) answerInPlace(rules, world, other.eventId, other.optionId);
      if (!world.pending.some((p) => p.eventId === choice.eventId)) continue;
      const actual: ForecastPlan = { eventId: choice.eventId, optionId: choice.optionId };
      const lines: ForecastLine[] = [{ key: planKey(actual), plan: actual }];
      for (const option of rules.events[choice.eventId]?.options ?? []) {
        if (option.id === choice.optionId) continue;
        const plan: ForecastPlan = { eventId: choice.eventId, optionId: option.id };
        lines.push({ key: planKey(plan), plan });
        alternatives.push({ change: { kind: 'option', eventId: choice.eventId, optionId: option.id, chosenId: choice.optionId }, key: planKey(plan), actualKey: planKey(actual) });
      }
      if (lines.length > 1) jobs.push({ world, turns, lines });
    }
  }
  return { turn: cmd.turn, date: turnDate(start, cmd.turn), jobs, alternatives };
}

/**
 * The roads not taken at each of `turns` (turning points) of the game played from `scenario` and `seed` by `log`:
 * the log is replayed in the batch lane to each turn's start, the world the player faced then.
 */
export function roadsNotTaken(rules: Rules, scenario: ScenarioData, seed: number, log: readonly Command[], turns: readonly number[]): RoadPoint[] {
  const wanted = new Set(turns);
  const points: RoadPoint[] = [];
  const w = createBatchWorld(scenario, seed);
  for (const cmd of log) {
    if (w.outcome || cmd.turn !== w.turn) break;
    if (wanted.has(cmd.turn)) points.push(pointOf(rules, batchCopy(w), cmd));
    resolveInPlace(rules, w, cmd.actions);
    for (const c of cmd.choices) answerInPlace(rules, w, c.eventId, c.optionId);
    if (!closeInPlace(rules, w)) break;
  }
  return points.sort((a, b) => a.turn - b.turn);
}

/** Each line of a turning point forecast by the core in this process over futures `from`…`to − 1` (what the pool plays, in one place). */
export function runRoadPoint(rules: Rules, point: RoadPoint, from: number, to: number): Record<string, ForecastSummary> {
  const out: Record<string, ForecastSummary> = {};
  for (const job of point.jobs) for (const line of job.lines) out[line.key] = summarise(runForecast(rules, job.world, line.plan, from, to, job.turns), job.turns);
  return out;
}
