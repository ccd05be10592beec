// The forecast service on a pool of in-process workers: batches merge into the one-run forecast, a new request
// cancels the old, doing nothing is played once per world, and a failing worker's task is played by another.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DO_NOTHING, forecastHorizon, runForecast, summarise } from '../../src/lab/forecast';
import { ForecastService, planKey, type ForecastProgress } from '../../src/lab/forecastService';
import { createWorkerHandler } from '../../src/lab/workerHandler';
import { poolSize, WorkerPool, type WorkerLike } from '../../src/lab/workerPool';
import type { FromWorker, ToWorker } from '../../src/lab/workerProtocol';
import { parseScenario } from '../../src/scenario/parse';
import { buildRules, createWorld } from '../../src/sim';
import { at } from '../../src/sim/indexing';

const parsed = parseScenario(readFileSync('scenarios/classroom-short.json', 'utf8'), 'classroom-short.json');
if (!parsed.ok) throw new Error('classroom-short.json does not parse');
const rules = buildRules(parsed.value);
const world = createWorld(parsed.value, 9);
const PLAN = { actions: ['btc-volume-agreement'] };

/** A worker run in this process: messages are copied and delivered on later ticks, like a real one's. */
class InlineWorker implements WorkerLike {
  onmessage: ((event: { data: FromWorker }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  tasks = 0;
  private handle = createWorkerHandler((m) => setTimeout(() => this.onmessage?.({ data: structuredClone(m) })));
  constructor(private readonly broken = false) {}
  postMessage(message: ToWorker): void {
    if (message.type === 'task') this.tasks++;
    setTimeout(() => (this.broken && message.type === 'task' ? this.onerror?.(new Error('crashed')) : this.handle(structuredClone(message))));
  }
  terminate(): void {}
}

function setup(workers = 3, broken = 0) {
  const made: InlineWorker[] = [];
  const pool = new WorkerPool(workers, () => {
    const w = new InlineWorker(made.length < broken);
    made.push(w);
    return w;
  });
  return { service: new ForecastService(pool, 60, 10), made };
}

/** Runs a forecast to its end, collecting every progress report. */
function finished(service: ForecastService, lines = [{ key: planKey(PLAN), plan: PLAN }, { key: planKey(DO_NOTHING), plan: DO_NOTHING }]) {
  return new Promise<ForecastProgress[]>((resolve) => {
    const seen: ForecastProgress[] = [];
    service.forecast(rules, world, lines, (p) => {
      seen.push(p);
      if (p.done) resolve(seen);
    });
  });
}

describe('the forecast service', () => {
  it('sizes the pool to the cores but one (left for the page), at least 1 and at most 4', () => {
    expect([poolSize(undefined), poolSize(0), poolSize(2), poolSize(4), poolSize(16)]).toEqual([1, 1, 1, 3, 4]);
  });

  it('refines batch by batch to exactly the forecast of one run over all seeds', async () => {
    const { service, made } = setup();
    const seen = await finished(service);
    const last = seen.at(-1)!;
    expect(last.seeds).toBe(60);
    expect(last.summaries[planKey(PLAN)]).toEqual(summarise(runForecast(rules, world, PLAN, 0, 60), forecastHorizon(world)));
    expect(last.summaries[planKey(DO_NOTHING)]).toEqual(summarise(runForecast(rules, world, DO_NOTHING, 0, 60), forecastHorizon(world)));
    const counts = seen.map((p) => p.summaries[planKey(PLAN)]?.seeds ?? 0);
    expect(counts).toEqual([...counts].sort((a, b) => a - b)); // it only grows
    expect(counts[0]).toBeLessThan(60);
    expect(made.filter((w) => w.tasks > 0).length).toBe(3); // every worker got work
  });

  it('cancels a request when a new one comes, and plays doing nothing only once for the same world', async () => {
    const { service, made } = setup(2);
    const stale: ForecastProgress[] = [];
    service.forecast(rules, world, [{ key: 'first', plan: { actions: ['middle-corridor-investment'] } }], (p) => stale.push(p));
    await finished(service);
    expect(stale).toEqual([]); // the first request never reported: the second replaced it at once
    const before = made.reduce((s, w) => s + w.tasks, 0);
    const other = { actions: ['china-pipeline-volumes'] };
    const seen = await finished(service, [{ key: planKey(other), plan: other }, { key: planKey(DO_NOTHING), plan: DO_NOTHING }]);
    expect(made.reduce((s, w) => s + w.tasks, 0) - before).toBe(6); // only the new plan's 6 batches were played
    expect(at(seen, 0).summaries[planKey(DO_NOTHING)]?.seeds).toBe(60); // doing nothing shows at once
  });

  it('finishes the forecast on the other workers when one fails', async () => {
    const { service } = setup(3, 1);
    const last = (await finished(service)).at(-1)!;
    expect(last.failed).toBeUndefined();
    expect(last.summaries[planKey(PLAN)]).toEqual(summarise(runForecast(rules, world, PLAN, 0, 60), forecastHorizon(world)));
  });
});
