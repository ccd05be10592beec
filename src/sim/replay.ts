// Replaying a command log: a game is its scenario, seed and decisions; this rebuilds it or says where it breaks.
import type { Rules } from './content';
import { createWorld } from './create';
import { err, ok, type Result } from './result';
import type { ScenarioData } from './scenarioData';
import { checkSelection } from './select';
import { chooseOption, closeTurn, resolveTurn } from './turn';
import type { World } from './world';

/** One turn's decisions: the actions taken and the answers to its events. */
export interface Command {
  turn: number;
  actions: string[];
  choices: { eventId: string; optionId: string }[];
}

/** Where and why a log could not be replayed. */
export interface ReplayError {
  turn: number;
  message: string;
}

/** Plays one command on a world at the start of its turn; the result is the world at the next turn's start. */
export function playCommand(rules: Rules, world: World, cmd: Command): Result<World, ReplayError> {
  const fail = (message: string) => err({ turn: cmd.turn, message });
  if (world.outcome) return fail('the game had already ended');
  if (cmd.turn !== world.turn) return fail(`expected turn ${world.turn}, found turn ${cmd.turn}`);
  for (let i = 0; i < cmd.actions.length; i++) {
    const check = checkSelection(rules, world, cmd.actions.slice(0, i), cmd.actions[i]);
    if (!check.ok) return fail(`action "${cmd.actions[i]}" refused: ${check.text.en}`);
  }
  let w = resolveTurn(rules, world, cmd.actions);
  for (const c of cmd.choices) {
    if (!w.pending.some((p) => p.eventId === c.eventId)) return fail(`no pending event "${c.eventId}" to answer`);
    const next = chooseOption(rules, w, c.eventId, c.optionId);
    if (next === w) return fail(`event "${c.eventId}" has no option "${c.optionId}"`);
    w = next;
  }
  if (w.pending.length) return fail(`event "${w.pending[0].eventId}" was left unanswered`);
  return ok(closeTurn(rules, w));
}

/** Rebuilds a game from its log, checking every step. */
export function replay(rules: Rules, scenario: ScenarioData, seed: number, commands: readonly Command[]): Result<World, ReplayError> {
  let world = createWorld(scenario, seed);
  for (const cmd of commands) {
    const next = playCommand(rules, world, cmd);
    if (!next.ok) return next;
    world = next.value;
  }
  return ok(world);
}
