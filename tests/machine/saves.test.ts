// Saves: autosave each turn, named slots, load round-trips to the same hash, and every kind of broken save refused.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stateHash } from '../../src/sim/hash';
import { AUTOSAVE_KEY, autosaveInfo, browserStorage, listSlots, memoryStorage, SAVE_FORMAT } from '../../src/machine/index';
import { begin, playTurn, playTurns, scenario, shortScenario, startActor, words } from './fixture';
import { at } from '../../src/sim/indexing';

/** A game two turns in, saved in slot "alpha", and a second actor on the same storage. */
function savedGame() {
  const first = startActor();
  begin(first.actor);
  playTurns(first.actor, 2, { take: 2 });
  first.actor.send({ type: 'SAVE_SLOT', slot: 'alpha' });
  expect(first.ctx().error).toBeNull();
  return first;
}

describe('autosave and continue', () => {
  it('autosaves at the start of every turn and continues to an identical game', () => {
    const first = startActor();
    begin(first.actor);
    expect(autosaveInfo(first.storage)).toMatchObject({ ok: true, turns: 0, date: '2022-H2' });
    playTurns(first.actor, 3, { take: 2, option: 1 });
    expect(autosaveInfo(first.storage)).toMatchObject({ ok: true, turns: 3 });
    const hash = stateHash(first.ctx().world!);

    const second = startActor({ storage: first.storage });
    second.actor.send({ type: 'CONTINUE' });
    expect(second.state()).toBe('briefing');
    expect(stateHash(second.ctx().world!)).toBe(hash);
    expect(second.ctx().log).toEqual(first.ctx().log);
    expect(second.ctx().hashes).toEqual(first.ctx().hashes);
    playTurn(second.actor);
  });

  it('says there is nothing to continue when there is no autosave', () => {
    const { actor, ctx, state } = startActor();
    actor.send({ type: 'CONTINUE' });
    expect(state()).toBe('menu');
    expect(words(ctx().error)).toMatch(/no autosaved game/);
  });

  it('continues a finished game into its debrief', () => {
    const first = startActor({ scenarios: [shortScenario()] });
    begin(first.actor, 'short-test');
    playTurns(first.actor, 3);
    expect(first.state()).toBe('debrief');
    const second = startActor({ scenarios: [shortScenario()], storage: first.storage });
    second.actor.send({ type: 'CONTINUE' });
    expect(second.state()).toBe('debrief');
    expect(second.ctx().world!.outcome).toEqual(first.ctx().world!.outcome);
  });
});

describe('named slots', () => {
  it('saves to a slot, lists it, and loads it into another session with the same hash', () => {
    const first = savedGame();
    expect(listSlots(first.storage)).toEqual([{ slot: 'alpha', ok: true, scenarioId: 'baseline-2022', date: '2023-H2', turns: 2, branches: 1, origin: 'own' }]);
    const second = startActor({ storage: first.storage });
    second.actor.send({ type: 'LOAD_SLOT', slot: 'alpha' });
    expect(second.state()).toBe('briefing');
    expect(stateHash(second.ctx().world!)).toBe(stateHash(first.ctx().world!));
  });

  it('deletes a slot and refuses slot names that are empty or too long', () => {
    const { actor, ctx, storage } = savedGame();
    actor.send({ type: 'SAVE_SLOT', slot: '   ' });
    expect(words(ctx().error)).toMatch(/name/);
    actor.send({ type: 'SAVE_SLOT', slot: 'x'.repeat(41) });
    expect(words(ctx().error)).toMatch(/at most 40/);
    actor.send({ type: 'DELETE_SLOT', slot: 'alpha' });
    expect(listSlots(storage)).toEqual([]);
    actor.send({ type: 'LOAD_SLOT', slot: 'alpha' });
    expect(words(ctx().error)).toMatch(/no save in the slot "alpha"/);
  });

  it('refuses to save when no game is running', () => {
    const { actor, ctx } = startActor();
    actor.send({ type: 'SAVE_SLOT', slot: 'alpha' });
    expect(words(ctx().error)).toMatch(/no game to save/);
  });
});

describe('broken saves', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test edits raw JSON of any shape
  const edit = (raw: string, change: (save: Record<string, any>) => void) => {
    const save = JSON.parse(raw);
    change(save);
    return JSON.stringify(save);
  };
  const breakages: [string, (raw: string) => string, RegExp][] = [
    ['truncated', (raw) => raw.slice(0, Math.floor(raw.length / 2)), /not valid JSON/],
    ['not a save', () => JSON.stringify({ hello: 'world' }), /not a Multi-Vector save/],
    ['from a newer version', (raw) => edit(raw, (s) => (s.version = 2)), /newer version of the game/],
    ['of an unknown version', (raw) => edit(raw, (s) => (s.version = 'beta')), /unknown format version/],
    ['missing its seed', (raw) => edit(raw, (s) => delete s.seed), /damaged: seed/],
    ['with a malformed log entry', (raw) => edit(raw, (s) => (s.log[1].actions = 'all')), /damaged: log\[1\]\.actions/],
    ['for an unknown scenario', (raw) => edit(raw, (s) => (s.scenarioId = 'atlantis')), /"atlantis", which is not loaded/],
    ['for a changed scenario', (raw) => edit(raw, (s) => (s.scenarioHash = '0123456789abcdef')), /has changed since this save/],
    ['with an edited command', (raw) => edit(raw, (s) => {
      s.log[0].actions = ['no-such-action'];
      s.branches[0].log[0].actions = ['no-such-action'];
    }), /does not replay.*turn 1 \(2022-H2\).*no-such-action/],
    ['with an edited hash', (raw) => edit(raw, (s) => {
      s.hashes[2] = s.branches[0].hashes[2] = '00000000deadbeef';
    }), /turn 2 \(2023-H1\).*differs from the recorded one/],
    ['whose log disagrees with its branch', (raw) => edit(raw, (s) => s.log.pop()), /disagrees/],
  ];

  it.each(breakages)('refuses a save %s, keeps it untouched and keeps the current game', (_name, breakIt, message) => {
    const session = savedGame();
    const broken = breakIt(session.storage.getItem('slot:alpha')!);
    session.storage.setItem('slot:beta', broken);
    playTurn(session.actor);
    const hash = stateHash(session.ctx().world!);
    session.actor.send({ type: 'LOAD_SLOT', slot: 'beta' });
    expect(words(session.ctx().error)).toMatch(message);
    expect(session.state()).toBe('report');
    expect(stateHash(session.ctx().world!)).toBe(hash);
    expect(session.storage.getItem('slot:beta')).toBe(broken);
    session.actor.send({ type: 'DISMISS_ERROR' });
    expect(session.ctx().error).toBeNull();
  });

  it('refuses a broken autosave on Continue and leaves it in place', () => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: '{"format":"multi-vector-save","version":1,"log":[' });
    const { actor, ctx, state } = startActor({ storage });
    actor.send({ type: 'CONTINUE' });
    expect(state()).toBe('menu');
    expect(words(ctx().error)).toMatch(/damaged or incomplete/);
    expect(storage.getItem(AUTOSAVE_KEY)).toBe('{"format":"multi-vector-save","version":1,"log":[');
  });

  it('lists a damaged slot as damaged instead of failing the list', () => {
    const storage = memoryStorage({ 'slot:bad': 'garbage', 'slot:newer': JSON.stringify({ format: SAVE_FORMAT, version: 9 }) });
    const slots = listSlots(storage);
    expect(slots.map((s) => [s.slot, s.ok])).toEqual([['bad', false], ['newer', false]]);
    const newer = at(slots, 1);
    expect(words(newer.ok ? null : newer.error)).toMatch(/newer version/);
  });

  it('loads only into the scenario it was made with, even when another scenario has the same id', () => {
    const session = savedGame();
    const edited = scenario({ turns: 5 });
    const other = startActor({ scenarios: [edited], storage: session.storage });
    other.actor.send({ type: 'LOAD_SLOT', slot: 'alpha' });
    expect(words(other.ctx().error)).toMatch(/has changed/);
    expect(other.state()).toBe('menu');
  });
});

describe('storage full or unavailable', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the game running with saving off when writes fail', () => {
    const { actor, ctx, state } = startActor({ storage: memoryStorage({}, { failWrites: true }) });
    expect(ctx().saveStatus).toBe('off');
    begin(actor);
    playTurns(actor, 1);
    expect(state()).toBe('briefing');
    expect(ctx().saveStatus).toBe('off');
    actor.send({ type: 'SAVE_SLOT', slot: 'alpha' });
    expect(words(ctx().error)).toMatch(/not saved: this browser does not allow storage/);
  });

  it('turns saving off when localStorage throws on access (private mode) or on write (quota)', () => {
    vi.stubGlobal('localStorage', undefined);
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, get: () => { throw new Error('SecurityError'); } });
    const blocked = startActor({ storage: browserStorage() });
    expect(blocked.ctx().saveStatus).toBe('off');
    begin(blocked.actor);
    expect(listSlots(browserStorage())).toEqual([]);

    const full = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      get length() { return full.size; },
      key: (i: number) => [...full.keys()][i] ?? null,
      getItem: (k: string) => full.get(k) ?? null,
      setItem: () => { throw new DOMException('full', 'QuotaExceededError'); },
      removeItem: (k: string) => full.delete(k),
    });
    const quota = startActor({ storage: browserStorage() });
    expect(quota.ctx().saveStatus).toBe('off');
    begin(quota.actor);
    expect(quota.state()).toBe('briefing');
  });

  it('saves through localStorage under its own prefix when it works', () => {
    const data = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      get length() { return data.size; },
      key: (i: number) => [...data.keys()][i] ?? null,
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    });
    const { actor, ctx } = startActor({ storage: browserStorage() });
    expect(ctx().saveStatus).toBe('on');
    begin(actor);
    actor.send({ type: 'SAVE_SLOT', slot: 'mine' });
    expect([...data.keys()].sort()).toEqual(['multi-vector:autosave', 'multi-vector:slot:mine']);
    expect(listSlots(browserStorage()).map((s) => s.slot)).toEqual(['mine']);
  });
});
