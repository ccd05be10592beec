// Rewind and branch: going back to an earlier turn keeps the old line as a branch; lines can be resumed and compared.
import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/sim/hash';
import { diffLines } from '../../src/lab/compareLines';
import { allowedActions, answerAll, begin, playTurn, playTurns, shortScenario, startActor, words } from './fixture';
import { at } from '../../src/sim/indexing';

/** A game three turns into its main line, waiting in the briefing of turn 4. */
function threeTurnsIn() {
  const session = startActor();
  begin(session.actor);
  playTurns(session.actor, 3, { take: 1 });
  return { ...session, mainHash: stateHash(session.ctx().world!), mainLog: session.ctx().log };
}

describe('rewind and branches', () => {
  it('rewinds to an earlier turn on a new branch, plays differently, and keeps the old line intact', () => {
    const { actor, ctx, state, mainHash, mainLog } = threeTurnsIn();
    actor.send({ type: 'PROCEED' });
    actor.send({ type: 'REWIND', turn: 1 });
    expect(state()).toBe('briefing');
    expect(ctx().world!.turn).toBe(1);
    expect(ctx().log).toEqual(mainLog.slice(0, 1));
    expect(ctx().hashes).toHaveLength(2);
    expect(ctx().branches).toHaveLength(2);
    const fork = ctx().branches.find((b) => b.id === ctx().branchId)!;
    expect(fork).toMatchObject({ parentId: 'main', forkTurn: 1, name: 'Line 2 (from 2023-H1)' });

    const different = allowedActions(ctx()).find((id) => id !== at(mainLog, 1).actions[0])!;
    playTurn(actor, { actions: [different] });
    actor.send({ type: 'PROCEED' });
    expect(stateHash(ctx().world!)).not.toBe(mainHash);

    const main = ctx().branches.find((b) => b.id === 'main')!;
    expect(main.log).toEqual(mainLog);
    actor.send({ type: 'SWITCH_BRANCH', branchId: 'main' });
    expect(ctx().error).toBeNull();
    expect(ctx().branchId).toBe('main');
    expect(stateHash(ctx().world!)).toBe(mainHash);

    // The two lines, as the compare sheet reads them: they share turn 0 and part at turn 1.
    const forkLog = ctx().branches.find((b) => b.id === fork.id)!.log;
    expect([main.log.length, forkLog.length]).toEqual([3, 2]);
    expect(diffLines(main.log, forkLog).firstParting).toBe(1);
    expect(diffLines(main.log, forkLog).sharedTurns).toBe(1);
  });

  it('rewinds from the report too', () => {
    const { actor, ctx, state } = threeTurnsIn();
    playTurn(actor);
    actor.send({ type: 'REWIND', turn: 3 });
    expect(state()).toBe('briefing');
    expect(ctx().world!.turn).toBe(3);
    expect(ctx().branches).toHaveLength(2);
  });

  it('refuses a rewind to a turn not yet played, naming the range, and changes nothing', () => {
    const { actor, ctx, state, mainHash } = threeTurnsIn();
    actor.send({ type: 'PROCEED' });
    for (const turn of [3, 7, -1, 1.5]) {
      actor.send({ type: 'REWIND', turn });
      expect(words(ctx().error)).toMatch(/earlier turn \(1 to 3\)/);
    }
    expect(state()).toBe('planning');
    expect(stateHash(ctx().world!)).toBe(mainHash);
    expect(ctx().branches).toHaveLength(1);
  });

  it('moves an untouched branch instead of leaving empty twins when rewinding twice', () => {
    const { actor, ctx } = threeTurnsIn();
    actor.send({ type: 'PROCEED' });
    actor.send({ type: 'REWIND', turn: 2 });
    actor.send({ type: 'PROCEED' });
    actor.send({ type: 'REWIND', turn: 1 });
    expect(ctx().branches).toHaveLength(2);
    expect(ctx().branches[1]).toMatchObject({ forkTurn: 1, log: ctx().log });
  });

  it('renames branches and refuses empty names or unknown branches', () => {
    const { actor, ctx } = threeTurnsIn();
    actor.send({ type: 'RENAME_BRANCH', branchId: 'main', name: '  Pivot west  ' });
    expect(at(ctx().branches, 0).name).toBe('Pivot west');
    actor.send({ type: 'RENAME_BRANCH', branchId: 'main', name: ' ' });
    expect(words(ctx().error)).toMatch(/Give the branch a name/);
    actor.send({ type: 'RENAME_BRANCH', branchId: 'nope', name: 'x' });
    expect(words(ctx().error)).toMatch(/no branch "nope"/);
    actor.send({ type: 'SWITCH_BRANCH', branchId: 'nope' });
    expect(words(ctx().error)).toMatch(/no branch "nope"/);
    expect(at(ctx().branches, 0).name).toBe('Pivot west');
  });

  it('keeps the whole branch tree through a save and load, every branch still resumable', () => {
    const { actor, ctx, storage, mainHash } = threeTurnsIn();
    actor.send({ type: 'PROCEED' });
    actor.send({ type: 'REWIND', turn: 0 });
    playTurn(actor, { take: 0 });
    actor.send({ type: 'SAVE_SLOT', slot: 'tree' });
    const other = startActor({ storage });
    other.actor.send({ type: 'LOAD_SLOT', slot: 'tree' });
    expect(other.ctx().error).toBeNull();
    expect(other.ctx().branches).toEqual(ctx().branches);
    expect(other.ctx().branchId).toBe(ctx().branchId);
    other.actor.send({ type: 'SWITCH_BRANCH', branchId: 'main' });
    expect(stateHash(other.ctx().world!)).toBe(mainHash);
  });

  it('branches on a different answer to an event; each line keeps its own hash', () => {
    const { actor, ctx } = startActor({ scenarios: [shortScenario()] });
    begin(actor, 'short-test');
    playTurns(actor, 2, { take: 0, option: 0 });
    const eastHash = stateHash(ctx().world!);
    expect(at(ctx().log, 0).choices).toContainEqual({ eventId: 'test-summit', optionId: 'lean-east' });

    actor.send({ type: 'PROCEED' });
    actor.send({ type: 'REWIND', turn: 0 });
    actor.send({ type: 'PROCEED' });
    actor.send({ type: 'END_TURN' });
    actor.send({ type: 'CHOOSE', eventId: 'test-summit', optionId: 'lean-west' });
    answerAll(actor);
    actor.send({ type: 'PROCEED' });
    const westBranch = ctx().branchId;
    expect(westBranch).not.toBe('main');
    expect(ctx().branches.find((b) => b.id === 'main')!.hashes[2]).toBe(eastHash);

    expect(diffLines(ctx().branches.find((b) => b.id === 'main')!.log, ctx().branches.find((b) => b.id === westBranch)!.log).firstParting).toBe(0);
    actor.send({ type: 'SWITCH_BRANCH', branchId: 'main' });
    expect(stateHash(ctx().world!)).toBe(eastHash);
    expect(at(ctx().log, 0).choices).toContainEqual({ eventId: 'test-summit', optionId: 'lean-east' });
  });
});
