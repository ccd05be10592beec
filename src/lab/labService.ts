// The page's side of the policy lab: deals each line's seeds to the worker pool in small batches (lines that start
// from the same world share one job, so they refine together), merges what finishes, and reports as it goes.
import type { Rules } from '../sim/content';
import type { World } from '../sim/world';
import { emptyLabTally, isLabTally, labPlan, type LabLine, type LabSummary, type LabTally, mergeLabTallies, summariseLab } from './labRun';
import type { PoolJob } from './workerPool';
import type { PoolLike } from './forecastService';

/** One line of a lab run: what it plays, from which world, under a key and the name the page shows. */
export interface LabRunLine {
  key: string;
  label: string;
  line: LabLine;
  start: World; // the scenario's start (study lines) or the player's world at the chosen turn
}

/** Where a run stands: each line's summary so far (null before its first batch) and games played. */
export interface LabProgress {
  lines: { key: string; label: string; line: LabLine; played: number; summary: LabSummary | null; tally: LabTally | null }[];
  played: number; // games finished over all lines
  target: number; // games all lines will have played when done
  seeds: number; // games per line
  done: boolean;
  failed?: string;
}

/** How many games go to a worker at once. */
export const LAB_BATCH = 25;

/** Runs lab requests on a pool; a new run (or cancel) stops the last. */
export class LabService {
  private run = 0;

  constructor(
    private readonly pool: PoolLike,
    readonly batch = LAB_BATCH,
  ) {}

  /** Plays `seeds` games of each line; `onProgress` is called as batches finish, last with done (or failed). */
  start(rules: Rules, lines: readonly LabRunLine[], seeds: number, onProgress: (progress: LabProgress) => void): number {
    const run = ++this.run;
    const tallies = new Map<string, LabTally>(lines.map((l) => [l.key, emptyLabTally(rules)]));
    // Lines starting from the same world are one job (their batches interleaved); jobs run one after another.
    const groups: { start: World; lines: LabRunLine[] }[] = [];
    for (const line of lines) {
      const group = groups.find((g) => g.start === line.start);
      if (group) group.lines.push(line);
      else groups.push({ start: line.start, lines: [line] });
    }
    const report = (done: boolean, failed?: string) => {
      if (run !== this.run) return;
      const shown = lines.map((l) => {
        const tally = tallies.get(l.key) ?? null;
        return { key: l.key, label: l.label, line: l.line, played: tally?.seeds ?? 0, summary: tally?.seeds ? summariseLab(tally) : null, tally };
      });
      onProgress({ lines: shown, played: shown.reduce((s, l) => s + l.played, 0), target: seeds * lines.length, seeds, done, failed });
    };
    const next = (index: number) => {
      if (run !== this.run) return;
      const group = groups[index];
      if (!group) return report(true);
      const tasks: PoolJob['tasks'] = [];
      for (let from = 0; from < seeds; from += this.batch) {
        for (const l of group.lines) tasks.push({ key: l.key, plan: labPlan(l.line), from, to: Math.min(seeds, from + this.batch) });
      }
      this.pool.run({ rules, world: group.start, turns: 0, tasks }, {
        onTally: (task, tally) => {
          const before = tallies.get(task.key);
          if (!before || !isLabTally(tally)) return;
          tallies.set(task.key, mergeLabTallies(before, tally));
          report(false);
        },
        onDone: () => next(index + 1),
        onError: (message) => report(true, message),
      });
    };
    if (!lines.length || seeds < 1) report(true);
    else next(0);
    return run;
  }

  /** Stops the running lab (its workers finish the batch in hand and nothing more is reported). */
  cancel(): void {
    this.run++;
    this.pool.cancel();
  }
}
