// The batch lane (one mutable world, no ledger) and the interactive lane (immer, frozen worlds) play the same games.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse';
import { buildRules, createWorld, stateHash } from '../../src/sim';
import { createBatchWorld } from '../../src/sim/batch';
import { playBatchGame, playGame } from '../../src/strategies/play';
import { randomStrategy } from '../../src/strategies/strategy';
import { baselineData } from '../fixtures/baselineData';
import { rulesFor } from '../fixtures/game';

const rules = rulesFor();

/** Every shipped scenario with its rules: the lanes must agree whatever the starting world. */
const scenarios = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json').map((file) => {
  const parsed = parseScenario(readFileSync(`scenarios/${file}`, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} does not validate`);
  return { data: parsed.value, rules: buildRules(parsed.value) };
});

describe('the two lanes', () => {
  it('reach the same state hash, log and history over 1,000 random games of every scenario', () => {
    fc.assert(
      fc.property(fc.constantFrom(...scenarios), fc.integer(), fc.integer(), fc.integer({ min: 1, max: 40 }), ({ data, rules }, seed, strategySeed, turns) => {
        const interactive = playGame(rules, data, seed, randomStrategy(strategySeed), turns);
        const batch = playBatchGame(rules, data, seed, randomStrategy(strategySeed), turns);
        expect(stateHash(batch.world)).toBe(stateHash(interactive.world));
        expect(batch.log).toEqual(interactive.log);
        expect(batch.world.history).toEqual(interactive.world.history);
      }),
      { numRuns: Number(process.env.LANES_RUNS ?? 1000) },
    );
  }, 240_000);

  it('keeps the interactive worlds frozen and sharing what a turn did not change, and the batch world unfrozen without a ledger', () => {
    const interactive = playGame(rules, baselineData, 3, randomStrategy(3), 2);
    const w = interactive.world;
    expect(Object.isFrozen(w) && Object.isFrozen(w.economy) && Object.isFrozen(w.ledger) && Object.isFrozen(w.ledger.at(0))).toBe(true);
    expect(w.ledger.length).toBeGreaterThan(0);
    const batch = playBatchGame(rules, baselineData, 3, randomStrategy(3), 2).world;
    expect(Object.isFrozen(batch.economy)).toBe(false);
    expect(batch.ledger).toHaveLength(0);
  });

  it('gives each batch game a world of its own: no object or array shared with another game or with the turn-0 world', () => {
    const objects = (value: unknown, out = new Set<object>()): Set<object> => {
      if (value === null || typeof value !== 'object' || out.has(value)) return out;
      out.add(value);
      for (const v of Object.values(value)) objects(v, out);
      return out;
    };
    const { ledger: _a, ...one } = createBatchWorld(baselineData, 1);
    const { ledger: _b, ...two } = createBatchWorld(baselineData, 2);
    const { ledger: _c, ...start } = createWorld(baselineData, 0);
    const mine = objects(one);
    const shared = [...objects(two), ...objects(start)].filter((o) => mine.has(o));
    expect(shared).toEqual([]);
    expect(stateHash(createBatchWorld(baselineData, 5))).toBe(stateHash(createWorld(baselineData, 5)));
  });
});
