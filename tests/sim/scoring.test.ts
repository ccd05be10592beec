// The debrief's judgement: endings follow the path played, and one unlucky last turn does not decide the grade.
import { describe, expect, it } from 'vitest';
import { finalScore, indicators } from '../../src/sim';
import { settledScores, spread } from '../../src/sim/scoring';
import { builtinStrategy } from '../../src/strategies/builtin';
import { playGame } from '../../src/strategies/play';
import { baselineData } from '../fixtures/baselineData';
import { rulesFor } from '../fixtures/game';

const rules = rulesFor();
const endings = (name: string, seeds = 12) =>
  Array.from({ length: seeds }, (_, i) => finalScore(playGame(rules, baselineData, i + 1, builtinStrategy(name, i + 1)!).world, rules).ending);

describe('scoring', () => {
  it('spreads count evenly spread partners as balanced and a single partner as not', () => {
    expect(spread([1, 1, 1, 1])).toBeCloseTo(1);
    expect(spread([1, 0, 0, 0])).toBeCloseTo(0);
    expect(spread([3, 1])).toBeGreaterThan(0);
  });

  it('names the orbit a one-sided line of policy ends in', () => {
    expect(endings('pro-russia').filter((e) => e === 'russianOrbit').length).toBeGreaterThanOrEqual(10);
    expect(endings('china-first').filter((e) => e === 'chineseOrbit').length).toBeGreaterThanOrEqual(10);
    expect(endings('western-pivot').filter((e) => e === 'westernPivot' || e === 'collapse').length).toBeGreaterThanOrEqual(8);
  });

  it('lets the documented multi-vector line reach the balanced bridge in a good share of games', () => {
    const historical = endings('historical').filter((e) => e === 'balancedBridge').length;
    expect(historical).toBeGreaterThanOrEqual(4);
  });

  it('judges pillars over the last quarter of the game, not the last turn alone', () => {
    const { world } = playGame(rules, baselineData, 3, builtinStrategy('balanced', 3)!);
    const settled = settledScores(world).pillars;
    const last4 = world.history.slice(-5).map((h) => h.indicators.pillars.prosperity);
    expect(settled.prosperity).toBeCloseTo(last4.reduce((s, v) => s + v, 0) / last4.length, 6);
    expect(finalScore(world, rules).pillars.prosperity).toBe(settled.prosperity);
    expect(indicators(world).pillars.prosperity).toBe(world.history.at(-1)!.indicators.pillars.prosperity);
  });
});
