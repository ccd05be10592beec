// What a forecast worker does with each message, apart from the worker itself (so tests can run it in-process).
import { NO_LEDGER } from '../sim/ledger';
import type { Rules } from '../sim/content';
import type { World } from '../sim/world';
import { runForecast } from './forecast';
import { runLabShard } from './labRun';
import type { FromWorker, ToWorker } from './workerProtocol';

/** A message handler holding the current job's world and rules; it plays each task of that job and posts the tally. */
export function createWorkerHandler(post: (message: FromWorker) => void): (message: ToWorker) => void {
  let rules: Rules | null = null;
  let current: { jobId: number; world: World; turns: number } | null = null;
  return (message) => {
    if (message.type === 'context') {
      if (message.rules) rules = message.rules;
      current = { jobId: message.jobId, world: { ...message.world, ledger: NO_LEDGER }, turns: message.turns }; // a ledger arrives as a bare object
      return;
    }
    const { jobId, taskId } = message;
    if (!rules || !current || current.jobId !== jobId) return post({ type: 'failed', jobId, taskId, message: 'no context for this job' });
    try {
      const { plan, from, to } = message;
      const tally = 'lab' in plan ? runLabShard(rules, current.world, plan, from, to) : runForecast(rules, current.world, plan, from, to, current.turns);
      post({ type: 'tally', jobId, taskId, tally });
    } catch (error) {
      post({ type: 'failed', jobId, taskId, message: String(error) });
    }
  };
}
