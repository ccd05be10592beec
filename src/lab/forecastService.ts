// The page's side of forecasting: deals a request's seeds to the worker pool in small batches, keeps what finished
// (per world and plan, so doing nothing is played once a turn), and reports summaries that refine as batches land.
import type { Rules } from '../sim/content';
import type { World } from '../sim/world';
import { type ForecastPlan, type ForecastSummary, type ForecastTally, forecastHorizon, mergeTallies, summarise } from './forecast';
import type { PoolJob, PoolListener } from './workerPool';

/** One line of a forecast: a plan under a stable key (see planKey). */
export interface ForecastLine {
  key: string;
  plan: ForecastPlan;
}

/** A stable key for a plan: the actions in order, or the event and option. */
export const planKey = (plan: ForecastPlan): string => ('eventId' in plan ? `option:${plan.eventId}:${plan.optionId}` : `actions:${plan.actions.join(',')}`);

/** Where a request stands: each line's summary so far (null before its first batch), and how many futures back it. */
export interface ForecastProgress {
  summaries: Record<string, ForecastSummary | null>;
  seeds: number; // futures behind the least-advanced line
  target: number; // futures each line will have when done
  turns: number;
  done: boolean;
  failed?: string;
}

/** What the service needs of a pool. */
export interface PoolLike {
  run(job: PoolJob, listener: PoolListener): void;
  cancel(): void;
}

/** How many futures a forecast plays per line, and how many go to a worker at once. */
export const FORECAST_SEEDS = 400;
export const FORECAST_BATCH = 20;
/** Futures a line needs before its forecast counts as ready (the first paint with these is what the 1 s aim is about). */
export const FORECAST_ENOUGH = 200;

/** Runs forecasts on a pool; a new request cancels the last. */
export class ForecastService {
  private cache: { world: World; rules: Rules; turns: number; target: number; batches: Map<string, Map<number, ForecastTally>> } | null = null;
  private request = 0;

  constructor(
    private readonly pool: PoolLike,
    readonly target = FORECAST_SEEDS,
    readonly batch = FORECAST_BATCH,
  ) {}

  /**
   * Forecasts each line from `world`; `onProgress` is called as batches finish (at once if some are known), last with
   * done. Returns the request's number, for cancel. `options` may play other than the usual horizon (`turns`) or
   * number of futures (`target`: e.g. the debrief's roads not taken play to the end of the game).
   */
  forecast(rules: Rules, world: World, lines: readonly ForecastLine[], onProgress: (progress: ForecastProgress) => void, options: { turns?: number; target?: number } = {}): number {
    const request = ++this.request;
    const turns = options.turns ?? forecastHorizon(world);
    const target = options.target ?? this.target;
    if (this.cache?.world !== world || this.cache.rules !== rules || this.cache.turns !== turns || this.cache.target !== target) this.cache = { world, rules, turns, target, batches: new Map() };
    const batches = this.cache.batches;
    for (const line of lines) if (!batches.has(line.key)) batches.set(line.key, new Map());
    const count = Math.ceil(target / this.batch);
    const tasks: PoolJob['tasks'] = [];
    const enough = Math.min(count, Math.ceil(FORECAST_ENOUGH / this.batch));
    const add = (line: ForecastLine, b: number) => {
      if (!batches.get(line.key)?.has(b)) tasks.push({ key: line.key, plan: line.plan, from: b * this.batch, to: Math.min(target, (b + 1) * this.batch) });
    };
    // Refinement order: a first batch of every line (all columns show), then each line in turn to FORECAST_ENOUGH
    // futures (the first line, the player's plan, rests on that many soonest), then the rest batch by batch.
    for (const line of lines) add(line, 0);
    for (const line of lines) for (let b = 1; b < enough; b++) add(line, b);
    for (let b = Math.max(1, enough); b < count; b++) for (const line of lines) add(line, b);
    const report = (done: boolean, failed?: string) => {
      if (request !== this.request) return;
      const summaries: Record<string, ForecastSummary | null> = {};
      let seeds = Infinity;
      for (const line of lines) {
        const known = [...batches.get(line.key)!.entries()].filter(([b]) => b < count).map(([, t]) => t);
        const tally = known.length ? known.reduce(mergeTallies) : null;
        summaries[line.key] = tally ? summarise(tally, turns) : null;
        seeds = Math.min(seeds, tally?.seeds ?? 0);
      }
      onProgress({ summaries, seeds: Number.isFinite(seeds) ? seeds : 0, target, turns, done, failed });
    };
    if (!tasks.length) {
      this.pool.cancel();
      report(true);
      return request;
    }
    if (tasks.length < count * lines.length) report(false); // some lines are already known: show them at once
    this.pool.run({ rules, world, turns, tasks }, {
      onTally: (task, tally) => {
        if (this.cache?.world === world) this.cache.batches.get(task.key)?.set(Math.floor(task.from / this.batch), tally);
        report(false);
      },
      onDone: () => report(true),
      onError: (message) => report(true, message),
    });
    return request;
  }

  /** Stops the running forecast, or only `request` if that is still the running one (finished batches stay known). */
  cancel(request?: number): void {
    if (request !== undefined && request !== this.request) return;
    this.request++;
    this.pool.cancel();
  }
}
