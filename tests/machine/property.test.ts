// Property: any sequence of player events keeps the machine in a valid state and the world valid and replayable.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSelection, replay } from '../../src/sim/index';
import { stateHash } from '../../src/sim/hash';
import { shareCode, type GameContext, type GameEvent } from '../../src/machine/index';
import { allFinite, shortScenario, startActor } from './fixture';
import { baselineData } from '../fixtures/baselineData';
import { entry, last } from '../../src/sim/indexing';

const STATES = ['menu', 'briefing', 'planning', 'decision', 'report', 'debrief'];

/** A player's intent, turned into a concrete event against the current context (so most events are meaningful). */
type Intent =
  | { kind: 'proceed' | 'endTurn' | 'menu' | 'continue' | 'save' | 'load' | 'code' | 'bogus' }
  | { kind: 'new'; short: boolean; seed: number }
  | { kind: 'select' | 'deselect' | 'switch' | 'rewind'; i: number }
  | { kind: 'choose'; i: number; j: number };

const intent: fc.Arbitrary<Intent> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ kind: 'proceed' as const }) },
  { weight: 4, arbitrary: fc.constant({ kind: 'endTurn' as const }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('select' as const), i: fc.nat(40) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deselect' as const), i: fc.nat(4) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('choose' as const), i: fc.nat(2), j: fc.nat(4) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rewind' as const), i: fc.integer({ min: -1, max: 8 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('switch' as const), i: fc.nat(3) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('new' as const), short: fc.boolean(), seed: fc.nat() }) },
  { weight: 1, arbitrary: fc.constantFrom(...(['menu', 'continue', 'save', 'load', 'code', 'bogus'] as const).map((kind) => ({ kind }))) },
);

/** The concrete event an intent means in this context. */
function toEvent(x: Intent, c: GameContext): GameEvent {
  const ids = Object.keys(c.rules?.actions ?? {}).sort();
  switch (x.kind) {
    case 'proceed': return { type: 'PROCEED' };
    case 'endTurn': return { type: 'END_TURN' };
    case 'menu': return { type: 'MENU' };
    case 'continue': return { type: 'CONTINUE' };
    case 'save': return { type: 'SAVE_SLOT', slot: 'p' };
    case 'load': return { type: 'LOAD_SLOT', slot: 'p' };
    case 'code': return { type: 'LOAD_CODE', code: c.scenario ? shareCode(c) : 'nonsense' };
    case 'bogus': return { type: 'CHOOSE', eventId: 'nope', optionId: 'nope' };
    case 'new': return { type: 'NEW_GAME', scenarioId: x.short ? 'short-test' : baselineData.id, seed: x.seed };
    case 'select': return { type: 'SELECT', actionId: ids[x.i] ?? `unknown-${x.i}` };
    case 'deselect': return { type: 'DESELECT', actionId: c.selected[x.i] ?? 'none' };
    case 'switch': return { type: 'SWITCH_BRANCH', branchId: c.branches[x.i % Math.max(1, c.branches.length)]?.id ?? 'none' };
    case 'rewind': return { type: 'REWIND', turn: x.i };
    case 'choose': {
      const pending = c.world?.pending[x.i % Math.max(1, c.world.pending.length)];
      const options = pending ? entry(c.rules!.events, pending.eventId).options ?? [] : [];
      return { type: 'CHOOSE', eventId: pending?.eventId ?? 'none', optionId: options[x.j % Math.max(1, options.length)]?.id ?? 'none' };
    }
  }
}

/** Everything that must hold in every snapshot the player can see. */
function checkInvariants(state: string, c: GameContext): void {
  expect(STATES).toContain(state);
  if (state === 'menu') {
    expect(c.world).toBeNull();
    return;
  }
  const world = c.world!;
  expect(c.scenario && c.rules).toBeTruthy();
  expect(allFinite(world)).toBe(true);
  expect(c.hashes).toHaveLength(c.log.length + 1);
  expect(world.history).toHaveLength(c.log.length);
  if (state !== 'decision') expect(stateHash(world)).toBe(last(c.hashes));
  expect(world.pending.length > 0).toBe(state === 'decision');
  expect(world.outcome !== null).toBe(state === 'debrief' || (state === 'report' && world.outcome !== null));
  expect(world.turn).toBe(world.outcome ? c.log.length - 1 : c.log.length);
  if (state !== 'planning') expect(c.selected).toEqual([]);
  c.selected.forEach((id, k) => expect(checkSelection(c.rules!, world, c.selected.slice(0, k), id).ok).toBe(true));
  const ids = c.branches.map((b) => b.id);
  expect(new Set(ids).size).toBe(ids.length);
  const current = c.branches.find((b) => b.id === c.branchId);
  expect(current).toBeDefined();
  if (state !== 'decision') expect(current!.log).toEqual(c.log);
}

describe('the machine under random play', () => {
  it('stays in a valid state with a valid, replayable world', () => {
    fc.assert(
      fc.property(fc.array(intent, { minLength: 20, maxLength: 80 }), (intents) => {
        const { actor, ctx } = startActor({ scenarios: [baselineData, shortScenario()] });
        actor.send({ type: 'NEW_GAME', scenarioId: 'short-test', seed: 3 });
        for (const x of intents) {
          actor.send(toEvent(x, ctx()));
          const snap = actor.getSnapshot();
          expect(snap.status).toBe('active');
          checkInvariants(String(snap.value), snap.context);
        }
        const c = ctx();
        if (c.world && c.scenario && c.rules) {
          const rebuilt = replay(c.rules, c.scenario, c.seed, c.log);
          expect(rebuilt.ok && stateHash(rebuilt.value)).toBe(last(c.hashes));
        }
      }),
      { numRuns: 60 },
    );
  });
});
