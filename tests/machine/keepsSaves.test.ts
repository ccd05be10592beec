// No link, slot, damaged save or full disk loses a player's game: the autosave is replaced only by the same game's progress.
import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/sim/hash';
import { AUTOSAVE_KEY, listSavedGames, memoryStorage, parseSave, shareCode, type SaveStorage } from '../../src/machine/index';
import { baselineData } from '../fixtures/baselineData';
import { begin, playTurns, shortScenario, startActor, words } from './fixture';
import { at } from '../../src/sim/indexing';

/** Memory storage that refuses writes once its contents would pass `limit` characters (a full localStorage). */
function quotaStorage(limit: number): SaveStorage & { limit: number; used: () => number } {
  const base = memoryStorage();
  const self = { limit };
  const size = () => [...base.data.entries()].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    ...base,
    setItem: (key, value) => {
      const before = base.data.get(key);
      base.data.set(key, value);
      if (size() > self.limit) {
        if (before === undefined) base.data.delete(key);
        else base.data.set(key, before);
        throw new DOMException('full', 'QuotaExceededError');
      }
    },
    get limit() {
      return self.limit;
    },
    set limit(n: number) {
      self.limit = n;
    },
    used: size,
  };
}

const hashOfSave = (raw: string | null): string => {
  const r = parseSave(raw ?? '', { [baselineData.id]: baselineData, 'short-test': shortScenario() });
  if (!r.ok) throw new Error(words(r.error) ?? 'unreadable');
  return stateHash(r.value.world);
};

describe('the autosave is never replaced by another game', () => {
  it('a shared link opens as its own line: the player\'s game is kept, playable with its hash, and listed', () => {
    const mine = startActor({ scenarios: [baselineData, shortScenario()] });
    begin(mine.actor);
    playTurns(mine.actor, 3);
    const myHash = stateHash(mine.ctx().world!);
    const myAutosave = mine.storage.getItem(AUTOSAVE_KEY);

    const friend = startActor({ scenarios: [shortScenario()] });
    begin(friend.actor, 'short-test', 99);
    playTurns(friend.actor, 1, { option: 1 });
    const code = shareCode(friend.ctx());

    // The same browser opens the link.
    const visit = startActor({ scenarios: [baselineData, shortScenario()], storage: mine.storage });
    visit.actor.send({ type: 'LOAD_CODE', code });
    expect(visit.ctx().error).toBeNull();
    expect(visit.ctx().origin).toBe('shared');
    const kept = listSavedGames(mine.storage).filter((e) => e.kind === 'kept');
    expect(kept).toHaveLength(1);
    expect(mine.storage.getItem(at(kept, 0).key)).toBe(myAutosave);
    expect(hashOfSave(mine.storage.getItem(at(kept, 0).key))).toBe(myHash);

    // The kept game loads and plays on from where it was.
    visit.actor.send({ type: 'MENU' });
    visit.actor.send({ type: 'LOAD_SAVED', key: at(kept, 0).key });
    expect(visit.ctx().error).toBeNull();
    expect(stateHash(visit.ctx().world!)).toBe(myHash);
    // ...and now the link's game is the one kept aside, while the twin copy of mine is gone.
    const after = listSavedGames(mine.storage);
    expect(after.filter((e) => e.kind === 'kept').map((e) => e.summary.ok && e.summary.origin)).toEqual(['shared']);
  });

  it('loading an older slot of the same game keeps the newer autosave', () => {
    const { actor, storage, ctx } = startActor();
    begin(actor);
    playTurns(actor, 1);
    actor.send({ type: 'SAVE_SLOT', slot: 'early' });
    playTurns(actor, 3);
    const newest = stateHash(ctx().world!);
    actor.send({ type: 'MENU' });
    actor.send({ type: 'LOAD_SLOT', slot: 'early' });
    expect(ctx().error).toBeNull();
    const kept = listSavedGames(storage).find((e) => e.kind === 'kept');
    expect(kept).toBeDefined();
    expect(hashOfSave(storage.getItem(kept!.key))).toBe(newest);
  });

  it('the same game\'s progress replaces its autosave without leaving copies', () => {
    const { actor, storage } = startActor();
    begin(actor);
    playTurns(actor, 3);
    expect(listSavedGames(storage).map((e) => e.kind)).toEqual(['autosave']);
  });

  it.each([
    ['a newer version', (raw: string) => raw.replace('"version":1', '"version":2'), /newer version/],
    ['truncated JSON', (raw: string) => raw.slice(0, 50), /damaged or incomplete/],
    ['null', () => 'null', /not a Multi-Vector save/],
    ['a seed out of range', (raw: string) => raw.replace(/"seed":\d+/, '"seed":99999999999'), /damaged/],
  ])('an autosave from %s is reported, kept through New game, and exportable as it was', (_what, damage, message) => {
    const first = startActor();
    begin(first.actor);
    playTurns(first.actor, 1);
    const bad = damage(first.storage.getItem(AUTOSAVE_KEY)!);
    first.storage.setItem(AUTOSAVE_KEY, bad);

    const { actor, storage, ctx, state } = startActor({ storage: first.storage });
    const listed = listSavedGames(storage).find((e) => e.kind === 'autosave')!;
    expect(listed.summary.ok).toBe(false);
    expect(words(listed.summary.ok ? null : listed.summary.error)).toMatch(message);
    actor.send({ type: 'CONTINUE' });
    expect(words(ctx().error)).toMatch(message);
    actor.send({ type: 'DISMISS_ERROR' });
    begin(actor);
    expect(state()).toBe('briefing');
    const kept = listSavedGames(storage).filter((e) => e.kind === 'kept');
    expect(kept.map((e) => storage.getItem(e.key))).toEqual([bad]);
    // Only the player deletes it.
    actor.send({ type: 'DELETE_SAVED', key: at(kept, 0).key });
    expect(listSavedGames(storage).filter((e) => e.kind === 'kept')).toEqual([]);
  });
});

describe('slots', () => {
  it('refuses to save over an existing slot unless the player agreed, and lists every slot', () => {
    const { actor, storage, ctx } = startActor();
    begin(actor);
    for (let i = 1; i <= 7; i++) actor.send({ type: 'SAVE_SLOT', slot: `game ${i}` });
    expect(listSavedGames(storage).filter((e) => e.kind === 'slot').map((e) => e.name)).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => `game ${i}`));
    playTurns(actor, 1);
    const before = storage.getItem('slot:game 1');
    actor.send({ type: 'SAVE_SLOT', slot: 'game 1' });
    expect(ctx().error?.code).toBe('slotExists');
    expect(storage.getItem('slot:game 1')).toBe(before);
    actor.send({ type: 'DISMISS_ERROR' });
    actor.send({ type: 'SAVE_SLOT', slot: 'game 1', overwrite: true });
    expect(ctx().error).toBeNull();
    expect(storage.getItem('slot:game 1')).not.toBe(before);
  });
});

describe('full storage during play', () => {
  it('is announced once, with what to do, and the menu knows storage is full (not forbidden)', () => {
    const storage = quotaStorage(1_000_000);
    const { actor, ctx, state } = startActor({ storage });
    expect(ctx().saveStatus).toBe('on');
    begin(actor);
    playTurns(actor, 1);
    storage.limit = storage.used() + 40; // room for the probe, not for a longer autosave
    let turns = 0;
    while (!ctx().error && turns < 40 && state() !== 'debrief') {
      playTurns(actor, 1);
      turns++;
    }
    expect(ctx().storageFull).toBe(true);
    expect(ctx().error?.code).toBe('storageFull');
    expect(words(ctx().error)).toMatch(/no longer being saved: browser storage is full\. Delete old saved games/);
    actor.send({ type: 'DISMISS_ERROR' });
    if (state() !== 'debrief') {
      playTurns(actor, 1);
      expect(ctx().error).toBeNull(); // not again every turn
    }
    expect(ctx().storageFull).toBe(true);
  });
});

describe('ids that name built-in object members', () => {
  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'])('%s finds no scenario and the menu still works', (id) => {
    const { actor, ctx, state } = startActor();
    actor.send({ type: 'NEW_GAME', scenarioId: id });
    expect(ctx().error?.code).toBe('noScenario');
    expect(state()).toBe('menu');
    const raw = JSON.stringify({ format: 'multi-vector-save', version: 1, scenarioId: id, scenarioHash: '0123456789abcdef', seed: 1, log: [], hashes: ['0123456789abcdef'], branches: [{ id: 'main', name: 'x', parentId: null, forkTurn: 0, log: [], hashes: ['0123456789abcdef'] }], branchId: 'main' });
    const other = startActor({ storage: memoryStorage({ autosave: raw }) });
    other.actor.send({ type: 'CONTINUE' });
    expect(other.ctx().error).not.toBeNull();
    expect(other.actor.getSnapshot().status).toBe('active');
    other.actor.send({ type: 'DISMISS_ERROR' });
    begin(other.actor);
    actor.send({ type: 'DISMISS_ERROR' });
    begin(actor);
  });
});
