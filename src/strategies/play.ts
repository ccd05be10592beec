// Plays a whole game with a strategy, returning the final world and the command log that reproduces it.
import type { Rules } from '../sim/content';
import { answerInPlace, closeInPlace, createBatchWorld, resolveInPlace } from '../sim/batch';
import { createWorld } from '../sim/create';
import { first } from '../sim/indexing';
import type { Command } from '../sim/replay';
import type { ScenarioData } from '../sim/scenarioData';
import { chooseOption, closeTurn, resolveTurn } from '../sim/turn';
import type { World } from '../sim/world';
import type { Strategy } from './strategy';

/** A finished (or cut short) game: its last world and its log. */
export interface PlayedGame {
  world: World;
  log: Command[];
}

/** Plays one turn with a strategy; returns the world at the next turn's start and the command taken. */
export function playTurn(rules: Rules, world: World, strategy: Strategy): { world: World; command: Command } {
  const actions = strategy.pickActions(rules, world);
  let w = resolveTurn(rules, world, actions);
  const command: Command = { turn: world.turn, actions: [...w.current.actions], choices: [] };
  while (w.pending.length) {
    const eventId = first(w.pending, 'pending events').eventId;
    let optionId = strategy.choose(rules, w, eventId);
    if (!rules.events[eventId]?.options?.some((o) => o.id === optionId)) optionId = rules.events[eventId]?.options?.[0]?.id ?? '';
    const next = chooseOption(rules, w, eventId, optionId);
    if (next === w) break;
    command.choices.push({ eventId, optionId });
    w = next;
  }
  return { world: closeTurn(rules, w), command };
}

/** Plays from the scenario's start until the end (or `maxTurns` turns). */
export function playGame(rules: Rules, scenario: ScenarioData, seed: number, strategy: Strategy, maxTurns = Infinity): PlayedGame {
  let world = createWorld(scenario, seed);
  const log: Command[] = [];
  for (let i = 0; i < maxTurns && !world.outcome; i++) {
    const step = playTurn(rules, world, strategy);
    if (step.world === world) break;
    world = step.world;
    log.push(step.command);
  }
  return { world, log };
}

/**
 * Plays like playGame in the batch lane: one private mutable world, no ledger, no copies. Same log and
 * same state hash as playGame for the same scenario, seed and strategy; the world has no ledger.
 */
export function playBatchGame(rules: Rules, scenario: ScenarioData, seed: number, strategy: Strategy, maxTurns = Infinity): PlayedGame {
  return playInPlace(rules, createBatchWorld(scenario, seed), strategy, maxTurns);
}

/** Plays a batch world on from wherever it stands (the start, or a turn of a player's line), changing it in place. */
export function playInPlace(rules: Rules, world: World, strategy: Strategy, maxTurns = Infinity): PlayedGame {
  const log: Command[] = [];
  for (let i = 0; i < maxTurns && !world.outcome; i++) {
    const turn = world.turn;
    resolveInPlace(rules, world, strategy.pickActions(rules, world));
    const command: Command = { turn, actions: [...world.current.actions], choices: [] };
    while (world.pending.length) {
      const eventId = first(world.pending, 'pending events').eventId;
      let optionId = strategy.choose(rules, world, eventId);
      if (!rules.events[eventId]?.options?.some((o) => o.id === optionId)) optionId = rules.events[eventId]?.options?.[0]?.id ?? '';
      if (!answerInPlace(rules, world, eventId, optionId)) break;
      command.choices.push({ eventId, optionId });
    }
    if (!closeInPlace(rules, world)) break;
    log.push(command);
  }
  return { world, log };
}
