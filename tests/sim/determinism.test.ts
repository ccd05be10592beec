// A game is its command log: same seed and decisions give the same game; golden logs pin exact hashes.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replay, stateHash } from '../../src/sim';
import { playGame } from '../../src/strategies/play';
import { randomStrategy } from '../../src/strategies/strategy';
import { baselineData } from '../fixtures/baselineData';
import { rulesFor } from '../fixtures/game';
import { at } from '../../src/sim/indexing';

const rules = rulesFor();
const goldenDir = new URL('../fixtures/golden/', import.meta.url);

describe('determinism', () => {
  it('plays the same game twice from the same seed and decisions', () => {
    const a = playGame(rules, baselineData, 42, randomStrategy(9));
    const b = playGame(rules, baselineData, 42, randomStrategy(9));
    expect(stateHash(a.world)).toBe(stateHash(b.world));
    expect(a.world.history.map((h) => h.indicators)).toEqual(b.world.history.map((h) => h.indicators));
  });

  it('plays different games from different seeds', () => {
    const hashes = new Set([1, 2, 3, 4].map((seed) => stateHash(playGame(rules, baselineData, seed, randomStrategy(9)).world)));
    expect(hashes.size).toBe(4);
  });

  it('replays a command log to the same world', () => {
    const played = playGame(rules, baselineData, 5, randomStrategy(11));
    const replayed = replay(rules, baselineData, 5, played.log);
    expect(replayed.ok).toBe(true);
    if (replayed.ok) expect(stateHash(replayed.value)).toBe(stateHash(played.world));
  });

  it('says where a tampered log breaks', () => {
    const played = playGame(rules, baselineData, 5, randomStrategy(11));
    const bad = structuredClone(played.log);
    at(bad, 2).actions = ['no-such-action'];
    const replayed = replay(rules, baselineData, 5, bad);
    expect(replayed.ok).toBe(false);
    if (!replayed.ok) {
      expect(replayed.error.turn).toBe(2);
      expect(replayed.error).toMatchObject({ code: 'refused', actionId: 'no-such-action', refusal: { code: 'unknown' } });
    }
  });

  const files = readdirSync(goldenDir).filter((f) => f.endsWith('.json'));
  it.each(files)('golden replay %s reaches its recorded hash', (file) => {
    const golden = JSON.parse(readFileSync(new URL(file, goldenDir), 'utf8'));
    const replayed = replay(rules, baselineData, golden.seed, golden.log);
    expect(replayed.ok).toBe(true);
    if (replayed.ok) expect(stateHash(replayed.value)).toBe(golden.stateHash);
  });
});
