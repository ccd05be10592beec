// Fuzz: random ids and random text sent down every load path never stop the machine, and a new game still starts after.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryStorage, shareCode, type GameEvent } from '../../src/machine/index';
import { baselineData } from '../fixtures/baselineData';
import { begin, playTurns, SEED, startActor } from './fixture';

const builtins = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'prototype', 'isPrototypeOf', '__defineGetter__'];
const id = fc.oneof(fc.constantFrom(...builtins, baselineData.id, 'main', 'autosave', 'kept:1', 'slot:x'), fc.string({ maxLength: 30 }), fc.string({ minLength: 500, maxLength: 3000 }));
const text = fc.oneof(fc.string({ maxLength: 200 }), fc.json(), fc.constantFrom('null', '{}', '[]', '"x"', '1e999'));

/** A valid save or code with one field replaced by something random. */
function validParts() {
  const s = startActor();
  begin(s.actor);
  playTurns(s.actor, 2);
  return { save: s.storage.getItem('autosave')!, code: shareCode(s.ctx()) };
}

const event: fc.Arbitrary<GameEvent> = fc.oneof(
  fc.record({ type: fc.constant('NEW_GAME' as const), scenarioId: id, seed: fc.option(fc.oneof(fc.integer(), fc.double()), { nil: undefined }) }),
  fc.record({ type: fc.constant('LOAD_CODE' as const), code: fc.oneof(id, text) }),
  fc.record({ type: fc.constant('LOAD_SLOT' as const), slot: id }),
  fc.record({ type: fc.constant('LOAD_SAVED' as const), key: id }),
  fc.record({ type: fc.constant('DELETE_SAVED' as const), key: id }),
  fc.record({ type: fc.constant('SAVE_SLOT' as const), slot: id }),
  fc.record({ type: fc.constant('REWIND' as const), turn: fc.oneof(fc.integer({ min: -3, max: 50 }), fc.double()) }),
  fc.record({ type: fc.constant('SWITCH_BRANCH' as const), branchId: id }),
  fc.record({ type: fc.constant('RENAME_BRANCH' as const), branchId: id, name: text }),
  fc.record({ type: fc.constant('SELECT' as const), actionId: id }),
  fc.record({ type: fc.constant('CHOOSE' as const), eventId: id, optionId: id }),
  fc.record({ type: fc.constant('ADD_SCENARIO' as const), scenario: fc.anything() as fc.Arbitrary<never> }),
  fc.constantFrom<GameEvent>({ type: 'CONTINUE' }, { type: 'PROCEED' }, { type: 'END_TURN' }, { type: 'MENU' }, { type: 'DISMISS_ERROR' }),
);

describe('the machine under random input', () => {
  const parts = validParts();

  it('never stops, whatever ids, codes and saves it is sent', () => {
    fc.assert(
      fc.property(
        fc.oneof(text, fc.constant(parts.save), id.map((x) => parts.save.replace(`"${baselineData.id}"`, JSON.stringify(x)))),
        fc.array(fc.oneof(event, id.map((x): GameEvent => ({ type: 'LOAD_CODE', code: parts.code.slice(0, 5) + x }))), { maxLength: 8 }),
        (autosave, events) => {
          const { actor, ctx, state } = startActor({ storage: memoryStorage({ autosave, 'slot:x': autosave }) });
          for (const e of [{ type: 'CONTINUE' } as GameEvent, ...events]) {
            actor.send(e);
            expect(actor.getSnapshot().status).toBe('active');
            const error = ctx().error;
            if (error) expect(JSON.stringify(error).length).toBeLessThan(2000); // messages never grow with the input
          }
          // The menu is still usable: a new game starts.
          actor.send({ type: 'DISMISS_ERROR' });
          actor.send({ type: 'MENU' });
          actor.send({ type: 'NEW_GAME', scenarioId: baselineData.id, seed: SEED });
          expect(ctx().error).toBeNull();
          expect(state()).toBe('briefing');
        },
      ),
      { numRuns: 150 },
    );
  }, 300_000);
});
