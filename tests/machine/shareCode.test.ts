// Share codes: a game travels as a short URL-safe string and comes back identical; damaged codes are refused clearly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/sim/hash';
import { MAX_SHARE_CODE_LENGTH, parseShareCode, shareCode } from '../../src/machine/index';
import { ByteWriter, fnv1a32, toBase64Url } from '../../src/machine/bytes';
import { begin, playTurn, playTurns, shortScenario, startActor, words } from './fixture';

/** A game three turns in (with the summit answered) and its share code. */
function sharedGame() {
  const session = startActor({ scenarios: [shortScenario()] });
  begin(session.actor, 'short-test', 1234567);
  playTurns(session.actor, 2, { take: 2, option: 1 });
  return { ...session, code: shareCode(session.ctx()) };
}

/** A code with a valid checksum around arbitrary body bytes (what a deliberate forger could make). */
function forge(write: (w: ByteWriter) => void): string {
  const w = new ByteWriter();
  write(w);
  const body = w.bytes();
  const tail = new ByteWriter();
  tail.u32(fnv1a32(body));
  return toBase64Url(Uint8Array.from([...body, ...tail.bytes()]));
}

describe('share codes', () => {
  it('are compact and URL-safe and replay to the identical game', () => {
    const { code, ctx } = sharedGame();
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(400);
    expect(encodeURIComponent(code)).toBe(code);
    const parsed = parseShareCode(code);
    expect(parsed).toEqual({ ok: true, value: expect.objectContaining({ scenarioId: 'short-test', seed: 1234567, log: ctx().log }) });

    const teacher = startActor({ scenarios: [shortScenario()] });
    teacher.actor.send({ type: 'LOAD_CODE', code });
    expect(teacher.ctx().error).toBeNull();
    expect(teacher.state()).toBe('briefing');
    expect(stateHash(teacher.ctx().world!)).toBe(stateHash(ctx().world!));
    expect(teacher.ctx().hashes).toEqual(ctx().hashes);
  });

  it('carry a finished game into the debrief', () => {
    const { actor, ctx } = sharedGame();
    playTurns(actor, 1);
    const teacher = startActor({ scenarios: [shortScenario()] });
    teacher.actor.send({ type: 'LOAD_CODE', code: `  ${shareCode(ctx())}\n` });
    expect(teacher.state()).toBe('debrief');
  });

  const refusals: [string, (code: string) => string, RegExp][] = [
    ['empty', () => '   ', /empty/],
    ['too long', () => 'A'.repeat(MAX_SHARE_CODE_LENGTH + 1), /too long/],
    ['with foreign characters', (c) => `${c.slice(0, 5)}+/${c.slice(5)}`, /character .* position 6/],
    ['truncated', (c) => c.slice(0, c.length - 7), /incomplete or damaged|checksum/],
    ['with one character changed', (c) => c.slice(0, 10) + (c[10] === 'A' ? 'B' : 'A') + c.slice(11), /checksum/],
    ['from a newer version', () => forge((w) => (w.varint(2), w.text('a future layout'))), /newer version/],
    ['ending inside a field', () => forge((w) => (w.varint(1), w.text('short-test'))), /damaged: it ends too early/],
    ['with an id index out of range', () => forge((w) => {
      w.varint(1); w.text('short-test'); w.u32(0); w.u32(1); w.varint(0); w.varint(1); w.varint(1); w.varint(0);
    }), /damaged: a count is out of range/],
  ];

  it.each(refusals)('refuse a code that is %s with a clear message', (_name, spoil, message) => {
    const { code, actor, ctx, state } = sharedGame();
    playTurn(actor);
    const hash = stateHash(ctx().world!);
    actor.send({ type: 'LOAD_CODE', code: spoil(code) });
    expect(words(ctx().error)).toMatch(message);
    expect(state()).toBe('report');
    expect(stateHash(ctx().world!)).toBe(hash);
  });

  it('refuse a code for a scenario that is not loaded or has changed', () => {
    const { code } = sharedGame();
    const stranger = startActor();
    stranger.actor.send({ type: 'LOAD_CODE', code });
    expect(words(stranger.ctx().error)).toMatch(/"short-test", which is not loaded/);
    const changed = startActor({ scenarios: [{ ...shortScenario(), turns: 4 }] });
    changed.actor.send({ type: 'LOAD_CODE', code });
    expect(words(changed.ctx().error)).toMatch(/differs from the one this code was made with/);
    expect(changed.state()).toBe('menu');
  });

  it('refuse a well-formed code whose decisions the rules do not allow, naming the turn', () => {
    const s = shortScenario();
    const code = shareCode({ scenario: s, seed: 5, log: [{ turn: 0, actions: ['buy-the-moon'], choices: [] }] });
    const { actor, ctx, state } = startActor({ scenarios: [s] });
    actor.send({ type: 'LOAD_CODE', code });
    expect(words(ctx().error)).toMatch(/does not replay.*turn 1 \(2022-H2\).*buy-the-moon/);
    expect(state()).toBe('menu');
    expect(ctx().world).toBeNull();
  });

  it('never throw on arbitrary text or on mutated codes', () => {
    const { code } = sharedGame();
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
      expect(typeof parseShareCode(text).ok).toBe('boolean');
    }), { numRuns: 300 });
    fc.assert(fc.property(fc.nat(code.length - 1), fc.constantFrom(...'AZaz09-_'), (at, ch) => {
      const result = parseShareCode(code.slice(0, at) + ch + code.slice(at + 1));
      if (!result.ok) expect(result.error.code).toMatch(/^code/);
    }), { numRuns: 300 });
    expect(parseShareCode(undefined)).toEqual({ ok: false, error: { code: 'codeEmpty' } });
  });
});
