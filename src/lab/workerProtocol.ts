// The messages between the page and a forecast worker: a job's context once, then small seed ranges to play.
import type { Rules } from '../sim/content';
import type { World } from '../sim/world';
import type { ForecastPlan, ForecastTally } from './forecast';
import type { LabPlan } from './labRun';

/** The world and rules a job's tasks play from (rules only when they changed since the worker's last context). */
export interface ContextMessage {
  type: 'context';
  jobId: number;
  rules?: Rules;
  world: World;
  turns: number;
}

/** Play futures `from`…`to − 1` of one plan of the current job (a forecast's plan, or a policy lab line's). */
export interface TaskMessage {
  type: 'task';
  jobId: number;
  taskId: number;
  plan: ForecastPlan | LabPlan;
  from: number;
  to: number;
}

/** What the page sends a worker. */
export type ToWorker = ContextMessage | TaskMessage;

/** What a worker answers: the tally of one task, or why it could not play it. */
export type FromWorker =
  | { type: 'tally'; jobId: number; taskId: number; tally: ForecastTally }
  | { type: 'failed'; jobId: number; taskId: number; message: string };
