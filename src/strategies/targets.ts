// The model's teaching targets (issue 9) measured over a fixed seed range: who succeeds, who leads, how much choice explains.
import type { Rules } from '../sim/content';
import { finalScore } from '../sim';
import type { ScenarioData } from '../sim/scenarioData';
import { BUILTIN_STRATEGIES, builtinStrategy } from './builtin';
import { noneStrategy } from './none';
import { playBatchGame } from './play';

/** Endings that count as failure even when every goal is met. */
const BAD_ENDINGS = new Set(['collapse', 'russianOrbit', 'chineseOrbit']);

/** One strategy's record in one scenario: success share, mean of the four pillars, and each game's mean. */
export interface LineRecord {
  name: string;
  /** Share of games with every goal met and an ending that is neither collapse nor an orbit. */
  success: number;
  /** Mean over games of the mean of the four pillars. */
  mean: number;
  /** Each game's mean of the four pillars, by seed. */
  values: number[];
  /** How many games ended in each ending. */
  endings: Record<string, number>;
}

/** A scenario's study: every line's record and the share of the variance the choice of line explains (R²). */
export interface ScenarioTargets {
  scenario: string;
  lines: LineRecord[];
  varianceExplained: number;
}

/** Plays seeds 1..n of doing nothing and every built-in line, so the issue-9 targets can be checked and printed. */
export function measureTargets(rules: Rules, scenario: ScenarioData, seeds: number): ScenarioTargets {
  const lines: LineRecord[] = ['none', ...BUILTIN_STRATEGIES].map((name) => {
    const values: number[] = [];
    const endings: Record<string, number> = {};
    let wins = 0;
    for (let seed = 1; seed <= seeds; seed++) {
      const strategy = name === 'none' ? noneStrategy(seed) : builtinStrategy(name, seed);
      if (!strategy) throw new Error(`unknown strategy ${name}`);
      const s = finalScore(playBatchGame(rules, scenario, seed, strategy).world, rules);
      if (s.goals.every((g) => g.met) && !BAD_ENDINGS.has(s.ending)) wins++;
      endings[s.ending] = (endings[s.ending] ?? 0) + 1;
      const p = s.pillars;
      values.push((p.sovereignty + p.prosperity + p.security + p.stability) / 4);
    }
    return { name, success: wins / seeds, mean: values.reduce((a, b) => a + b, 0) / seeds, values, endings };
  });
  const all = lines.flatMap((l) => l.values);
  const grand = all.reduce((a, b) => a + b, 0) / all.length;
  const total = all.reduce((s, v) => s + (v - grand) ** 2, 0);
  const between = lines.reduce((s, l) => s + l.values.length * (l.mean - grand) ** 2, 0);
  return { scenario: scenario.id, lines, varianceExplained: total === 0 ? 0 : between / total };
}

/** The built-in lines a player could choose (not doing nothing, not the random line). */
export const chosenLines = (t: ScenarioTargets): LineRecord[] => t.lines.filter((l) => l.name !== 'none' && l.name !== 'random');
