// The batch lane (one mutable world, no ledger) and the interactive lane (immer, frozen worlds) play the same games.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/sim';
import { playBatchGame, playGame } from '../../src/strategies/play';
import { randomStrategy } from '../../src/strategies/strategy';
import { baselineData } from '../fixtures/baselineData';
import { rulesFor } from '../fixtures/game';

const rules = rulesFor();

describe('the two lanes', () => {
  it('reach the same state hash, log and history over 200 random games (LANES_RUNS=1000 for more)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.integer({ min: 1, max: 17 }), (seed, strategySeed, turns) => {
        const interactive = playGame(rules, baselineData, seed, randomStrategy(strategySeed), turns);
        const batch = playBatchGame(rules, baselineData, seed, randomStrategy(strategySeed), turns);
        expect(stateHash(batch.world)).toBe(stateHash(interactive.world));
        expect(batch.log).toEqual(interactive.log);
        expect(batch.world.history).toEqual(interactive.world.history);
      }),
      { numRuns: Number(process.env.LANES_RUNS ?? 200) },
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
});
