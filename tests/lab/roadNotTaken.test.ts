// The road not taken: each turning point starts from the world the player faced then, offers every other answer of an
// event (never the one chosen) and the turn without each action, and played on the worker pool gives exactly the
// forecast core's result for the same seeds; leaving stops it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runForecast, summarise } from '../../src/lab/forecast';
import { ForecastService } from '../../src/lab/forecastService';
import { roadsNotTaken, runRoadPoint, type RoadPoint } from '../../src/lab/roadNotTaken';
import { RoadNotTakenRunner, type RoadPointResult } from '../../src/lab/roadNotTakenRunner';
import { createWorkerHandler } from '../../src/lab/workerHandler';
import { WorkerPool, type WorkerLike } from '../../src/lab/workerPool';
import type { FromWorker, ToWorker } from '../../src/lab/workerProtocol';
import { replayLog } from '../../src/machine/replay';
import { parseScenario } from '../../src/scenario/parse';
import { buildRules, stateHash } from '../../src/sim';
import { builtinStrategy } from '../../src/strategies/builtin';
import { playGame } from '../../src/strategies/play';

const parsed = parseScenario(readFileSync('scenarios/classroom-short.json', 'utf8'), 'classroom-short.json');
if (!parsed.ok) throw new Error('classroom-short.json does not parse');
const scenario = parsed.value;
const rules = buildRules(scenario);
const SEED = 5;
const strategy = builtinStrategy('balanced', SEED);
if (!strategy) throw new Error('no balanced strategy');
const game = playGame(rules, scenario, SEED, strategy);
const decided = game.log.filter((c) => c.actions.length && c.choices.length).map((c) => c.turn);
const allTurns = game.log.map((c) => c.turn);

/** A worker run in this process: messages are copied and delivered on later ticks, like a real one's. */
class InlineWorker implements WorkerLike {
  onmessage: ((event: { data: FromWorker }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  tasks = 0;
  busy = 0; // tasks posted and not yet answered
  private handle = createWorkerHandler((m) => setTimeout(() => {
    this.busy--;
    this.onmessage?.({ data: structuredClone(m) });
  }));
  postMessage(message: ToWorker): void {
    if (message.type === 'task') {
      this.tasks++;
      this.busy++;
    }
    setTimeout(() => this.handle(structuredClone(message)));
  }
  terminate(): void {}
}

const runnerOn = (workers: InlineWorker[], target: number) =>
  new RoadNotTakenRunner(new ForecastService(new WorkerPool(2, () => {
    const w = new InlineWorker();
    workers.push(w);
    return w;
  }), 400, 10), target);

describe('the road not taken', () => {
  it('starts each turning point from the world the player faced at that turn', () => {
    expect(decided.length).toBeGreaterThan(0);
    for (const point of roadsNotTaken(rules, scenario, SEED, game.log, allTurns)) {
      const then = replayLog(rules, scenario, SEED, game.log.slice(0, point.turn));
      if (!then.ok) throw new Error('the log does not replay');
      const action = point.jobs.find((j) => j.lines.some((l) => 'actions' in l.plan));
      if (action) expect(stateHash(action.world)).toBe(stateHash(then.value.world));
      expect(then.value.world.turn).toBe(point.turn);
      expect(point.date).toBe(game.world.history[point.turn]?.date);
      for (const job of point.jobs) expect(job.turns).toBe(scenario.turns - point.turn); // to the end of the game
    }
  });

  it('offers every other option of each event answered, never the one chosen, and the turn without each action', () => {
    const points = roadsNotTaken(rules, scenario, SEED, game.log, decided);
    expect(points.map((p) => p.turn)).toEqual(decided);
    for (const point of points) {
      const cmd = game.log[point.turn]!;
      const dropped = point.alternatives.flatMap((a) => (a.change.kind === 'without' ? [a.change.actionId] : []));
      expect(dropped.sort()).toEqual([...new Set(cmd.actions)].sort());
      for (const choice of cmd.choices) {
        const offered = point.alternatives.flatMap((a) => (a.change.kind === 'option' && a.change.eventId === choice.eventId ? [a.change] : []));
        const others = (rules.events[choice.eventId]?.options ?? []).map((o) => o.id).filter((id) => id !== choice.optionId);
        expect(offered.map((o) => o.optionId).sort()).toEqual(others.sort());
        expect(offered.map((o) => o.optionId)).not.toContain(choice.optionId);
        expect(offered.every((o) => o.chosenId === choice.optionId)).toBe(true);
        // The event's world has it waiting for an answer, every other answer of that turn given.
        const job = point.jobs.find((j) => j.lines.some((l) => 'eventId' in l.plan && l.plan.eventId === choice.eventId));
        expect(job?.world.pending.map((p) => p.eventId)).toEqual([choice.eventId]);
      }
      for (const a of point.alternatives) expect(a.key).not.toBe(a.actualKey);
    }
  });

  it('played on the worker pool equals the forecast core for the same seeds, line by line', async () => {
    const points = roadsNotTaken(rules, scenario, SEED, game.log, decided.slice(0, 1));
    const point = points[0] as RoadPoint;
    const workers: InlineWorker[] = [];
    const seen: RoadPointResult[][] = [];
    await new Promise<void>((resolve) => runnerOn(workers, 40).start(rules, points, (results) => {
      seen.push(results);
      if (results.every((r) => r.done)) resolve();
    }));
    const last = seen.at(-1)![0]!;
    expect(last.seeds).toBe(40);
    expect(last.outcomes).toHaveLength(point.alternatives.length);
    const core = runRoadPoint(rules, point, 0, 40);
    last.outcomes.forEach((o, i) => {
      const a = point.alternatives[i]!;
      expect(o.change).toEqual(a.change);
      expect(o.alternative).toEqual(core[a.key]);
      expect(o.chosen).toEqual(core[a.actualKey]);
      const job = point.jobs.find((j) => j.lines.some((l) => l.key === a.key))!;
      const line = job.lines.find((l) => l.key === a.key)!;
      expect(o.alternative).toEqual(summarise(runForecast(rules, job.world, line.plan, 0, 40, job.turns), job.turns));
      for (const b of Object.values(o.alternative.pillars)) expect(b.p10 <= b.p50 && b.p50 <= b.p90).toBe(true);
    });
    // A different answer changes the futures: some alternative differs from the choice made.
    expect(last.outcomes.some((o) => JSON.stringify(o.alternative) !== JSON.stringify(o.chosen))).toBe(true);
    const first = point.alternatives[0]!.change;
    const counts = seen.map((r) => r[0]!.outcomes.find((o) => JSON.stringify(o.change) === JSON.stringify(first))?.alternative.seeds ?? 0);
    expect(counts).toEqual([...counts].sort((a, b) => a - b)); // it fills in, never goes back
    expect(counts.filter((n) => n > 0 && n < 40).length).toBeGreaterThan(0);
  });

  it('runs turning points one after another, and a cancel stops every one of them', async () => {
    const points = roadsNotTaken(rules, scenario, SEED, game.log, decided.slice(0, 2));
    expect(points).toHaveLength(Math.min(2, decided.length));
    const workers: InlineWorker[] = [];
    const runner = runnerOn(workers, 20);
    const seen: RoadPointResult[][] = [];
    let dealt = -1;
    await new Promise<void>((resolve) => runner.start(rules, points, (results) => {
      seen.push(results);
      if (seen.length !== 2) return;
      runner.cancel(); // leave as the first futures land
      dealt = workers.reduce((n, w) => n + w.tasks, 0);
      resolve();
    }));
    const reports = seen.length;
    while (workers.some((w) => w.busy > 0)) await new Promise((r) => setTimeout(r, 10)); // the tasks in flight finish
    await new Promise((r) => setTimeout(r, 10));
    expect(seen.length).toBe(reports); // nothing reported after leaving
    expect(workers.reduce((n, w) => n + w.tasks, 0)).toBe(dealt); // nothing more dealt
    expect(seen.at(-1)!.some((r) => r.decided && !r.done)).toBe(true);
  });

  it('says a turn without decisions has no road not taken, at once', async () => {
    const none = { turn: 0, date: '2022-H2', jobs: [], alternatives: [] };
    const results = await new Promise<RoadPointResult[]>((resolve) => runnerOn([], 20).start(rules, [none], resolve));
    expect(results[0]).toMatchObject({ turn: 0, done: true, decided: false, outcomes: [] });
  });
});
