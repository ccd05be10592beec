// Replaying a command log: a game is its scenario, seed and decisions; this rebuilds it or says where it breaks.
import type { Rules } from './content';
import { createWorld } from './create';
import { err, ok, type Result } from './result';
import type { ScenarioData } from './scenarioData';
import { checkSelection, type Refusal } from './select';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
import { chooseOption, closeTurn, resolveTurn } from './turn';
import type { World } from './world';

/** One turn's decisions: the actions taken and the answers to its events. */
export interface Command {
  turn: number;
  actions: string[];
  choices: { eventId: string; optionId: string }[];
}

/** Where and why a log could not be replayed: a code with the ids involved (the caller words it). */
export type ReplayError = { turn: number } & (
  | { code: 'ended' } // the game had already ended
  | { code: 'wrongTurn'; expected: number } // the command is for another turn
  | { code: 'refused'; actionId: string; refusal: Refusal } // an action the rules refuse
  | { code: 'notPending'; eventId: string } // an answer to an event that is not waiting
  | { code: 'noOption'; eventId: string; optionId: string } // an answer the event does not offer
  | { code: 'unanswered'; eventId: string } // an event left without an answer
);

/** Plays one command on a world at the start of its turn; the result is the world at the next turn's start. */
export function playCommand(rules: Rules, world: World, cmd: Command): Result<World, ReplayError> {
  const fail = (error: DistributiveOmit<ReplayError, 'turn'>) => err({ turn: cmd.turn, ...error });
  if (world.outcome) return fail({ code: 'ended' });
  if (cmd.turn !== world.turn) return fail({ code: 'wrongTurn', expected: world.turn });
  for (const [i, actionId] of cmd.actions.entries()) {
    const check = checkSelection(rules, world, cmd.actions.slice(0, i), actionId);
    if (!check.ok) {
      const { ok: _ok, ...refusal } = check;
      return fail({ code: 'refused', actionId, refusal });
    }
  }
  let w = resolveTurn(rules, world, cmd.actions);
  for (const c of cmd.choices) {
    if (!w.pending.some((p) => p.eventId === c.eventId)) return fail({ code: 'notPending', eventId: c.eventId });
    const next = chooseOption(rules, w, c.eventId, c.optionId);
    if (next === w) return fail({ code: 'noOption', eventId: c.eventId, optionId: c.optionId });
    w = next;
  }
  const unanswered = w.pending[0];
  if (unanswered) return fail({ code: 'unanswered', eventId: unanswered.eventId });
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
