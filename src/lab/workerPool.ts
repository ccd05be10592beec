// A pool of forecast workers: each worker kept two small tasks ahead (so it never waits for the page between
// tasks); a new job cancels the old one.
import { NO_LEDGER } from '../sim/ledger';
import type { Rules } from '../sim/content';
import type { World } from '../sim/world';
import type { ForecastPlan, ForecastTally } from './forecast';
import type { LabPlan } from './labRun';
import type { FromWorker, ToWorker } from './workerProtocol';

/** What the pool needs of a worker (a real Web Worker, or an in-process stand-in in tests). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

/** One small piece of a job: a seed range of one plan, under the caller's key. */
export interface PoolTask {
  key: string;
  plan: ForecastPlan | LabPlan;
  from: number;
  to: number;
}

/** Everything a job plays: one world and its rules, the number of turns, and tasks in the order to deal them. */
export interface PoolJob {
  rules: Rules;
  world: World;
  turns: number;
  tasks: PoolTask[];
}

/** What a job reports: each finished task's tally as it arrives, then the end (or a failure). */
export interface PoolListener {
  onTally(task: PoolTask, tally: ForecastTally): void;
  onDone(): void;
  onError(message: string): void;
  /** Called when the job is cancelled (by cancel, or by a newer job) before it finished. */
  onCancel?(): void;
}

/**
 * How many workers this machine gets: one per core but one (left for the page: on 2 cores, 2 workers made frames
 * 3–5× slower and 200 futures no sooner than 1 worker did), at least 1 and at most `max`.
 */
export const poolSize = (cores: number | undefined, max = 4): number => Math.max(1, Math.min(max, (Math.floor(cores ?? 1) || 1) - 1));

/**
 * How many workers a study gets (the lab screen, the benchmark): one per core, at most `max` — while a study runs
 * the page only shows its progress, so the core a forecast leaves for the page plays games too.
 */
export const studyPoolSize = (cores: number | undefined, max = 8): number => Math.max(1, Math.min(max, Math.floor(cores ?? 1) || 1));

interface Slot {
  worker: WorkerLike;
  rules: Rules | null; // the rules this worker holds
  tasks: Map<number, { jobId: number; task: PoolTask }>; // its tasks in flight, by task id, oldest first
  dead: boolean;
}

/**
 * Tasks a worker holds at once: the one it plays and the next, waiting in its message queue, so it starts that one
 * the moment it posts a tally instead of waiting for the page (busy painting) to answer. A new job starts after
 * at most these (each a fraction of a second).
 */
export const TASKS_AHEAD = 2;

/**
 * Workers created on first use. `run` starts a job and cancels the one before: its queue is dropped, and tallies
 * still arriving for it are ignored by job id (each worker holds at most TASKS_AHEAD small tasks, so a new job
 * starts on it as soon as those end).
 */
export class WorkerPool {
  private slots: Slot[] = [];
  private jobId = 0;
  private queue: PoolTask[] = [];
  private listener: PoolListener | null = null;
  private nextTaskId = 0;

  constructor(
    readonly size: number,
    private readonly create: () => WorkerLike,
  ) {}

  /** Starts the workers now (so the first job does not wait for them to load). */
  warm(): void {
    while (this.slots.length < this.size) {
      const slot: Slot = { worker: this.create(), rules: null, tasks: new Map(), dead: false };
      slot.worker.onmessage = ({ data }) => this.answered(slot, data);
      slot.worker.onerror = () => this.failed(slot);
      this.slots.push(slot);
    }
  }

  /** Plays a job, cancelling any job still running. */
  run(job: PoolJob, listener: PoolListener): void {
    this.warm();
    this.cancel();
    const jobId = ++this.jobId;
    this.queue = [...job.tasks];
    this.listener = listener;
    const world = { ...job.world, ledger: NO_LEDGER }; // the ledger is not needed to play on (and does not cross to a worker)
    for (const slot of this.slots) {
      if (slot.dead) continue;
      slot.worker.postMessage({ type: 'context', jobId, world, turns: job.turns, ...(slot.rules === job.rules ? {} : { rules: job.rules }) });
      slot.rules = job.rules;
      this.deal(slot);
    }
    this.finishIfDone();
  }

  /** Stops the current job: nothing more is dealt or reported. */
  cancel(): void {
    const listener = this.listener;
    this.drop();
    listener?.onCancel?.();
  }

  /** Forgets the current job without telling its listener (which is told something else: done or failed). */
  private drop(): void {
    this.jobId++;
    this.queue = [];
    this.listener = null;
  }

  /** Ends every worker. */
  destroy(): void {
    this.cancel();
    for (const slot of this.slots) slot.worker.terminate();
    this.slots = [];
  }

  /** Gives a live worker tasks from the queue until it holds TASKS_AHEAD. */
  private deal(slot: Slot): void {
    while (!slot.dead && slot.tasks.size < TASKS_AHEAD) {
      const task = this.queue.shift();
      if (!task) return;
      const taskId = ++this.nextTaskId;
      slot.tasks.set(taskId, { jobId: this.jobId, task });
      slot.worker.postMessage({ type: 'task', jobId: this.jobId, taskId, plan: task.plan, from: task.from, to: task.to });
    }
  }

  private answered(slot: Slot, message: FromWorker): void {
    const done = slot.tasks.get(message.taskId);
    slot.tasks.delete(message.taskId);
    const current = done && done.jobId === this.jobId && message.jobId === this.jobId;
    if (current && this.listener) {
      if (message.type === 'tally') this.listener.onTally(done.task, message.tally);
      else {
        const listener = this.listener;
        this.drop();
        listener.onError(message.message);
        return;
      }
    }
    this.deal(slot);
    this.finishIfDone();
  }

  private failed(slot: Slot): void {
    slot.dead = true;
    slot.worker.terminate();
    const lost = [...slot.tasks.values()].filter((t) => t.jobId === this.jobId).map((t) => t.task);
    this.queue.unshift(...lost); // other workers play them
    slot.tasks.clear();
    if (this.slots.every((s) => s.dead) && this.listener) {
      const listener = this.listener;
      this.drop();
      listener.onError('every forecast worker failed');
      return;
    }
    for (const s of this.slots) this.deal(s);
  }

  private finishIfDone(): void {
    if (!this.listener || this.queue.length || this.slots.some((s) => [...s.tasks.values()].some((t) => t.jobId === this.jobId))) return;
    const listener = this.listener;
    this.listener = null;
    listener.onDone();
  }
}
