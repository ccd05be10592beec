// Plays the roads not taken of a game's turning points on the forecast service, one start world after another,
// and reports each turning point's alternatives against the choice actually made as their futures finish.
import type { Rules } from '../sim/content';
import type { ForecastSummary } from './forecast';
import type { ForecastProgress, ForecastService } from './forecastService';
import type { RoadChange, RoadPoint } from './roadNotTaken';

/** How many futures each line of a road not taken rests on when done. */
export const ROAD_SEEDS = 200;

/** One alternative's forecast beside the forecast of what was actually chosen (same world, same seeds). */
export interface RoadOutcome {
  change: RoadChange;
  alternative: ForecastSummary;
  chosen: ForecastSummary;
}

/** Where one turning point stands: the alternatives known so far, and how many futures back them. */
export interface RoadPointResult {
  turn: number;
  date: string;
  seeds: number; // futures behind its least-advanced line that has started (0 before any has)
  target: number;
  done: boolean;
  decided: boolean; // false when nothing was decided that turn (no alternatives to play)
  outcomes: RoadOutcome[];
  failed?: string;
}

/** What the service must offer (the page's forecast service, or one on in-process workers in tests). */
export type ForecastLike = Pick<ForecastService, 'forecast' | 'cancel'>;

/** Runs the roads not taken of several turning points in turn; `cancel` stops them all (leaving the debrief). */
export class RoadNotTakenRunner {
  private run = 0;
  private request = -1;

  constructor(
    private readonly service: ForecastLike,
    readonly target = ROAD_SEEDS,
  ) {}

  /** Starts (cancelling any earlier run); `onProgress` gets every point's state as futures finish, last with all done. */
  start(rules: Rules, points: readonly RoadPoint[], onProgress: (results: RoadPointResult[]) => void): void {
    this.cancel();
    const run = this.run;
    const results: RoadPointResult[] = points.map((p) => ({
      turn: p.turn, date: p.date, seeds: 0, target: this.target, done: p.jobs.length === 0, decided: p.alternatives.length > 0, outcomes: [],
    }));
    const summaries = points.map(() => new Map<string, ForecastSummary>());
    const jobs = points.flatMap((p, i) => p.jobs.map((job, j) => ({ point: i, job, index: j })));
    const seedsOf = points.map((p) => p.jobs.map(() => 0));
    const update = (i: number) => {
      const point = points[i];
      const result = results[i];
      const known = summaries[i];
      const seeds = seedsOf[i];
      if (!point || !result || !known || !seeds) return;
      const started = seeds.filter((n) => n > 0);
      result.seeds = started.length ? Math.min(...started) : 0;
      result.outcomes = point.alternatives.flatMap((a) => {
        const alternative = known.get(a.key);
        const chosen = known.get(a.actualKey);
        return alternative?.seeds && chosen?.seeds ? [{ change: a.change, alternative, chosen }] : [];
      });
    };
    const report = () => onProgress(results.map((r) => ({ ...r, outcomes: [...r.outcomes] })));
    const next = (k: number): void => {
      const item = jobs[k];
      if (run !== this.run || !item) return;
      let finished = false; // the service may answer at once (all known): start the next job only after this one's number is kept
      const request = this.service.forecast(rules, item.job.world, item.job.lines, (progress: ForecastProgress) => {
        const known = summaries[item.point];
        const seeds = seedsOf[item.point];
        const result = results[item.point];
        if (run !== this.run || !known || !seeds || !result) return;
        for (const [key, s] of Object.entries(progress.summaries)) if (s) known.set(key, s);
        seeds[item.index] = progress.seeds;
        update(item.point);
        if (progress.failed) result.failed = progress.failed;
        if (progress.done && jobs[k + 1]?.point !== item.point) result.done = true;
        report();
        if (!progress.done) return;
        if (this.request === request) next(k + 1);
        else finished = true;
      }, { turns: item.job.turns, target: this.target });
      this.request = request;
      if (finished) next(k + 1);
    };
    report();
    next(0);
  }

  /** Stops the run: nothing more is played or reported. */
  cancel(): void {
    this.run++;
    this.service.cancel(this.request);
  }
}
