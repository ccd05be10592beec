// A study's games and its printed result: played from a seed range, or gathered from shard files, printed the same way.
import { createHash } from 'node:crypto';
import { buildRules, finalScore, stateHash } from '../sim';
import type { Rules } from '../sim/content';
import type { ScenarioData } from '../sim/scenarioData';
import { BUILTIN_STRATEGIES, builtinStrategy } from '../strategies/builtin';
import { noneStrategy } from '../strategies/none';
import { playBatchGame } from '../strategies/play';
import type { Strategy } from '../strategies/strategy';

/** Every strategy a study can play, in the order it prints them: "none" (no actions, events at random) first. */
export const STUDY_STRATEGIES: readonly string[] = ['none', ...BUILTIN_STRATEGIES];

/** One game of a study: how it ended, whether every goal was met, the settled pillars and balance. */
export interface StudyGame {
  seed: number;
  ending: string;
  goalsMet: boolean;
  pillars: { sovereignty: number; prosperity: number; security: number; stability: number };
  balance: number;
}

/**
 * What makes two runs the same study, so shards can be checked against each other before they are merged:
 * the scenario (its id, English title, and a hash of its content), the seed count, the strategies, and an
 * engine fingerprint (the state hash of one fixed game, which differs when the sim plays differently).
 */
export interface StudySettings {
  scenario: string;
  title: string;
  scenarioSha256: string;
  seeds: number;
  strategies: string[];
  engine: string;
}

/** A whole study: its settings and each strategy's games in seed order. */
export interface StudyResult {
  settings: StudySettings;
  strategies: { name: string; games: StudyGame[] }[];
}

/** The strategy `name` for one seed ("none" or a built-in); undefined for an unknown name. */
export function studyStrategy(name: string, seed: number): Strategy | undefined {
  return name === 'none' ? noneStrategy(seed) : builtinStrategy(name, seed);
}

/** The settings of a study of `scenario` over seeds 1…`seeds` with `strategies`. */
export function studySettings(scenario: ScenarioData, rules: Rules, seeds: number, strategies: readonly string[]): StudySettings {
  const probe = playBatchGame(rules, scenario, 0, noneStrategy(0)).world;
  return {
    scenario: scenario.id,
    title: scenario.title.en,
    scenarioSha256: createHash('sha256').update(JSON.stringify(scenario)).digest('hex'),
    seeds,
    strategies: [...strategies],
    engine: stateHash(probe),
  };
}

/** Plays one game of a study and reads its result. */
export function playStudyGame(rules: Rules, scenario: ScenarioData, name: string, seed: number): StudyGame {
  const strategy = studyStrategy(name, seed);
  if (!strategy) throw new Error(`unknown strategy "${name}"`);
  const score = finalScore(playBatchGame(rules, scenario, seed, strategy).world, rules);
  const { sovereignty, prosperity, security, stability } = score.pillars;
  return { seed, ending: score.ending, goalsMet: score.goals.every((g) => g.met), pillars: { sovereignty, prosperity, security, stability }, balance: score.balance };
}

/** Plays seeds `from`…`to` (inclusive) of every strategy, each strategy's games in seed order. */
export function playStudy(scenario: ScenarioData, strategies: readonly string[], from: number, to: number): { name: string; games: StudyGame[] }[] {
  const rules = buildRules(scenario);
  return strategies.map((name) => {
    const games: StudyGame[] = [];
    for (let seed = from; seed <= to; seed++) games.push(playStudyGame(rules, scenario, name, seed));
    return { name, games };
  });
}

/** The study as it prints: one JSON document (`json`), or a line per strategy with the spread of endings. */
export function formatStudy(result: StudyResult, json: boolean): string {
  const { settings, strategies } = result;
  const seeds = settings.seeds;
  if (json) return JSON.stringify({ scenario: settings.scenario, seeds, strategies });
  const lines = [`${settings.title}: ${seeds} seeds per strategy ("none" takes no actions and answers events at random)\n`];
  for (const { name, games } of strategies) {
    const endings: Record<string, number> = {};
    for (const g of games) endings[g.ending] = (endings[g.ending] ?? 0) + 1;
    const mean = (f: (g: StudyGame) => number) => (games.reduce((s, g) => s + f(g), 0) / games.length).toFixed(0);
    const avg = `sove ${mean((g) => g.pillars.sovereignty)} pros ${mean((g) => g.pillars.prosperity)} secu ${mean((g) => g.pillars.security)} stab ${mean((g) => g.pillars.stability)} bala ${mean((g) => g.balance)}`;
    const goals = games.filter((g) => g.goalsMet).length;
    const ends = Object.entries(endings).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
    lines.push(`${name.padEnd(14)} ${avg} | all goals ${goals}/${seeds} | ${ends}`);
  }
  return lines.join('\n');
}
