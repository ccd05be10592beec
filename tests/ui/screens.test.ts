import { describe, expect, it } from 'vitest';
import { gameMachine } from '../../src/machine';
import { SCENES_OF_STATE, scenesFor } from '../../src/ui/screens';

describe('screens of machine states', () => {
  it('gives every state of the machine its screens', () => {
    for (const state of Object.keys(gameMachine.config.states ?? {})) expect(SCENES_OF_STATE[state], state).toBeDefined();
  });
  it('keeps the map under the overlays and puts the notice on top when there is an error', () => {
    expect([...scenesFor('decision', false)]).toEqual(['Game', 'Decision']);
    expect(scenesFor('planning', true).has('Notice')).toBe(true);
    expect(scenesFor('debrief', false).has('Game')).toBe(false);
  });
});
