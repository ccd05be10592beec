// A pool of forecast workers: tasks dealt one at a time to each free worker; a new job cancels the old one.
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
}

/**
 * How many workers this machine gets: one per core but one (left for the page: on 2 cores, 2 workers made frames
 * 3–5× slower and 200 futures no sooner than 1 worker did), at least 1 and at most `max`.
 */
export const poolSize = (cores: number | undefined, max = 4): number => Math.max(1, Math.min(max, (Math.floor(cores ?? 1) || 1) - 1));

interface Slot {
  worker: WorkerLike;
  rules: Rules | null; // the rules this worker holds
  task: { jobId: number; taskId: number; task: PoolTask } | null; // its task in flight
  dead: boolean;
}

/**
 * Workers created on first use. `run` starts a job and cancels the one before: its queue is dropped, and tallies
 * still arriving for it are ignored by job id (each worker is busy with at most one small task, so a new job
 * starts on it as soon as that task ends).
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
      const slot: Slot = { worker: this.create(), rules: null, task: null, dead: false };
      slot.worker.onmessage = ({ data }) => this.answered(slot, data);
      slot.worker.onerror = () => this.failed(slot);
      this.slots.push(slot);
    }
  }

  /** Plays a job, cancelling any job still running. */
  run(job: PoolJob, listener: PoolListener): void {
    this.warm();
    const jobId = ++this.jobId;
    this.queue = [...job.tasks];
    this.listener = listener;
    const world = { ...job.world, ledger: [] }; // the ledger is not needed to play on, and can be long
    for (const slot of this.slots) {
      if (slot.dead) continue;
      slot.worker.postMessage({ type: 'context', jobId, world, turns: job.turns, ...(slot.rules === job.rules ? {} : { rules: job.rules }) });
      slot.rules = job.rules;
      if (!slot.task) this.deal(slot);
    }
    this.finishIfDone();
  }

  /** Stops the current job: nothing more is dealt or reported. */
  cancel(): void {
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

  private deal(slot: Slot): void {
    const task = this.queue.shift();
    if (!task) return;
    const taskId = ++this.nextTaskId;
    slot.task = { jobId: this.jobId, taskId, task };
    slot.worker.postMessage({ type: 'task', jobId: this.jobId, taskId, plan: task.plan, from: task.from, to: task.to });
  }

  private answered(slot: Slot, message: FromWorker): void {
    const done = slot.task;
    slot.task = null;
    const current = done && done.taskId === message.taskId && done.jobId === this.jobId && message.jobId === this.jobId;
    if (current && this.listener) {
      if (message.type === 'tally') this.listener.onTally(done.task, message.tally);
      else {
        const listener = this.listener;
        this.cancel();
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
    if (slot.task?.jobId === this.jobId) this.queue.unshift(slot.task.task); // another worker plays it
    slot.task = null;
    if (this.slots.every((s) => s.dead) && this.listener) {
      const listener = this.listener;
      this.cancel();
      listener.onError('every forecast worker failed');
      return;
    }
    for (const s of this.slots) if (!s.dead && !s.task) this.deal(s);
  }

  private finishIfDone(): void {
    if (!this.listener || this.queue.length || this.slots.some((s) => s.task?.jobId === this.jobId)) return;
    const listener = this.listener;
    this.listener = null;
    listener.onDone();
  }
}
