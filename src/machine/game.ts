// Starting games and the player's turn, as pure functions of the context: the machine's guards and actions call these.
import { buildRules, checkSelection, closeTurn, createWorld, previewAction, resolveTurn, stateHash, type Preview } from '../sim/index';
import { last } from '../sim/indexing';
import { ok, type Result } from '../sim/result';
import type { World } from '../sim/world';
import { rewindTo, switchTo } from './branches';
import { fail, thrownDetail, type MachineError } from './errors';
import { lookup } from './lookup';
import { parseSave, syncedBranches } from './saveFormat';
import { isSavedKey } from './savedGames';
import { gameFromShareCode } from './shareCode';
import { AUTOSAVE_KEY, slotKey } from './storage';
import { slotNameProblem } from './slots';
import type { GameContext, GameEvent, LoadedGame, Refusal } from './types';

/** Whether a number can seed a game (an unsigned 32-bit integer). */
export const isSeed = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 0xffffffff;

/** Any number from a seed source made into a valid seed. */
export const toSeed = (n: number): number => (Number.isFinite(n) ? Math.floor(Math.abs(n)) % 0x100000000 : 0);

/** A fresh game id: the seed and one more draw from the seed source, so two games rarely share one. */
const newGameId = (seed: number, draw: number): string => `g-${seed.toString(36)}-${toSeed(draw).toString(36)}`;

/** A new game of a scenario in the catalog. */
export function newGame(context: GameContext, scenarioId: string, seed: number | undefined): Result<LoadedGame, MachineError> {
  const scenario = lookup(context.catalog, scenarioId);
  if (!scenario) return fail('noScenario', { id: String(scenarioId) });
  if (seed !== undefined && !isSeed(seed)) return fail('badSeed', { seed: String(seed) });
  try {
    const s = seed ?? toSeed(context.nextSeed());
    const rules = buildRules(scenario);
    const world = createWorld(scenario, s);
    const hashes = [stateHash(world)];
    return ok({
      scenario, rules, world, seed: s, log: [], hashes,
      branches: [{ id: 'main', name: 'Main line', parentId: null, forkTurn: 0, log: [], hashes }], branchId: 'main',
      gameId: newGameId(s, context.nextSeed()), origin: 'own',
    });
  } catch (e) {
    return fail('startFailed', { id: scenarioId, detail: thrownDetail(e) });
  }
}

/** A stored save as a game, or why it cannot be loaded (the stored text is never changed). */
function fromStorage(context: GameContext, key: string, missing: MachineError): Result<LoadedGame, MachineError> {
  let raw: string | null;
  try {
    raw = context.storage.getItem(key);
  } catch {
    return fail('storageUnreadable');
  }
  return raw === null ? { ok: false, error: missing } : parseSave(raw, context.catalog);
}

/** A game opened from a share code: its own line (origin 'shared', its own id), never the player's game. */
function fromCode(context: GameContext, code: string): Result<LoadedGame, MachineError> {
  const r = gameFromShareCode(code, context.catalog);
  return r.ok ? ok({ ...r.value, origin: 'shared', gameId: `s-${r.value.hashes[r.value.hashes.length - 1]}` }) : r;
}

/** What an event that starts, loads, rewinds or switches a game leads to, computed once per event (never throws). */
export function computeGame(context: GameContext, event: GameEvent): Result<LoadedGame, MachineError> {
  try {
    switch (event.type) {
      case 'NEW_GAME': return newGame(context, event.scenarioId, event.seed);
      case 'CONTINUE': return fromStorage(context, AUTOSAVE_KEY, { code: 'noAutosave' });
      case 'LOAD_SLOT': {
        const problem = slotNameProblem(event.slot);
        return problem ? { ok: false, error: problem } : fromStorage(context, slotKey(event.slot), { code: 'noSlot', params: { slot: event.slot } });
      }
      case 'LOAD_SAVED':
        return isSavedKey(event.key) ? fromStorage(context, event.key, { code: 'keptMissing', params: { key: event.key } }) : fail('keptMissing', { key: String(event.key).slice(0, 40) });
      case 'LOAD_CODE': return fromCode(context, event.code);
      case 'REWIND': return rewindTo(context, event.turn);
      case 'SWITCH_BRANCH': return switchTo(context, event.branchId);
      default: return fail('notAStart', { event: String(event.type).slice(0, 40) });
    }
  } catch (e) {
    return fail('internal', { detail: thrownDetail(e) });
  }
}

/** The context of a freshly started or loaded game: nothing selected, no messages. */
export const contextOf = (game: LoadedGame): Partial<GameContext> => ({
  ...game, selected: [], refusal: null, choiceRefusal: null, error: null, storageFull: false,
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

/** The world after this turn's resolution with the selected actions (computed once per END_TURN, never throws). */
export function resolveSelected(context: GameContext): Result<World, MachineError> {
  try {
    return context.rules && context.world ? ok(resolveTurn(context.rules, context.world, context.selected)) : fail('noGame');
  } catch (e) {
    return fail('turnFailed', { detail: thrownDetail(e) });
  }
}

/** Closes the answered turn: the world moves on, the log gains the turn's command, the hashes its end state. */
export function closeAnsweredTurn(context: GameContext): Partial<GameContext> {
  if (!context.rules || !context.world) return {};
  const world = closeTurn(context.rules, context.world);
  const record = last(world.history, 'history');
  const log = [...context.log, { turn: record.turn, actions: [...record.actions], choices: record.choices.map((c) => ({ ...c })) }];
  const hashes = [...context.hashes, stateHash(world)];
  return { world, log, hashes, branches: syncedBranches({ ...context, log, hashes }) };
}
