// A study in the worker pool: many whole games (or any number of turns) from one world, dealt in chunks to the
// pool's workers, merged into one tally; for the lab screen and the browser benchmark.
import type { Rules } from '../sim/content';
import type { World } from '../sim/world';
import { type ForecastPlan, type ForecastTally, mergeTallies } from './forecast';
import type { PoolJob, PoolListener } from './workerPool';

/** What a pool study needs of the pool (WorkerPool has it). */
export interface StudyPool {
  run(job: PoolJob, listener: PoolListener): void;
}

/** One study: `games` futures of `plan` from `world`, each `turns` turns long (world.turns: whole games). */
export interface PoolStudy {
  rules: Rules;
  world: World;
  plan: ForecastPlan;
  games: number;
  turns: number;
  chunk?: number; // futures per task (default 50: few messages, still cancellable within a moment)
}

/** The games of a study played so far, and how many it will have. */
export interface PoolStudyProgress {
  tally: ForecastTally | null;
  games: number;
  target: number;
}

/**
 * Plays a study on the pool (cancelling the pool's running job, as any job does); resolves with the merged tally,
 * which equals runForecast over futures 0…games − 1. Rejects if the workers fail.
 */
export function runPoolStudy(pool: StudyPool, study: PoolStudy, onProgress?: (progress: PoolStudyProgress) => void): Promise<ForecastTally> {
  const chunk = Math.max(1, Math.floor(study.chunk ?? 50));
  const tasks: PoolJob['tasks'] = [];
  for (let from = 0; from < study.games; from += chunk) tasks.push({ key: 'study', plan: study.plan, from, to: Math.min(study.games, from + chunk) });
  const parts = new Map<number, ForecastTally>();
  return new Promise((resolve, reject) => {
    const merged = () => [...parts.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t).reduce<ForecastTally | null>((a, t) => (a ? mergeTallies(a, t) : t), null);
    let games = 0;
    pool.run({ rules: study.rules, world: study.world, turns: study.turns, tasks }, {
      onTally: (task, tally) => {
        parts.set(task.from, tally);
        games += tally.seeds;
        onProgress?.({ tally: null, games, target: study.games });
      },
      onDone: () => {
        const tally = merged();
        if (!tally || tally.seeds !== study.games) return reject(new Error(`the study stopped at ${tally?.seeds ?? 0} of ${study.games} games`));
        onProgress?.({ tally, games, target: study.games });
        resolve(tally);
      },
      onError: (message) => reject(new Error(message)),
      onCancel: () => reject(new Error(`the study was cancelled after ${games} of ${study.games} games`)),
    });
  });
}
