// Studies in the worker pool (in-process workers): whole games merged into exactly the one-run tally, each worker
// kept at most TASKS_AHEAD tasks ahead, a study cancelled by a newer job told so, and the plan reaching 200 futures first.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DO_NOTHING, runForecast } from '../../src/lab/forecast';
import { ForecastService, planKey, type ForecastProgress } from '../../src/lab/forecastService';
import { runPoolStudy } from '../../src/lab/poolStudy';
import { createWorkerHandler } from '../../src/lab/workerHandler';
import { studyPoolSize, TASKS_AHEAD, WorkerPool, type WorkerLike } from '../../src/lab/workerPool';
import type { FromWorker, ToWorker } from '../../src/lab/workerProtocol';
import { parseScenario } from '../../src/scenario/parse';
import { buildRules, createWorld } from '../../src/sim';

const parsed = parseScenario(readFileSync('scenarios/classroom-short.json', 'utf8'), 'classroom-short.json');
if (!parsed.ok) throw new Error('classroom-short.json does not parse');
const rules = buildRules(parsed.value);
const world = createWorld(parsed.value, 4);

/** A worker run in this process that records how many tasks it held at once (sent but not yet answered). */
class InlineWorker implements WorkerLike {
  onmessage: ((event: { data: FromWorker }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  held = 0;
  mostHeld = 0;
  played: { from: number; to: number; key: string }[] = [];
  private handle = createWorkerHandler((m) => setTimeout(() => {
    this.held--;
    this.onmessage?.({ data: structuredClone(m) });
  }));
  postMessage(message: ToWorker): void {
    if (message.type === 'task') {
      this.held++;
      this.mostHeld = Math.max(this.mostHeld, this.held);
      this.played.push({ from: message.from, to: message.to, key: 'eventId' in message.plan ? message.plan.eventId : 'actions' in message.plan ? message.plan.actions.join() : 'lab' });
    }
    setTimeout(() => this.handle(structuredClone(message)));
  }
  terminate(): void {}
}

function pool(size: number) {
  const made: InlineWorker[] = [];
  return { made, pool: new WorkerPool(size, () => {
    const w = new InlineWorker();
    made.push(w);
    return w;
  }) };
}

describe('a study in the worker pool', () => {
  it('gets a worker per core (the page only shows progress), at least 1 and at most 8', () => {
    expect([studyPoolSize(undefined), studyPoolSize(0), studyPoolSize(2), studyPoolSize(4), studyPoolSize(32)]).toEqual([1, 1, 2, 4, 8]);
  });

  it('plays whole games in chunks on every worker and merges them into exactly the one-run tally', async () => {
    const { pool: p, made } = pool(2);
    const progress: number[] = [];
    const tally = await runPoolStudy(p, { rules, world, plan: DO_NOTHING, games: 23, turns: world.turns, chunk: 4 }, (x) => progress.push(x.games));
    expect(tally).toEqual(runForecast(rules, world, DO_NOTHING, 0, 23, world.turns));
    expect(tally.seeds).toBe(23);
    expect(progress.at(-1)).toBe(23);
    expect(made.map((w) => w.played.length).reduce((a, b) => a + b)).toBe(6); // 4+4+4+4+4+3
    expect(made.every((w) => w.played.length > 0)).toBe(true);
    expect(Math.max(...made.map((w) => w.mostHeld))).toBe(TASKS_AHEAD); // each worker had its next task waiting
  });

  it('rejects when a newer job cancels it', async () => {
    const { pool: p } = pool(1);
    const study = runPoolStudy(p, { rules, world, plan: DO_NOTHING, games: 40, turns: world.turns, chunk: 2 });
    p.run({ rules, world, turns: 1, tasks: [] }, { onTally() {}, onDone() {}, onError() {} });
    await expect(study).rejects.toThrow(/cancelled after \d+ of 40 games/);
  });

  it('brings the plan to 200 futures before doing nothing goes past its first batch', async () => {
    const { pool: p, made } = pool(1);
    const service = new ForecastService(p, 260, 20);
    const plan = { actions: ['btc-volume-agreement'] };
    const seen = await new Promise<ForecastProgress[]>((resolve) => {
      const all: ForecastProgress[] = [];
      service.forecast(rules, world, [{ key: planKey(plan), plan }, { key: planKey(DO_NOTHING), plan: DO_NOTHING }], (x) => {
        all.push(x);
        if (x.done) resolve(all);
      });
    });
    const order = made[0]!.played.map((t) => `${t.key || 'nothing'} ${t.from}`);
    expect(order.slice(0, 3)).toEqual(['btc-volume-agreement 0', 'nothing 0', 'btc-volume-agreement 20']);
    const planAt200 = seen.find((x) => (x.summaries[planKey(plan)]?.seeds ?? 0) >= 200)!;
    expect(planAt200.summaries[planKey(DO_NOTHING)]?.seeds).toBe(20);
    expect(seen.at(-1)!.seeds).toBe(260);
  });
});
