// The machine's data shapes: what it is started with, what it remembers, and the events the scenes send it.
import type { Command } from '../sim/replay';
import type { Rules } from '../sim/content';
import type { Refusal as SimRefusal } from '../sim/select';
import type { ScenarioData } from '../sim/scenarioData';
import type { World } from '../sim/world';
import type { MachineError } from './errors';
import type { SaveStorage } from './storage';

/** What a game actor is started with: the scenarios on offer, where saves go, and where new seeds come from. */
export interface GameInput {
  catalog: Record<string, ScenarioData>;
  storage: SaveStorage;
  seed?: () => number; // injected: the machine itself has no clock and no unseeded randomness
}

/** One line of play kept in the branch tree: its full command log and the state hash at each turn start. */
export interface Branch {
  id: string;
  name: string;
  parentId: string | null;
  forkTurn: number; // the turn at whose start this line left its parent (0 for the main line)
  log: Command[];
  hashes: string[];
}

/** Why the player's last selection was refused, shown beside the action (worded by src/ui/refusalWords.ts). */
export type Refusal = { actionId: string } & (SimRefusal | { code: 'notSelected' } | { code: 'notPlaying' });

/** Why the player's last answer to an event was refused (code 'notAChoice': not one of the choices open now). */
export interface ChoiceRefusal {
  eventId: string;
  optionId: string;
  code: 'notAChoice';
}

/** Everything the machine remembers; the scenes draw it. */
export interface GameContext {
  catalog: Record<string, ScenarioData>;
  scenario: ScenarioData | null;
  rules: Rules | null;
  world: World | null;
  seed: number;
  log: Command[]; // commands of the turns closed so far on the current branch
  selected: string[]; // actions selected for the turn being planned
  refusal: Refusal | null;
  choiceRefusal: ChoiceRefusal | null;
  error: MachineError | null; // a failed load, code, rewind or save, as a code the UI words (src/ui/machineErrorWords.ts)
  saveStatus: 'on' | 'off';
  storageFull: boolean; // the last autosave failed for want of room: the game is not being saved
  gameId: string | null; // which game is being played: only its own progress replaces its autosave
  origin: 'own' | 'shared'; // 'shared' when opened from a link or code (it never replaces the player's game)
  branches: Branch[];
  branchId: string;
  hashes: string[]; // state hash at the start of each turn; one more than log entries
  storage: SaveStorage;
  nextSeed: () => number;
}

/** The events the scenes (and tests) send to the game actor. */
export type GameEvent =
  | { type: 'NEW_GAME'; scenarioId: string; seed?: number }
  | { type: 'ADD_SCENARIO'; scenario: ScenarioData }
  | { type: 'CONTINUE' }
  | { type: 'LOAD_SLOT'; slot: string }
  | { type: 'SAVE_SLOT'; slot: string; overwrite?: boolean } // overwrite: the player said yes to replacing that slot
  | { type: 'DELETE_SLOT'; slot: string }
  | { type: 'LOAD_SAVED'; key: string } // any entry of listSavedGames: autosave, kept earlier game or slot
  | { type: 'DELETE_SAVED'; key: string }
  | { type: 'FILE_REFUSED'; file: string; problems: number } // a dropped file was not a valid scenario
  | { type: 'LOAD_CODE'; code: string }
  | { type: 'PROCEED' }
  | { type: 'SELECT'; actionId: string }
  | { type: 'DESELECT'; actionId: string }
  | { type: 'END_TURN' }
  | { type: 'CHOOSE'; eventId: string; optionId: string }
  | { type: 'REWIND'; turn: number }
  | { type: 'SWITCH_BRANCH'; branchId: string }
  | { type: 'RENAME_BRANCH'; branchId: string; name: string }
  | { type: 'MENU' }
  | { type: 'DISMISS_ERROR' }
  | { type: 'GAME_READY'; game: LoadedGame } // internal: raised once a start or load has been computed
  | { type: 'TURN_RESOLVED'; world: World } // internal: raised once END_TURN's resolution has been computed
  | { type: 'SAVE_WRITTEN'; outcome: 'on' | 'off' | 'full'; to: 'autosave' | 'slot' }; // internal: what a write did

/** A game ready to play, as built by a new game, a load, a share code or a branch switch. */
export interface LoadedGame {
  scenario: ScenarioData;
  rules: Rules;
  world: World;
  seed: number;
  log: Command[];
  hashes: string[];
  branches: Branch[];
  branchId: string;
  gameId: string | null;
  origin: 'own' | 'shared';
}
