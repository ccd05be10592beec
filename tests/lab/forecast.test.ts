// The forecast core: a plan's forecast is the plan played directly with the same seeds, shards merge exactly, bands are ordered.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DO_NOTHING, FORECAST_METRICS, forecastHorizon, futureSeed, mergeTallies, playFuture, runForecast, sampleOf, summarise,
} from '../../src/lab/forecast';
import { parseScenario } from '../../src/scenario/parse';
import { buildRules, createWorld, stateHash } from '../../src/sim';
import { resolveTurn } from '../../src/sim/turn';
import { playBatchGame, playGame } from '../../src/strategies/play';
import { noneStrategy } from '../../src/strategies/none';
import type { Strategy } from '../../src/strategies/strategy';
import { baselineData } from '../fixtures/baselineData';
import { rulesFor } from '../fixtures/game';
import { at, entry } from '../../src/sim/indexing';

const parsed = parseScenario(readFileSync('scenarios/classroom-short.json', 'utf8'), 'classroom-short.json');
if (!parsed.ok) throw new Error('classroom-short.json does not parse');
const classroom = parsed.value;
const rules = buildRules(classroom);
const PLAN = ['btc-volume-agreement', 'middle-corridor-investment'].filter((id) => rules.actions[id]);

/** The plan on the first turn, then what the forecast's follow-up does: no actions, events answered at random from the seed. */
function planThenNothing(plan: readonly string[], seed: number): Strategy {
  const none = noneStrategy(seed);
  return { name: 'plan', pickActions: (_r, w) => (w.turn === 0 ? [...plan] : []), choose: (r, w, eventId) => none.choose(r, w, eventId) };
}

describe('the forecast core', () => {
  it('plays each future exactly as the same plan played directly from the start with the same seed, in both lanes', () => {
    expect(PLAN).toHaveLength(2);
    const start = createWorld(classroom, 42);
    const turns = forecastHorizon(start);
    expect(turns).toBe(classroom.turns); // a short scenario is forecast to its end
    for (let i = 0; i < 12; i++) {
      const future = playFuture(rules, start, { actions: PLAN }, i, turns);
      const seed = futureSeed(start, i);
      const batch = playBatchGame(rules, classroom, seed, planThenNothing(PLAN, seed)).world;
      const interactive = playGame(rules, classroom, seed, planThenNothing(PLAN, seed)).world;
      expect(future.outcome).not.toBeNull();
      expect(stateHash(future)).toBe(stateHash(batch));
      expect(stateHash(future)).toBe(stateHash(interactive));
      expect(at(future.history, 0).actions).toEqual(PLAN);
      expect(sampleOf(rules, future)).toEqual(sampleOf(rules, structuredClone(batch)));
    }
  });

  it('gives different futures for different seed indices and the same forecast for the same seeds', () => {
    const start = createWorld(classroom, 7);
    const a = runForecast(rules, start, { actions: PLAN }, 0, 30);
    expect(runForecast(rules, start, { actions: PLAN }, 0, 30)).toEqual(a);
    expect(new Set(a.values.stability).size).toBeGreaterThan(5);
    expect(futureSeed(start, 0)).not.toBe(futureSeed(start, 1));
    expect(futureSeed(start, 0)).not.toBe(futureSeed(createWorld(classroom, 8), 0));
  });

  it('merges shards into exactly the unsharded forecast, in any order', () => {
    const start = createWorld(classroom, 3);
    const whole = runForecast(rules, start, { actions: PLAN }, 0, 40);
    const shards = ([[0, 7], [7, 20], [20, 21], [21, 40]] as const).map(([from, to]) => runForecast(rules, start, { actions: PLAN }, from, to));
    expect(shards.reduce(mergeTallies)).toEqual(whole);
    expect([...shards].reverse().reduce(mergeTallies)).toEqual(whole);
    expect(summarise([...shards].reverse().reduce(mergeTallies), 8)).toEqual(summarise(whole, 8));
  });

  it('summarises ordered bands and shares that add up, for the plan and for doing nothing', () => {
    const start = createWorld(classroom, 11);
    for (const plan of [{ actions: PLAN }, DO_NOTHING]) {
      const s = summarise(runForecast(rules, start, plan, 0, 50), forecastHorizon(start));
      expect(s.seeds).toBe(50);
      for (const b of [...Object.values(s.pillars), s.alarm, s.budget]) {
        expect(b.p10).toBeLessThanOrEqual(b.p50);
        expect(b.p50).toBeLessThanOrEqual(b.p90);
        expect(Number.isFinite(b.p10)).toBe(true);
      }
      expect(Object.values(s.endings).reduce((x, y) => x + y, 0)).toBeCloseTo(1, 10);
      expect(Object.keys(s.goals).sort()).toEqual(rules.victory.map((g) => g.id).sort());
    }
  });

  it('forecasts 4 turns ahead in a long scenario, and an event option from a resolved turn', () => {
    const base = rulesFor();
    const start = createWorld(baselineData, 5);
    expect(forecastHorizon(start)).toBe(4);
    expect(playFuture(base, start, DO_NOTHING, 0, 4).history).toHaveLength(4);
    // Find a seed whose first turn asks for a choice; each option's futures begin with that answer.
    let waiting = resolveTurn(base, start, []);
    for (let seed = 1; !waiting.pending.length && seed < 200; seed++) waiting = resolveTurn(base, createWorld(baselineData, seed), []);
    const eventId = at(waiting.pending, 0).eventId;
    const options = entry(base.events, eventId).options!.map((o) => o.id);
    for (const optionId of options) {
      const future = playFuture(base, waiting, { eventId, optionId }, 0, forecastHorizon(waiting));
      expect(at(future.history, 0).choices).toContainEqual({ eventId, optionId });
      expect(future.history).toHaveLength(4);
    }
    const tallies = options.map((optionId) => runForecast(base, waiting, { eventId, optionId }, 0, 5));
    for (const tally of tallies) for (const m of FORECAST_METRICS) expect(tally.values[m]).toHaveLength(5);
  });
});
