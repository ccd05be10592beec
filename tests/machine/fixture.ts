// One fixture builder for the machine tests: scenarios with partial overrides, actors on memory storage, turn drivers.
import { expect } from 'vitest';
import type { EventDef } from '../../src/sim/content';
import type { ScenarioData } from '../../src/sim/scenarioData';
import type { World } from '../../src/sim/world';
import { createGameActor, memoryStorage, refusalFor, type GameContext, type SaveStorage } from '../../src/machine/index';
import { baselineData } from '../fixtures/baselineData';
import type { MachineError } from '../../src/machine/errors';
import { machineErrorWords } from '../../src/ui/machineErrorWords';
import { at, entry } from '../../src/sim/indexing';

/** A machine error as the player reads it in English (null when there is none). */
export const words = (e: MachineError | null | undefined): string | null => (e ? machineErrorWords(e) : null);

/** The seed every test game starts from unless it says otherwise. */
export const SEED = 7;

/** An event only the scenario schedule fires (weight 0), with two options that pull in different directions. */
export const summitEvent: EventDef = {
  id: 'test-summit',
  title: { en: 'Test summit' },
  description: { en: 'A summit asks Astana to pick a side.' },
  weight: 0,
  once: true,
  cooldown: 0,
  effects: [],
  options: [
    { id: 'lean-east', title: { en: 'Lean east' }, description: { en: 'Closer to Moscow.' }, effects: [{ op: 'add', path: 'relations.russia', value: 10 }] },
    { id: 'lean-west', title: { en: 'Lean west' }, description: { en: 'Closer to Brussels.' }, effects: [{ op: 'add', path: 'relations.eu', value: 10 }] },
  ],
};

/** The baseline scenario with deep-ish overrides of its start values. */
export function scenario(overrides: Partial<ScenarioData> & { politics?: Partial<World['politics']>; budget?: number; stability?: number } = {}): ScenarioData {
  const { politics, budget, stability, ...rest } = overrides;
  const s = structuredClone(baselineData);
  if (politics) s.start.politics = { ...s.start.politics, ...politics };
  if (budget !== undefined) s.start.economy.budgetPerTurnUsdBn = budget;
  if (stability !== undefined) s.start.society.stability = stability;
  return { ...s, ...rest };
}

/** A three-turn scenario whose first turn always asks the summit question. */
export const shortScenario = (): ScenarioData =>
  scenario({ id: 'short-test', turns: 3, content: { events: [summitEvent] }, scheduledEvents: [{ turn: 0, eventId: 'test-summit' }] });

/** A started game actor over the given scenarios (baseline by default) and storage. */
export function startActor(options: { scenarios?: ScenarioData[]; storage?: SaveStorage } = {}) {
  const scenarios = options.scenarios ?? [baselineData];
  const storage = options.storage ?? memoryStorage();
  const actor = createGameActor({ catalog: Object.fromEntries(scenarios.map((s) => [s.id, s])), storage, seed: () => SEED });
  return { actor, storage, ctx: (): GameContext => actor.getSnapshot().context, state: () => actor.getSnapshot().value };
}

type Actor = ReturnType<typeof startActor>['actor'];

/** Starts a new game and checks it lands in the briefing. */
export function begin(actor: Actor, scenarioId = baselineData.id, seed = SEED): void {
  actor.send({ type: 'NEW_GAME', scenarioId, seed });
  expect(actor.getSnapshot().context.error).toBeNull();
  expect(actor.getSnapshot().value).toBe('briefing');
}

/** The actions the player may add right now, in id order. */
export const allowedActions = (ctx: GameContext): string[] =>
  Object.keys(ctx.rules?.actions ?? {}).sort().filter((id) => !ctx.selected.includes(id) && refusalFor(ctx, id) === null);

/**
 * Plays one turn from the briefing to the report: selects `actions` (or the first `take` allowed ones), ends the turn,
 * answers every pending event with option `option` (index, wrapping), and returns the actions taken.
 */
export function playTurn(actor: Actor, plan: { actions?: string[]; take?: number; option?: number } = {}): string[] {
  expect(actor.getSnapshot().value).toBe('briefing');
  actor.send({ type: 'PROCEED' });
  const chosen: string[] = [];
  if (plan.actions) chosen.push(...plan.actions);
  else for (let i = 0; i < (plan.take ?? 1); i++) {
    const next = allowedActions(actor.getSnapshot().context)[0];
    if (!next) break;
    chosen.push(next);
    actor.send({ type: 'SELECT', actionId: next });
  }
  if (plan.actions) for (const id of plan.actions) actor.send({ type: 'SELECT', actionId: id });
  expect(actor.getSnapshot().context.selected).toEqual(chosen);
  actor.send({ type: 'END_TURN' });
  answerAll(actor, plan.option ?? 0);
  expect(actor.getSnapshot().value).toBe('report');
  return chosen;
}

/** Answers pending events until the decision phase is over. */
export function answerAll(actor: Actor, option = 0): void {
  for (let guard = 0; actor.getSnapshot().value === 'decision' && guard < 10; guard++) {
    const { world, rules } = actor.getSnapshot().context;
    const eventId = at(world!.pending, 0).eventId;
    const options = entry(rules!.events, eventId).options!;
    actor.send({ type: 'CHOOSE', eventId, optionId: at(options, option % options.length).id });
  }
}

/** Plays turns and proceeds to the next briefing each time. */
export function playTurns(actor: Actor, count: number, plan: Parameters<typeof playTurn>[1] = {}): void {
  for (let i = 0; i < count; i++) {
    playTurn(actor, plan);
    actor.send({ type: 'PROCEED' });
  }
}

/** Every number anywhere in a value is finite (no NaN or Infinity leaked into the world). */
export function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value && typeof value === 'object') return Object.values(value).every(allFinite);
  return true;
}
