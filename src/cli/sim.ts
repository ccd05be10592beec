// npm run sim: plays a whole game headlessly with a scripted strategy and prints a table or one JSON document.
import { existsSync } from 'node:fs';
import { buildRules, finalScore, indicators, stateHash, turnDate } from '../sim';
import type { Rules } from '../sim/content';
import type { ScenarioData } from '../sim/scenarioData';
import { builtinStrategy, BUILTIN_STRATEGIES, parseStrategyFile } from '../strategies/builtin';
import { playGame } from '../strategies/play';
import type { Strategy } from '../strategies/strategy';
import { parseSimArgs, USAGE } from './args';
import { loadScenarioRef, printable, readLimitedFile } from './input';
import { formatTable } from './table';
import en from '../i18n/en.json';

/** Prints a message (without terminal control characters) and leaves with a non-zero exit code. */
function fail(message: string): never {
  console.error(printable(`sim: ${message}`));
  process.exit(2);
}

function loadScenario(ref: string): ScenarioData {
  const loaded = loadScenarioRef(ref);
  if (!loaded.ok) fail(loaded.error);
  return loaded.value;
}

function loadStrategy(ref: string, seed: number, rules: Rules): Strategy {
  const builtin = builtinStrategy(ref, seed);
  if (builtin) return builtin;
  if (!existsSync(ref)) fail(`unknown strategy "${ref}": use one of ${BUILTIN_STRATEGIES.join(', ')} or a strategy JSON file`);
  const text = readLimitedFile(ref);
  if (!text.ok) fail(`${ref} ${text.error}`);
  const parsed = parseStrategyFile(text.value, rules);
  if (!parsed.ok) fail(`${ref}: ${parsed.error}`);
  return parsed.value;
}

/** The ending's reason in English (this tool speaks English): the defeat's own text, or the ending's usual reason. */
function endingReason(rules: Rules, ending: string, defeatId: string | undefined): string {
  const defeat = defeatId ? rules.defeat.find((d) => d.id === defeatId) : undefined;
  return defeat ? defeat.text.en : (en.debrief.reasons as Record<string, string>)[ending] ?? ending;
}

function main(): void {
  const args = parseSimArgs(process.argv.slice(2));
  if (!args.ok) fail(`${args.error}\n${USAGE}`);
  const { scenario: scenarioRef, seed, strategy: strategyRef, turns, json } = args.value;
  const scenario = loadScenario(scenarioRef);
  const rules = buildRules(scenario);
  const strategy = loadStrategy(strategyRef, seed, rules);
  const game = playGame(rules, scenario, seed, strategy, turns);
  const score = finalScore(game.world, rules);
  const rows = game.world.history.map((h) => ({ turn: h.turn, date: h.date, actions: h.actions, choices: h.choices, indicators: h.indicators }));

  if (json) {
    console.log(JSON.stringify({
      scenario: scenario.id,
      seed,
      strategy: strategy.name,
      turns: rows.map(({ turn, date, indicators: ind }) => ({ turn, date, indicators: ind })),
      log: game.log,
      final: {
        date: turnDate(game.world, game.world.turn),
        pillars: score.pillars,
        grades: score.grades,
        balance: score.balance,
        ending: score.ending,
        reason: endingReason(rules, score.ending, score.defeatId),
        goals: score.goals.map((g) => ({ id: g.id, met: g.met })),
        indicators: indicators(game.world),
        stateHash: stateHash(game.world),
      },
    }, null, 2));
  } else {
    console.log(printable(`${scenario.title.en} — seed ${seed}, strategy ${strategy.name}\n`));
    console.log(formatTable(rows));
    console.log(printable(`\nEnding: ${score.ending} (${endingReason(rules, score.ending, score.defeatId)})`));
    console.log(`Pillars: ${Object.entries(score.pillars).map(([k, v]) => `${k} ${v.toFixed(0)} (${score.grades[k as keyof typeof score.grades]})`).join(', ')}; balance ${score.balance.toFixed(0)}`);
    for (const g of score.goals) console.log(printable(`Goal ${g.met ? 'met' : 'missed'}: ${g.text.en}`));
    console.log(`State hash: ${stateHash(game.world)}`);
  }
}

try {
  main();
} catch (e) {
  // A bug of ours, not the input's: one line, never a stack trace.
  fail(`could not finish: ${e instanceof Error ? e.message : String(e)}`);
}
