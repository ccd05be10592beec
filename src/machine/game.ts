// Starting games and the player's turn, as pure functions of the context: the machine's guards and actions call these.
import { buildRules, checkSelection, closeTurn, createWorld, previewAction, resolveTurn, stateHash, type Preview } from '../sim/index';
import { err, ok, type Result } from '../sim/result';
import type { World } from '../sim/world';
import { rewindTo, switchTo } from './branches';
import { parseSave, syncedBranches } from './saveFormat';
import { gameFromShareCode } from './shareCode';
import { AUTOSAVE_KEY, slotKey } from './storage';
import { slotNameProblem } from './slots';
import type { GameContext, GameEvent, LoadedGame, Refusal } from './types';

/** Whether a number can seed a game (an unsigned 32-bit integer). */
export const isSeed = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 0xffffffff;

/** Any number from a seed source made into a valid seed. */
export const toSeed = (n: number): number => (Number.isFinite(n) ? Math.floor(Math.abs(n)) % 0x100000000 : 0);

/** A new game of a scenario in the catalog. */
export function newGame(context: GameContext, scenarioId: string, seed: number | undefined): Result<LoadedGame, string> {
  const scenario = context.catalog[scenarioId];
  if (!scenario) return err(`There is no scenario "${scenarioId}". Load the scenario file first.`);
  if (seed !== undefined && !isSeed(seed)) return err(`The seed must be a whole number from 0 to 4294967295, not ${String(seed)}.`);
  try {
    const s = seed ?? toSeed(context.nextSeed());
    const rules = buildRules(scenario);
    const world = createWorld(scenario, s);
    const hashes = [stateHash(world)];
    return ok({
      scenario, rules, world, seed: s, log: [], hashes,
      branches: [{ id: 'main', name: 'Main line', parentId: null, forkTurn: 0, log: [], hashes }], branchId: 'main',
    });
  } catch (e) {
    return err(`The scenario "${scenarioId}" could not be started: ${e instanceof Error ? e.message : String(e)}.`);
  }
}

/** A stored save as a game, or why it cannot be loaded (the stored text is never changed). */
function fromStorage(context: GameContext, key: string, missing: string): Result<LoadedGame, string> {
  let raw: string | null;
  try {
    raw = context.storage.getItem(key);
  } catch {
    return err('Browser storage cannot be read, so there is nothing to load.');
  }
  return raw === null ? err(missing) : parseSave(raw, context.catalog);
}

/** What an event that starts, loads, rewinds or switches a game would lead to. */
function computeGame(context: GameContext, event: GameEvent): Result<LoadedGame, string> {
  switch (event.type) {
    case 'NEW_GAME': return newGame(context, event.scenarioId, event.seed);
    case 'CONTINUE': return fromStorage(context, AUTOSAVE_KEY, 'There is no autosaved game to continue.');
    case 'LOAD_SLOT': {
      const problem = slotNameProblem(event.slot);
      return problem ? err(problem) : fromStorage(context, slotKey(event.slot), `There is no save in the slot "${event.slot}".`);
    }
    case 'LOAD_CODE': return gameFromShareCode(event.code, context.catalog);
    case 'REWIND': return rewindTo(context, event.turn);
    case 'SWITCH_BRANCH': return switchTo(context, event.branchId);
    default: return err(`"${event.type}" does not start a game.`);
  }
}

const attempts = new WeakMap<object, { context: GameContext; result: Result<LoadedGame, string> }>();

/** computeGame, done once per (context, event) even though a guard and then an action both ask for it. */
export function attemptGame(context: GameContext, event: GameEvent): Result<LoadedGame, string> {
  const hit = attempts.get(event);
  if (hit && hit.context === context) return hit.result;
  const result = computeGame(context, event);
  attempts.set(event, { context, result });
  return result;
}

/** The context of a freshly started or loaded game: nothing selected, no messages. */
export const contextOf = (game: LoadedGame): Partial<GameContext> => ({
  ...game, selected: [], refusal: null, choiceRefusal: null, error: null,
});

/** Why `actionId` cannot be added to this turn's selection (null if it can, or is already selected). */
export function refusalFor(context: GameContext, actionId: string): Refusal | null {
  if (!context.rules || !context.world) return { actionId, code: 'notPlaying' };
  if (context.selected.includes(actionId)) return null;
  const check = checkSelection(context.rules, context.world, context.selected, actionId);
  if (check.ok) return null;
  const { ok: _ok, ...refusal } = check;
  return { actionId, ...refusal };
}

/** The sim's prediction of what an action would do now (for the planning cards). */
export function previewFor(context: GameContext, actionId: string): Preview | null {
  return context.rules && context.world ? previewAction(context.rules, context.world, actionId) : null;
}

const resolutions = new WeakMap<object, { context: GameContext; result: Result<World, string> }>();

/** The world after this turn's resolution with the selected actions, computed once per END_TURN. */
export function attemptResolution(context: GameContext, event: GameEvent): Result<World, string> {
  const hit = resolutions.get(event);
  if (hit && hit.context === context) return hit.result;
  let result: Result<World, string>;
  try {
    result = context.rules && context.world ? ok(resolveTurn(context.rules, context.world, context.selected)) : err('No game is being played.');
  } catch (e) {
    result = err(`The turn could not be resolved: ${e instanceof Error ? e.message : String(e)}.`);
  }
  resolutions.set(event, { context, result });
  return result;
}

/** Closes the answered turn: the world moves on, the log gains the turn's command, the hashes its end state. */
export function closeAnsweredTurn(context: GameContext): Partial<GameContext> {
  if (!context.rules || !context.world) return {};
  const world = closeTurn(context.rules, context.world);
  const record = world.history[world.history.length - 1];
  const log = [...context.log, { turn: record.turn, actions: [...record.actions], choices: record.choices.map((c) => ({ ...c })) }];
  const hashes = [...context.hashes, stateHash(world)];
  return { world, log, hashes, branches: syncedBranches({ ...context, log, hashes }) };
}
