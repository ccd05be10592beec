// The turn machine: menu → briefing → planning → resolving → decision → report → … → debrief. It decides when; the sim decides what.
import { assertEvent, assign, enqueueActions, not, setup } from 'xstate';
import { checkSelection, chooseOption } from '../sim/index';
import { closeAnsweredTurn, computeGame, contextOf, resolveSelected } from './game';
import { branchNameProblem } from './branches';
import { machineError, thrownDetail, type MachineError } from './errors';
import { lookup } from './lookup';
import { buildSave } from './saveFormat';
import { deleteSaved, isSavedKey, writeAutosave } from './savedGames';
import { probeStorage, slotKey, writeSafely } from './storage';
import { slotNameProblem } from './slots';
import type { GameContext, GameEvent, GameInput } from './types';

const noGame = {
  scenario: null, rules: null, world: null, log: [], selected: [], refusal: null, choiceRefusal: null, hashes: [], branches: [], branchId: 'main',
  gameId: null, origin: 'own' as const,
};

/** A guard that answers false instead of throwing, so no input can stop the machine (the fallback branch then reports). */
function safely<A>(guard: (args: A) => boolean): (args: A) => boolean {
  return (args) => {
    try {
      return guard(args);
    } catch {
      return false;
    }
  };
}

/** A context update that becomes an 'internal' message instead of throwing, so the machine keeps running. */
function safe<A>(update: (args: A) => Partial<GameContext>): (args: A) => Partial<GameContext> {
  return (args) => {
    try {
      return update(args);
    } catch (e) {
      return { error: machineError('internal', { detail: thrownDetail(e) }) };
    }
  };
}

/** How starting, loading, rewinding or switching begins: compute the game once, then either adopt it or report why not. */
const startGame = { actions: 'attemptGame' } as const;

/** The XState machine of one game session (the scenes' actor runs it; tests drive it with createActor). */
export const gameMachine = setup({
  types: { context: {} as GameContext, events: {} as GameEvent, input: {} as GameInput },
  guards: {
    readyGameIsOver: safely(({ event }) => event.type === 'GAME_READY' && event.game.world.outcome !== null),
    actionIsAllowed: safely(({ context, event }) => {
      assertEvent(event, 'SELECT');
      return !!context.rules && !!context.world && checkSelection(context.rules, context.world, context.selected, event.actionId).ok;
    }),
    actionIsSelected: safely(({ context, event }) => {
      assertEvent(event, 'DESELECT');
      return context.selected.includes(event.actionId);
    }),
    choicesArePending: safely(({ context }) => !!context.world?.pending.length),
    choiceIsValid: safely(({ context, event }) => {
      assertEvent(event, 'CHOOSE');
      const options = (context.rules && lookup(context.rules.events, event.eventId)?.options) ?? [];
      return !!context.world?.pending.some((p) => p.eventId === event.eventId) && options.some((o) => o.id === event.optionId);
    }),
    gameIsOver: safely(({ context }) => !!context.world?.outcome),
    gameIsRunning: safely(({ context }) => !!context.world && !!context.scenario),
    slotNameIsValid: safely(({ event }) => {
      assertEvent(event, ['SAVE_SLOT', 'DELETE_SLOT']);
      return slotNameProblem(event.slot) === null;
    }),
    slotIsTaken: safely(({ context, event }) => {
      assertEvent(event, 'SAVE_SLOT');
      return !event.overwrite && context.storage.getItem(slotKey(event.slot)) !== null;
    }),
    branchNameIsValid: safely(({ context, event }) => {
      assertEvent(event, 'RENAME_BRANCH');
      return branchNameProblem(context, event.branchId, event.name) === null;
    }),
    scenarioIsUsable: safely(({ event }) => {
      assertEvent(event, 'ADD_SCENARIO');
      return typeof event.scenario === 'object' && event.scenario !== null && typeof event.scenario.id === 'string' && event.scenario.id !== '';
    }),
    scenarioIsInPlay: safely(({ context, event }) => {
      assertEvent(event, 'ADD_SCENARIO');
      return !!context.world && context.scenario?.id === event.scenario.id;
    }),
  },
  actions: {
    /** Computes the game an event leads to, once: a ready game is raised as GAME_READY, a failure becomes the error. */
    attemptGame: enqueueActions(({ context, event, enqueue }) => {
      const r = computeGame(context, event);
      if (r.ok) enqueue.raise({ type: 'GAME_READY', game: r.value });
      else enqueue.assign({ error: r.error });
    }),
    startLoadedGame: assign(safe(({ event }) => {
      assertEvent(event, 'GAME_READY');
      return contextOf(event.game);
    })),
    leaveGame: assign(noGame),
    addScenario: assign(safe(({ context, event }) => {
      assertEvent(event, 'ADD_SCENARIO');
      return { catalog: { ...context.catalog, [event.scenario.id]: event.scenario }, error: null };
    })),
    refuseScenario: assign({ error: machineError('scenarioUnusable') }),
    refuseScenarioInPlay: assign(safe(({ event }) => {
      assertEvent(event, 'ADD_SCENARIO');
      return { error: machineError('scenarioInPlay', { id: event.scenario.id }) };
    })),
    reportRefusedFile: assign(safe(({ event }) => {
      assertEvent(event, 'FILE_REFUSED');
      return { error: machineError('fileRefused', { file: String(event.file), count: Number(event.problems) || 0 }) };
    })),
    addSelection: assign(safe(({ context, event }) => {
      assertEvent(event, 'SELECT');
      return { selected: [...context.selected, event.actionId], refusal: null };
    })),
    refuseSelection: assign(safe(({ context, event }) => {
      assertEvent(event, 'SELECT');
      if (!context.rules || !context.world) return {};
      const check = checkSelection(context.rules, context.world, context.selected, event.actionId);
      if (check.ok) return {};
      const { ok: _ok, ...refusal } = check;
      return { refusal: { actionId: event.actionId, ...refusal } };
    })),
    removeSelection: assign(safe(({ context, event }) => {
      assertEvent(event, 'DESELECT');
      return { selected: context.selected.filter((id) => id !== event.actionId), refusal: null };
    })),
    refuseDeselection: assign(safe(({ event }) => {
      assertEvent(event, 'DESELECT');
      return { refusal: { actionId: event.actionId, code: 'notSelected' as const } };
    })),
    /** Resolves the turn once: the new world is raised as TURN_RESOLVED, a failure becomes the error. */
    attemptResolution: enqueueActions(({ context, enqueue }) => {
      const r = resolveSelected(context);
      if (r.ok) enqueue.raise({ type: 'TURN_RESOLVED', world: r.value });
      else enqueue.assign({ error: r.error });
    }),
    applyResolution: assign(safe(({ event }) => {
      assertEvent(event, 'TURN_RESOLVED');
      return { world: event.world, selected: [], refusal: null };
    })),
    answerEvent: assign(safe(({ context, event }) => {
      assertEvent(event, 'CHOOSE');
      return { world: chooseOption(context.rules!, context.world!, event.eventId, event.optionId), choiceRefusal: null };
    })),
    refuseChoice: assign(safe(({ event }) => {
      assertEvent(event, 'CHOOSE');
      return { choiceRefusal: { eventId: event.eventId, optionId: event.optionId, code: 'notAChoice' as const } };
    })),
    closeTheTurn: assign(safe(({ context }) => closeAnsweredTurn(context))),
    /** Side effect: writes the autosave (never over another game's), then tells the machine how it went. */
    autosave: ({ context, self }) => {
      let outcome: 'on' | 'off' | 'full';
      try {
        const r = writeAutosave(context.storage, buildSave(context));
        // Storage that worked and now refuses a write is, in practice, full (the probe itself may no longer fit).
        outcome = r.ok ? 'on' : context.saveStatus === 'on' ? 'full' : 'off';
      } catch {
        outcome = 'off';
      }
      self.send({ type: 'SAVE_WRITTEN', outcome, to: 'autosave' });
    },
    noteSaveOutcome: assign(safe(({ context, event }) => {
      assertEvent(event, 'SAVE_WRITTEN');
      const full = event.outcome === 'full';
      if (event.to === 'slot') return event.outcome === 'on' ? { saveStatus: 'on' } : { storageFull: full, error: machineError('saveFailed', { full: full ? 1 : 0 }) };
      // Announced once when saving stops during play, with what to do; not again every turn.
      const announce = event.outcome !== 'on' && !context.storageFull && context.saveStatus === 'on' && !context.error;
      return {
        saveStatus: event.outcome === 'off' ? 'off' : 'on',
        storageFull: full,
        ...(announce ? { error: machineError('storageFull', { full: full ? 1 : 0 }) } : {}),
      };
    })),
    /** Side effect: writes the game to a named slot (the player already agreed to replace an existing one). */
    saveToSlot: ({ context, event, self }) => {
      assertEvent(event, 'SAVE_SLOT');
      let saved: boolean;
      try {
        saved = writeSafely(context.storage, slotKey(event.slot), JSON.stringify(buildSave(context)));
      } catch {
        saved = false;
      }
      self.send({ type: 'SAVE_WRITTEN', outcome: saved ? 'on' : context.saveStatus === 'on' ? 'full' : 'off', to: 'slot' });
    },
    reportSlotTaken: assign(safe(({ event }) => {
      assertEvent(event, 'SAVE_SLOT');
      return { error: machineError('slotExists', { slot: event.slot }) };
    })),
    /** Side effect: removes a named slot. */
    deleteSlot: ({ context, event }) => {
      assertEvent(event, 'DELETE_SLOT');
      deleteSaved(context.storage, slotKey(event.slot));
    },
    /** Side effect: removes any saved game the menu lists (autosave, kept earlier game or slot). */
    deleteSavedGame: ({ context, event }) => {
      assertEvent(event, 'DELETE_SAVED');
      deleteSaved(context.storage, event.key);
    },
    reportBadSlotName: assign(safe(({ event }) => {
      assertEvent(event, ['SAVE_SLOT', 'DELETE_SLOT']);
      return { error: slotNameProblem(event.slot) };
    })),
    reportBadSavedKey: assign(safe(({ event }) => {
      assertEvent(event, 'DELETE_SAVED');
      return { error: machineError('keptMissing', { key: String(event.key).slice(0, 40) }) };
    })),
    reportNothingToSave: assign({ error: machineError('nothingToSave') }),
    renameBranch: assign(safe(({ context, event }) => {
      assertEvent(event, 'RENAME_BRANCH');
      return { branches: context.branches.map((b) => (b.id === event.branchId ? { ...b, name: event.name.trim() } : b)), error: null };
    })),
    reportBadBranchName: assign(safe(({ context, event }) => {
      assertEvent(event, 'RENAME_BRANCH');
      return { error: branchNameProblem(context, event.branchId, event.name) };
    })),
    reportNoGame: assign({ error: machineError('noGame') }),
    dismissError: assign({ error: null, refusal: null, choiceRefusal: null }),
  },
}).createMachine({
  id: 'game',
  context: ({ input }) => ({
    catalog: { ...input.catalog },
    seed: 0,
    error: null as MachineError | null,
    saveStatus: probeStorage(input.storage),
    storageFull: false,
    storage: input.storage,
    nextSeed: input.seed ?? (() => 1),
    ...noGame,
  }),
  initial: 'menu',
  on: {
    ADD_SCENARIO: [
      { guard: not('scenarioIsUsable'), actions: 'refuseScenario' },
      { guard: 'scenarioIsInPlay', actions: 'refuseScenarioInPlay' },
      { actions: 'addScenario' },
    ],
    FILE_REFUSED: { actions: 'reportRefusedFile' },
    LOAD_SLOT: startGame,
    LOAD_SAVED: startGame,
    LOAD_CODE: startGame,
    GAME_READY: [
      { guard: 'readyGameIsOver', target: '.debrief', actions: 'startLoadedGame' },
      { target: '.briefing', actions: 'startLoadedGame' },
    ],
    // Rewinding and switching lines are open in every in-game state, so they live here once (refused in the menu).
    REWIND: [{ guard: 'gameIsRunning', ...startGame }, { actions: 'reportNoGame' }],
    SWITCH_BRANCH: [{ guard: 'gameIsRunning', ...startGame }, { actions: 'reportNoGame' }],
    SAVE_SLOT: [
      { guard: not('gameIsRunning'), actions: 'reportNothingToSave' },
      { guard: not('slotNameIsValid'), actions: 'reportBadSlotName' },
      { guard: 'slotIsTaken', actions: 'reportSlotTaken' },
      { actions: 'saveToSlot' },
    ],
    SAVE_WRITTEN: { actions: 'noteSaveOutcome' },
    DELETE_SLOT: [{ guard: 'slotNameIsValid', actions: 'deleteSlot' }, { actions: 'reportBadSlotName' }],
    DELETE_SAVED: [{ guard: ({ event }) => isSavedKey(event.key), actions: 'deleteSavedGame' }, { actions: 'reportBadSavedKey' }],
    RENAME_BRANCH: [{ guard: 'branchNameIsValid', actions: 'renameBranch' }, { actions: 'reportBadBranchName' }],
    MENU: { target: '.menu', actions: 'leaveGame' },
    DISMISS_ERROR: { actions: 'dismissError' },
  },
  states: {
    menu: {
      on: { NEW_GAME: startGame, CONTINUE: startGame },
    },
    briefing: {
      entry: 'autosave',
      on: { PROCEED: 'planning' },
    },
    planning: {
      on: {
        SELECT: [{ guard: 'actionIsAllowed', actions: 'addSelection' }, { actions: 'refuseSelection' }],
        DESELECT: [{ guard: 'actionIsSelected', actions: 'removeSelection' }, { actions: 'refuseDeselection' }],
        END_TURN: { actions: 'attemptResolution' },
        TURN_RESOLVED: { target: 'resolving', actions: 'applyResolution' },
      },
    },
    resolving: {
      always: [{ guard: 'choicesArePending', target: 'decision' }, { target: 'report', actions: 'closeTheTurn' }],
    },
    decision: {
      on: { CHOOSE: [{ guard: 'choiceIsValid', target: 'resolving', actions: 'answerEvent' }, { actions: 'refuseChoice' }] },
    },
    report: {
      on: { PROCEED: [{ guard: 'gameIsOver', target: 'debrief' }, { target: 'briefing' }] },
    },
    debrief: {
      entry: 'autosave',
    },
  },
});
