// The policy lab's core: a study line's tally is exactly `npm run study` of the same strategy and seeds (the real CLI,
// run in Node), shards merge exactly, a player's line keeps its decisions up to the chosen turn, and the lab service on
// in-process workers gives the one-run result with lines of different starts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playInPlace } from '../../src/strategies/play';
import {
  addGame, emptyLabTally, LAB_STRATEGIES, labStrategy, mergeLabTallies, runLabShard, studyStart, summariseLab, type LabTally,
} from '../../src/lab/labRun';
import { LabService, type LabProgress, type LabRunLine } from '../../src/lab/labService';
import { futureSeed, futureWorld } from '../../src/lab/forecast';
import { createWorkerHandler } from '../../src/lab/workerHandler';
import { WorkerPool, type WorkerLike } from '../../src/lab/workerPool';
import type { FromWorker, ToWorker } from '../../src/lab/workerProtocol';
import { parseScenario } from '../../src/scenario/parse';
import { buildRules, createWorld, replay, stateHash } from '../../src/sim';
import { playBatchGame } from '../../src/strategies/play';

const parsed = parseScenario(readFileSync('scenarios/classroom-short.json', 'utf8'), 'classroom-short.json');
if (!parsed.ok) throw new Error('classroom-short.json does not parse');
const scenario = parsed.value;
const rules = buildRules(scenario);
const SEEDS = 10;

interface StudyGame { seed: number; ending: string; goalsMet: boolean; pillars: Record<string, number>; balance: number }

/** The real study CLI's games, per strategy. */
function study(seeds: number): Record<string, StudyGame[]> {
  const out = execFileSync('npx', ['tsx', 'src/cli/study.ts', '--scenario', 'classroom-short', '--seeds', String(seeds), '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const doc = JSON.parse(out) as { strategies: { name: string; games: StudyGame[] }[] };
  return Object.fromEntries(doc.strategies.map((s) => [s.name, s.games]));
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

describe('the policy lab core', () => {
  it('tallies each strategy exactly as `npm run study` plays the same seeds', () => {
    const games = study(SEEDS);
    expect(Object.keys(games).sort()).toEqual([...LAB_STRATEGIES].sort());
    const start = studyStart(scenario);
    for (const name of LAB_STRATEGIES) {
      const tally = runLabShard(rules, start, { lab: 'study', strategy: name }, 0, SEEDS);
      const played = games[name]!;
      expect(tally.seeds, name).toBe(SEEDS);
      const endings: Record<string, number> = {};
      for (const g of played) endings[g.ending] = (endings[g.ending] ?? 0) + 1;
      expect(Object.fromEntries(Object.entries(tally.endings).filter(([, n]) => n > 0)), name).toEqual(endings);
      for (const p of ['sovereignty', 'prosperity', 'security', 'stability'] as const) {
        expect(tally.values[p], `${name} ${p}`).toEqual(sorted(played.map((g) => g.pillars[p]!)));
      }
      expect(tally.balance, name).toEqual(sorted(played.map((g) => g.balance)));
      expect(tally.allGoals, name).toBe(played.filter((g) => g.goalsMet).length);
    }
  }, 120_000);

  it('plays a study game from the shared start exactly as a fresh game of that seed', () => {
    const start = studyStart(scenario);
    for (const seed of [1, 2, 77]) {
      const fromStart = playInPlace(rules, futureWorld(start, seed), labStrategy('balanced', seed)!).world;
      expect(stateHash(fromStart)).toBe(stateHash(playBatchGame(rules, scenario, seed, labStrategy('balanced', seed)!).world));
    }
  });

  it('merges shards into exactly the unsharded tally, and bands are ordered', () => {
    const start = studyStart(scenario);
    const plan = { lab: 'study' as const, strategy: 'random' };
    const whole = runLabShard(rules, start, plan, 0, 24);
    const shards = [[0, 5], [5, 6], [6, 24]].map(([a, b]) => runLabShard(rules, start, plan, a!, b!));
    expect(shards.reduceRight((x, y) => mergeLabTallies(x, y))).toEqual(whole);
    const s = summariseLab(whole);
    for (const b of [...Object.values(s.pillars), s.balance]) {
      expect(b.p10).toBeLessThanOrEqual(b.p50);
      expect(b.p50).toBeLessThanOrEqual(b.p90);
    }
    expect(Object.values(s.endings).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it("plays a player's line as its decisions up to the turn, then the strategy on each future's luck", () => {
    const mine = playBatchGame(rules, scenario, 4242, labStrategy('turkic', 4242)!, 3).log; // a player's first 3 turns
    const at = replay(rules, scenario, 4242, mine);
    if (!at.ok) throw new Error('replay failed');
    const tally = runLabShard(rules, at.value, { lab: 'futures', strategy: 'china-first' }, 0, 6);
    const expected = emptyLabTally(rules);
    for (let i = 0; i < 6; i++) {
      const seed = futureSeed(at.value, i);
      const w = playInPlace(rules, futureWorld(at.value, seed), labStrategy('china-first', seed)!).world;
      expect(w.history.slice(0, 3).map((h) => h.actions)).toEqual(mine.map((c) => c.actions)); // the player's turns stay
      addGame(rules, expected, w);
    }
    expect(tally).toEqual(expected);
  });

  it('runs lines of different starts on a worker pool to exactly the one-run tallies', async () => {
    class InlineWorker implements WorkerLike {
      onmessage: ((event: { data: FromWorker }) => void) | null = null;
      onerror: ((event: unknown) => void) | null = null;
      private handle = createWorkerHandler((m) => setTimeout(() => this.onmessage?.({ data: structuredClone(m) })));
      postMessage(message: ToWorker): void {
        setTimeout(() => this.handle(structuredClone(message)));
      }
      terminate(): void {}
    }
    const service = new LabService(new WorkerPool(2, () => new InlineWorker()), 7);
    const start = studyStart(scenario);
    const mineStart = createWorld(scenario, 99);
    const lines: LabRunLine[] = [
      { key: 'h', label: 'historical', line: { kind: 'strategy', strategy: 'historical' }, start },
      { key: 'm', label: 'mine', line: { kind: 'mine', branchId: 'b1', fromTurn: 0, strategy: 'none' }, start: mineStart },
      { key: 'w', label: 'western', line: { kind: 'strategy', strategy: 'western-pivot' }, start },
    ];
    const seen: LabProgress[] = [];
    await new Promise<void>((resolve) => service.start(rules, lines, 20, (p) => (seen.push(p), p.done && resolve())));
    const last = seen.at(-1)!;
    expect(last.failed).toBeUndefined();
    expect(last.played).toBe(60);
    const one = (plan: Parameters<typeof runLabShard>[2], w = start): LabTally => runLabShard(rules, w, plan, 0, 20);
    expect(last.lines.map((l) => l.tally)).toEqual([one({ lab: 'study', strategy: 'historical' }), one({ lab: 'futures', strategy: 'none' }, mineStart), one({ lab: 'study', strategy: 'western-pivot' })]);
    const counts = seen.map((p) => p.played);
    expect(counts).toEqual(sorted(counts));
    // The two study lines share a job: both had games before the player's line started.
    const firstMine = seen.findIndex((p) => p.lines[1]!.played > 0);
    expect(seen[firstMine - 1]!.lines[2]!.played).toBeGreaterThan(0);
  });
});
