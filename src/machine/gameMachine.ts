// The turn machine: menu → briefing → planning → resolving → decision → report → … → debrief. It decides when; the sim decides what.
import { assertEvent, assign, not, setup } from 'xstate';
import { checkSelection, chooseOption } from '../sim/index';
import { attemptGame, attemptResolution, closeAnsweredTurn, contextOf } from './game';
import { branchNameProblem } from './branches';
import { buildSave } from './saveFormat';
import { AUTOSAVE_KEY, probeStorage, slotKey, writeSafely } from './storage';
import { slotNameProblem } from './slots';
import type { GameContext, GameEvent, GameInput } from './types';

const noGame = { scenario: null, rules: null, world: null, log: [], selected: [], refusal: null, choiceRefusal: null, hashes: [], branches: [], branchId: 'main' };

/** Writes the game to a key; saving is reported off (not fatal) when storage refuses. */
const store = (context: GameContext, key: string): boolean => writeSafely(context.storage, key, JSON.stringify(buildSave(context)));

/** How starting, loading, rewinding or switching lands: the debrief for a finished game, the briefing otherwise. */
const startGame = [
  { guard: 'gameLoadsFinished', target: '#game.debrief', actions: 'startLoadedGame' },
  { guard: 'gameLoads', target: '#game.briefing', actions: 'startLoadedGame' },
  { actions: 'reportFailedStart' },
] as const;

/** The XState machine of one game session (the scenes' actor runs it; tests drive it with createActor). */
export const gameMachine = setup({
  types: { context: {} as GameContext, events: {} as GameEvent, input: {} as GameInput },
  guards: {
    gameLoads: ({ context, event }) => attemptGame(context, event).ok,
    gameLoadsFinished: ({ context, event }) => {
      const r = attemptGame(context, event);
      return r.ok && r.value.world.outcome !== null;
    },
    actionIsAllowed: ({ context, event }) => {
      assertEvent(event, 'SELECT');
      return !!context.rules && !!context.world && checkSelection(context.rules, context.world, context.selected, event.actionId).ok;
    },
    actionIsSelected: ({ context, event }) => {
      assertEvent(event, 'DESELECT');
      return context.selected.includes(event.actionId);
    },
    turnResolves: ({ context, event }) => attemptResolution(context, event).ok,
    choicesArePending: ({ context }) => !!context.world?.pending.length,
    choiceIsValid: ({ context, event }) => {
      assertEvent(event, 'CHOOSE');
      const options = context.rules?.events[event.eventId]?.options ?? [];
      return !!context.world?.pending.some((p) => p.eventId === event.eventId) && options.some((o) => o.id === event.optionId);
    },
    gameIsOver: ({ context }) => !!context.world?.outcome,
    gameIsRunning: ({ context }) => !!context.world && !!context.scenario,
    slotNameIsValid: ({ event }) => {
      assertEvent(event, ['SAVE_SLOT', 'DELETE_SLOT']);
      return slotNameProblem(event.slot) === null;
    },
    branchNameIsValid: ({ context, event }) => {
      assertEvent(event, 'RENAME_BRANCH');
      return branchNameProblem(context, event.branchId, event.name) === null;
    },
    scenarioIsUsable: ({ event }) => {
      assertEvent(event, 'ADD_SCENARIO');
      return typeof event.scenario === 'object' && event.scenario !== null && typeof event.scenario.id === 'string' && event.scenario.id !== '';
    },
  },
  actions: {
    startLoadedGame: assign(({ context, event }) => {
      const r = attemptGame(context, event);
      return r.ok ? contextOf(r.value) : {};
    }),
    reportFailedStart: assign(({ context, event }) => {
      const r = attemptGame(context, event);
      return { error: r.ok ? null : r.error };
    }),
    leaveGame: assign(noGame),
    addScenario: assign(({ context, event }) => {
      assertEvent(event, 'ADD_SCENARIO');
      return { catalog: { ...context.catalog, [event.scenario.id]: event.scenario }, error: null };
    }),
    refuseScenario: assign({ error: 'That scenario cannot be added: it has no id.' }),
    addSelection: assign(({ context, event }) => {
      assertEvent(event, 'SELECT');
      return { selected: [...context.selected, event.actionId], refusal: null };
    }),
    refuseSelection: assign(({ context, event }) => {
      assertEvent(event, 'SELECT');
      if (!context.rules || !context.world) return {};
      const check = checkSelection(context.rules, context.world, context.selected, event.actionId);
      if (check.ok) return {};
      const { ok: _ok, ...refusal } = check;
      return { refusal: { actionId: event.actionId, ...refusal } };
    }),
    removeSelection: assign(({ context, event }) => {
      assertEvent(event, 'DESELECT');
      return { selected: context.selected.filter((id) => id !== event.actionId), refusal: null };
    }),
    refuseDeselection: assign(({ event }) => {
      assertEvent(event, 'DESELECT');
      return { refusal: { actionId: event.actionId, code: 'notSelected' as const } };
    }),
    applyResolution: assign(({ context, event }) => {
      const r = attemptResolution(context, event);
      return r.ok ? { world: r.value, selected: [], refusal: null } : {};
    }),
    reportFailedResolution: assign(({ context, event }) => {
      const r = attemptResolution(context, event);
      return { error: r.ok ? null : r.error };
    }),
    answerEvent: assign(({ context, event }) => {
      assertEvent(event, 'CHOOSE');
      return { world: chooseOption(context.rules!, context.world!, event.eventId, event.optionId), choiceRefusal: null };
    }),
    refuseChoice: assign(({ event }) => {
      assertEvent(event, 'CHOOSE');
      return { choiceRefusal: { eventId: event.eventId, optionId: event.optionId, code: 'notAChoice' as const } };
    }),
    closeTheTurn: assign(({ context }) => closeAnsweredTurn(context)),
    autosave: assign(({ context }) => ({ saveStatus: store(context, AUTOSAVE_KEY) ? 'on' as const : 'off' as const })),
    saveToSlot: assign(({ context, event }) => {
      assertEvent(event, 'SAVE_SLOT');
      const saved = store(context, slotKey(event.slot));
      return { saveStatus: saved ? 'on' as const : 'off' as const, error: saved ? null : 'Saving is off: browser storage is full or unavailable.' };
    }),
    deleteSlot: ({ context, event }) => {
      assertEvent(event, 'DELETE_SLOT');
      try {
        context.storage.removeItem(slotKey(event.slot));
      } catch {
        // unavailable storage holds nothing to delete
      }
    },
    reportBadSlotName: assign(({ event }) => {
      assertEvent(event, ['SAVE_SLOT', 'DELETE_SLOT']);
      return { error: slotNameProblem(event.slot) };
    }),
    reportNothingToSave: assign({ error: 'There is no game to save.' }),
    renameBranch: assign(({ context, event }) => {
      assertEvent(event, 'RENAME_BRANCH');
      return { branches: context.branches.map((b) => (b.id === event.branchId ? { ...b, name: event.name.trim() } : b)), error: null };
    }),
    reportBadBranchName: assign(({ context, event }) => {
      assertEvent(event, 'RENAME_BRANCH');
      return { error: branchNameProblem(context, event.branchId, event.name) };
    }),
    dismissError: assign({ error: null, refusal: null, choiceRefusal: null }),
  },
}).createMachine({
  id: 'game',
  context: ({ input }) => ({
    catalog: { ...input.catalog },
    seed: 0,
    error: null,
    saveStatus: probeStorage(input.storage),
    storage: input.storage,
    nextSeed: input.seed ?? (() => 1),
    ...noGame,
  }),
  initial: 'menu',
  on: {
    ADD_SCENARIO: [{ guard: 'scenarioIsUsable', actions: 'addScenario' }, { actions: 'refuseScenario' }],
    LOAD_SLOT: startGame,
    LOAD_CODE: startGame,
    SAVE_SLOT: [
      { guard: not('gameIsRunning'), actions: 'reportNothingToSave' },
      { guard: 'slotNameIsValid', actions: 'saveToSlot' },
      { actions: 'reportBadSlotName' },
    ],
    DELETE_SLOT: [{ guard: 'slotNameIsValid', actions: 'deleteSlot' }, { actions: 'reportBadSlotName' }],
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
      on: { PROCEED: 'planning', SWITCH_BRANCH: startGame },
    },
    planning: {
      on: {
        SELECT: [{ guard: 'actionIsAllowed', actions: 'addSelection' }, { actions: 'refuseSelection' }],
        DESELECT: [{ guard: 'actionIsSelected', actions: 'removeSelection' }, { actions: 'refuseDeselection' }],
        END_TURN: [{ guard: 'turnResolves', target: 'resolving', actions: 'applyResolution' }, { actions: 'reportFailedResolution' }],
        REWIND: startGame,
        SWITCH_BRANCH: startGame,
      },
    },
    resolving: {
      always: [{ guard: 'choicesArePending', target: 'decision' }, { target: 'report', actions: 'closeTheTurn' }],
    },
    decision: {
      on: { CHOOSE: [{ guard: 'choiceIsValid', target: 'resolving', actions: 'answerEvent' }, { actions: 'refuseChoice' }] },
    },
    report: {
      on: {
        PROCEED: [{ guard: 'gameIsOver', target: 'debrief' }, { target: 'briefing' }],
        REWIND: startGame,
        SWITCH_BRANCH: startGame,
      },
    },
    debrief: {
      entry: 'autosave',
      on: { REWIND: startGame, SWITCH_BRANCH: startGame },
    },
  },
});
