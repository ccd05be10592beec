// The turn cycle: briefing → planning → resolving → decision → report → next briefing, refusals, the decision gate, game over.
import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/sim/hash';
import { refusalFor } from '../../src/machine/index';
import { refusalWords } from '../../src/ui/refusalWords';
import { allFinite, allowedActions, answerAll, begin, playTurn, playTurns, scenario, shortScenario, startActor, words } from './fixture';
import { at } from '../../src/sim/indexing';

describe('the turn cycle', () => {
  it('opens on the menu and starts a game in the briefing of turn 1', () => {
    const { actor, ctx, state } = startActor();
    expect(state()).toBe('menu');
    expect(ctx().world).toBeNull();
    begin(actor);
    expect(ctx().world!.turn).toBe(0);
    expect(ctx().seed).toBe(7);
    expect(ctx().hashes).toEqual([stateHash(ctx().world!)]);
  });

  it('plays several turns, logging each as a command and hashing each turn start', () => {
    const { actor, ctx, state } = startActor();
    begin(actor);
    for (let turn = 0; turn < 3; turn++) {
      const taken = playTurn(actor, { take: 2 });
      expect(taken.length).toBeGreaterThan(0);
      expect(ctx().log[turn]).toMatchObject({ turn, actions: taken });
      expect(at(ctx().world!.history, turn).actions).toEqual(taken);
      actor.send({ type: 'PROCEED' });
      expect(state()).toBe('briefing');
      expect(ctx().world!.turn).toBe(turn + 1);
      expect(ctx().hashes).toHaveLength(turn + 2);
      expect(ctx().hashes[turn + 1]).toBe(stateHash(ctx().world!));
      expect(ctx().selected).toEqual([]);
      expect(allFinite(ctx().world)).toBe(true);
    }
  });

  it('starts a new game from the seed source when no seed is given, never the same world for a different seed', () => {
    const a = startActor();
    a.actor.send({ type: 'NEW_GAME', scenarioId: 'baseline-2022' });
    expect(a.ctx().seed).toBe(7);
    const b = startActor();
    begin(b.actor, 'baseline-2022', 8);
    expect(stateHash(b.ctx().world!)).not.toBe(stateHash(a.ctx().world!));
  });

  it('refuses to start an unknown scenario or a bad seed, saying why', () => {
    const { actor, ctx, state } = startActor();
    actor.send({ type: 'NEW_GAME', scenarioId: 'atlantis' });
    expect(state()).toBe('menu');
    expect(words(ctx().error)).toMatch(/no scenario "atlantis"/);
    actor.send({ type: 'DISMISS_ERROR' });
    actor.send({ type: 'NEW_GAME', scenarioId: 'baseline-2022', seed: -1.5 });
    expect(words(ctx().error)).toMatch(/seed must be a whole number/);
  });

  it('adds a scenario file the player loaded and can start it', () => {
    const { actor, ctx } = startActor();
    actor.send({ type: 'ADD_SCENARIO', scenario: shortScenario() });
    expect(Object.keys(ctx().catalog)).toContain('short-test');
    begin(actor, 'short-test');
  });

  it('goes back to the menu and forgets the running game', () => {
    const { actor, ctx, state } = startActor();
    begin(actor);
    actor.send({ type: 'MENU' });
    expect(state()).toBe('menu');
    expect(ctx().world).toBeNull();
  });
});

describe('planning refusals', () => {
  const planning = (s = scenario()) => {
    const t = startActor({ scenarios: [s] });
    begin(t.actor, s.id);
    t.actor.send({ type: 'PROCEED' });
    expect(t.state()).toBe('planning');
    return t;
  };

  it('refuses a duplicate and an unknown action with a reason, leaving the selection as it was', () => {
    const { actor, ctx } = planning();
    const first = at(allowedActions(ctx()), 0);
    actor.send({ type: 'SELECT', actionId: first });
    actor.send({ type: 'SELECT', actionId: first });
    expect(ctx().selected).toEqual([first]);
    expect(ctx().refusal).toMatchObject({ actionId: first, code: 'duplicate' });
    actor.send({ type: 'SELECT', actionId: 'invade-mars' });
    expect(ctx().refusal).toMatchObject({ actionId: 'invade-mars', code: 'unknown' });
    expect(refusalWords(ctx().refusal!, ctx().rules)).toMatch(/invade-mars/);
    expect(ctx().selected).toEqual([first]);
  });

  it('refuses an action over budget', () => {
    const { actor, ctx } = planning(scenario({ budget: 0 }));
    const costly = Object.values(ctx().rules!.actions).find((a) => a.costUsdBn > 0 && !a.requires)!;
    actor.send({ type: 'SELECT', actionId: costly.id });
    expect(ctx().refusal).toMatchObject({ actionId: costly.id, code: 'budget' });
    expect(refusalWords(ctx().refusal!, ctx().rules)).toMatch(/budget/i);
    expect(ctx().selected).toEqual([]);
  });

  it('refuses an action over political capital', () => {
    const { actor, ctx } = planning(scenario({ budget: 100, politics: { capital: 0 } }));
    const demanding = Object.values(ctx().rules!.actions).find((a) => a.capital > 0 && !a.requires)!;
    actor.send({ type: 'SELECT', actionId: demanding.id });
    expect(ctx().refusal).toMatchObject({ code: 'capital' });
    expect(refusalWords(ctx().refusal!, ctx().rules)).toMatch(/capital/i);
  });

  it('refuses a selection past the per-turn limit and accepts it again after a deselect', () => {
    const { actor, ctx } = planning(scenario({ budget: 100, politics: { capital: 100, actionLimit: 1 } }));
    const allowed = allowedActions(ctx());
    const a = at(allowed, 0);
    const b = at(allowed, 1);
    actor.send({ type: 'SELECT', actionId: a });
    actor.send({ type: 'SELECT', actionId: b });
    expect(ctx().refusal).toMatchObject({ actionId: b, code: 'limit' });
    expect(refusalFor(ctx(), b)).toMatchObject({ code: 'limit' });
    actor.send({ type: 'DESELECT', actionId: a });
    expect(ctx().selected).toEqual([]);
    expect(ctx().refusal).toBeNull();
    actor.send({ type: 'SELECT', actionId: b });
    expect(ctx().selected).toEqual([b]);
  });

  it('refuses an action whose preconditions do not hold, in the words of the content', () => {
    const { actor, ctx } = planning(scenario({ budget: 100, politics: { capital: 100, actionLimit: 5 } }));
    const blocked = Object.keys(ctx().rules!.actions).find((id) => refusalFor(ctx(), id)?.code === 'precondition');
    expect(blocked, 'the content has an action with an unmet precondition at the start').toBeDefined();
    actor.send({ type: 'SELECT', actionId: blocked! });
    expect(ctx().refusal).toMatchObject({ actionId: blocked, code: 'precondition' });
    expect(refusalWords(ctx().refusal!, ctx().rules).length).toBeGreaterThan(0);
  });

  it('says so when deselecting an action that is not selected', () => {
    const { actor, ctx } = planning();
    actor.send({ type: 'DESELECT', actionId: 'nothing' });
    expect(ctx().refusal).toMatchObject({ code: 'notSelected' });
  });
});

describe('the decision gate', () => {
  it('holds the game in the decision until every pending event is answered with a real option', () => {
    const { actor, ctx, state } = startActor({ scenarios: [shortScenario()] });
    begin(actor, 'short-test');
    actor.send({ type: 'PROCEED' });
    actor.send({ type: 'END_TURN' });
    expect(state()).toBe('decision');
    expect(ctx().world!.pending.map((p) => p.eventId)).toContain('test-summit');
    const before = ctx().world;
    for (const ev of [{ type: 'PROCEED' }, { type: 'END_TURN' }, { type: 'SELECT', actionId: allowedActions(ctx())[0] ?? 'x' }] as const) {
      actor.send(ev);
      expect(state()).toBe('decision');
    }
    actor.send({ type: 'CHOOSE', eventId: 'test-summit', optionId: 'lean-nowhere' });
    expect(state()).toBe('decision');
    expect(ctx().choiceRefusal).toMatchObject({ eventId: 'test-summit', optionId: 'lean-nowhere' });
    actor.send({ type: 'CHOOSE', eventId: 'not-pending', optionId: 'lean-west' });
    expect(ctx().choiceRefusal).toMatchObject({ eventId: 'not-pending' });
    expect(ctx().world).toBe(before);
    actor.send({ type: 'CHOOSE', eventId: 'test-summit', optionId: 'lean-west' });
    expect(ctx().choiceRefusal).toBeNull();
    expect(ctx().world!.relations.eu).toBe(before!.relations.eu + 10);
    answerAll(actor);
    expect(state()).toBe('report');
    expect(at(ctx().log, 0).choices).toContainEqual({ eventId: 'test-summit', optionId: 'lean-west' });
  });
});

describe('game over', () => {
  it('ends in the debrief after the last turn, where turns can no longer be played', () => {
    const { actor, ctx, state } = startActor({ scenarios: [shortScenario()] });
    begin(actor, 'short-test');
    playTurns(actor, 2);
    playTurn(actor);
    expect(ctx().world!.outcome).not.toBeNull();
    actor.send({ type: 'PROCEED' });
    expect(state()).toBe('debrief');
    actor.send({ type: 'END_TURN' });
    actor.send({ type: 'PROCEED' });
    expect(state()).toBe('debrief');
    expect(ctx().log).toHaveLength(3);
    actor.send({ type: 'REWIND', turn: 2 });
    expect(state()).toBe('briefing');
    expect(ctx().world!.outcome).toBeNull();
  });

  it('ends early in the debrief when the country collapses', () => {
    const collapsing = scenario({ id: 'collapse-test', stability: 3 });
    const { actor, ctx, state } = startActor({ scenarios: [collapsing] });
    begin(actor, 'collapse-test');
    playTurn(actor, { take: 0 });
    expect(ctx().world!.outcome?.ending).toBe('collapse');
    actor.send({ type: 'PROCEED' });
    expect(state()).toBe('debrief');
  });
});
