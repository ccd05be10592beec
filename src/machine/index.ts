// The machine's public surface for the scenes: the machine, an actor factory, storage adapters and pure helpers.
import { createActor } from 'xstate';
import { gameMachine } from './gameMachine';
import type { GameInput } from './types';

export { gameMachine } from './gameMachine';
export type { Branch, ChoiceRefusal, GameContext, GameEvent, GameInput, LoadedGame, Refusal } from './types';
export { browserStorage, memoryStorage, probeStorage, AUTOSAVE_KEY, type SaveStorage } from './storage';
export { listSlots, autosaveInfo, slotExists, MAX_SLOT_NAME, type SlotInfo } from './slots';
export { listSavedGames, rawSave, deleteSaved, writeAutosave, supersedes, isSavedKey, KEPT_PREFIX, type SavedEntry, type SavedKind, type AutosaveOutcome } from './savedGames';
export { machineError, type MachineError, type MachineErrorCode } from './errors';
export { buildSave, parseSave, readSaveFile, SAVE_FORMAT, SAVE_VERSION, type SaveFile, type SaveSummary } from './saveFormat';
export { shareCode, parseShareCode, MAX_SHARE_CODE_LENGTH, SHARE_CODE_VERSION, type SharedGame } from './shareCode';
export { MAX_BRANCH_NAME } from './branches';
export { refusalFor, previewFor } from './game';

/** A started actor of the game machine (the scenes subscribe to it and send it events). */
export function createGameActor(input: GameInput) {
  const actor = createActor(gameMachine, { input });
  actor.start();
  return actor;
}
