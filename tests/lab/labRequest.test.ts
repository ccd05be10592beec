// The lab form's checks: seeds are a whole number within the cap, lines are distinct known strategies, and your own
// line needs played turns and a turn within them; each problem is a code with the numbers its message needs.
import { describe, expect, it } from 'vitest';
import { checkLines, parseSeeds } from '../../src/lab/labRequest';
import { MAX_LAB_SEEDS } from '../../src/lab/labRun';

describe('the lab form', () => {
  it('reads the seeds as a whole number from 1 to the cap', () => {
    expect(parseSeeds(' 200 ')).toEqual({ ok: true, value: 200 });
    expect(parseSeeds('1 000')).toEqual({ ok: true, value: 1000 });
    expect(parseSeeds('0')).toEqual({ ok: false, error: { code: 'seedsTooFew' } });
    expect(parseSeeds(String(MAX_LAB_SEEDS + 1))).toEqual({ ok: false, error: { code: 'seedsTooMany', max: MAX_LAB_SEEDS } });
    expect(parseSeeds('1e9')).toEqual({ ok: false, error: { code: 'seedsNotNumber' } });
    for (const bad of ['', '-5', '2.5', 'lots', '99999999999999999999999']) expect(parseSeeds(bad).ok, bad).toBe(false);
  });

  it('refuses no lines, too many, twins, unknown strategies, and your line without turns or past them', () => {
    const s = (strategy: string) => ({ kind: 'strategy' as const, strategy });
    expect(checkLines([s('historical'), s('balanced')], {})).toEqual([]);
    expect(checkLines([], {})).toEqual([{ code: 'noLines' }]);
    expect(checkLines([s('none'), s('random'), s('turkic'), s('balanced'), s('historical')], {})).toEqual([{ code: 'tooManyLines', max: 4 }]);
    expect(checkLines([s('turkic'), s('turkic')], {})).toEqual([{ code: 'sameLines' }]);
    expect(checkLines([s('<img src=x>')], {})).toEqual([{ code: 'unknownStrategy', name: '<img src=x>' }]);
    const mine = (fromTurn: number, branchId = 'b1') => ({ kind: 'mine' as const, branchId, fromTurn, strategy: 'balanced' });
    expect(checkLines([mine(2)], {})).toEqual([{ code: 'noBranches' }]);
    expect(checkLines([mine(2, 'b9')], { b1: 5 })).toEqual([{ code: 'noTurns' }]);
    expect(checkLines([mine(2)], { b1: 0 })).toEqual([{ code: 'noTurns' }]);
    expect(checkLines([mine(6)], { b1: 5 })).toEqual([{ code: 'turnRange', max: 5 }]);
    expect(checkLines([mine(0)], { b1: 5 })).toEqual([{ code: 'turnRange', max: 5 }]);
    expect(checkLines([mine(5), mine(4)], { b1: 5 })).toEqual([]);
  });
});
