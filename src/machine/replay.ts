// Rebuilding a line of play from its log, checking each turn's state hash: the basis of loads, rewinds and branches.
import type { Rules } from '../sim/content';
import { turnDate } from '../sim/dates';
import { stateHash } from '../sim/hash';
import { createWorld } from '../sim/create';
import { playCommand, type Command, type ReplayError } from '../sim/replay';
import { ok, type Result } from '../sim/result';
import { fail, thrownDetail, type MachineError } from './errors';
import type { ScenarioData } from '../sim/scenarioData';
import type { World } from '../sim/world';

/** A replayed line: the world at the start of the next turn (or the end) and the hash at each turn start. */
export interface Replayed {
  world: World;
  hashes: string[];
}

/** What broke a replay, in words (the sim gives a code and the ids involved). */
function replayProblem(e: ReplayError): string {
  switch (e.code) {
    case 'ended': return 'the game had already ended';
    case 'wrongTurn': return `expected turn ${e.expected}, found turn ${e.turn}`;
    case 'refused': return `action "${e.actionId}" refused (${e.refusal.code})`;
    case 'notPending': return `no pending event "${e.eventId}" to answer`;
    case 'noOption': return `event "${e.eventId}" has no option "${e.optionId}"`;
    case 'unanswered': return `event "${e.eventId}" was left unanswered`;
  }
}

/**
 * Replays `log` from the scenario's start. With `expected` hashes, each turn start must match its recorded hash;
 * any refusal, mismatch or sim failure becomes a message naming the turn.
 */
export function replayLog(
  rules: Rules, scenario: ScenarioData, seed: number, log: readonly Command[], expected?: readonly string[],
): Result<Replayed, MachineError> {
  try {
    let world = createWorld(scenario, seed);
    const hashes = [stateHash(world)];
    if (expected && expected[0] !== hashes[0]) return fail('startDiffers');
    for (const cmd of log) {
      const next = playCommand(rules, world, cmd);
      if (!next.ok) return fail('logBreaks', { turn: next.error.turn + 1, date: turnDate(scenario, next.error.turn), detail: replayProblem(next.error) });
      world = next.value;
      hashes.push(stateHash(world));
      const at = hashes.length - 1;
      if (expected && expected[at] !== hashes[at])
        return fail('replayDiffers', { turn: cmd.turn + 1, date: turnDate(scenario, cmd.turn) });
    }
    return ok({ world, hashes });
  } catch (e) {
    return fail('rebuildFailed', { detail: thrownDetail(e) });
  }
}
