// A small study over every bundled scenario: doing nothing must not win, and some line must beat it.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRules, finalScore } from '../../src/sim';
import { parseScenario } from '../../src/scenario/parse';
import { builtinStrategy } from '../../src/strategies/builtin';
import { noneStrategy } from '../../src/strategies/none';
import { playGame } from '../../src/strategies/play';

const SEEDS = 8;
const BAD = new Set(['collapse', 'russianOrbit', 'chineseOrbit']);
const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');

describe.each(files)('study of %s', (file) => {
  it('doing nothing never succeeds; some built-in line does', () => {
    const parsed = parseScenario(readFileSync(`scenarios/${file}`, 'utf8'), file);
    if (!parsed.ok) throw new Error(file);
    const scenario = parsed.value;
    const rules = buildRules(scenario);
    const successes = (make: (seed: number) => ReturnType<typeof noneStrategy>) => {
      let n = 0;
      for (let seed = 1; seed <= SEEDS; seed++) {
        const s = finalScore(playGame(rules, scenario, seed, make(seed)).world, rules);
        if (s.goals.every((g) => g.met) && !BAD.has(s.ending)) n++;
      }
      return n;
    };
    expect(successes(noneStrategy)).toBe(0);
    const best = Math.max(...['historical', 'turkic', 'balanced'].map((name) => successes((seed) => builtinStrategy(name, seed)!)));
    expect(best).toBeGreaterThan(0);
  });
});
