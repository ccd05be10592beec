// Invariants over thousands of random games: finite numbers, shares that sum to 1, gauges in range, a complete ledger.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorld, indicators } from '../../src/sim';
import { PARTNER_IDS, SUPPLIER_IDS } from '../../src/sim/ids';
import { armsShare } from '../../src/sim/model/gauges';
import { importShare } from '../../src/sim/model/trade';
import { getAt, leafPaths, rangeOf } from '../../src/sim/paths';
import type { World } from '../../src/sim/world';
import { playGame } from '../../src/strategies/play';
import { randomStrategy } from '../../src/strategies/strategy';
import { baselineData } from '../fixtures/baselineData';
import { rulesFor } from '../fixtures/game';

const rules = rulesFor();
const LEDGER_EXEMPT = /^(turn|rng\.|baseline\.|firedEvents\.|ruleCooldowns\.|taken\.|takenCount\.|calendar\.|economy\.oilPricePath\.|outcome\.|current\.)/; // engine bookkeeping, not indicators

/** Every number anywhere in the world, with its path. */
function numbers(node: unknown, path = '', out: [string, number][] = []): [string, number][] {
  if (typeof node === 'number') out.push([path, node]);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) numbers(v, path ? `${path}.${k}` : k, out);
  return out;
}

const sum = (r: Record<string, number>) => Object.values(r).reduce((s, v) => s + v, 0);

/** What breaks an invariant in a finished game, in words (empty when every invariant holds). */
function brokenInvariants(start: World, end: World): string[] {
  const broken: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) broken.push(what);
  };
  for (const [path, v] of numbers(end)) check(Number.isFinite(v), `${path} = ${v}`);
  for (const h of end.history) {
    const i = h.indicators;
    check(Math.abs(sum(i.armsBySupplierShare) - 1) < 0.005, `turn ${h.turn}: arms shares sum to ${sum(i.armsBySupplierShare)}`);
    const imports = ['russia', 'china', 'eu'] as const;
    check(imports.every((p) => i.importShare[p] >= 0 && i.importShare[p] <= 1), `turn ${h.turn}: an import share outside 0..1`);
    check(Math.abs(sum(i.oilByRouteMt) - i.oilExportsMt) < 0.005, `turn ${h.turn}: route flows ${sum(i.oilByRouteMt)} ≠ exports ${i.oilExportsMt}`);
  }
  check(Math.abs(PARTNER_IDS.reduce((s, p) => s + importShare(end, p), 0) - 1) < 1e-9, 'import shares do not sum to 1');
  check(Math.abs(SUPPLIER_IDS.reduce((s, id) => s + armsShare(end, id), 0) - 1) < 1e-9, 'arms shares do not sum to 1');
  for (const path of leafPaths(end)) {
    const v = getAt(end, path);
    if (typeof v !== 'number' || LEDGER_EXEMPT.test(path)) continue;
    const [lo, hi] = rangeOf(path);
    check(v >= lo - 1e-9 && v <= hi + 1e-9, `${path} = ${v} outside [${lo}, ${hi}]`);
  }
  // The ledger accounts for every change: replaying its entries from the start reproduces the end.
  const seen = new Map<string, unknown>();
  for (const e of end.ledger) {
    const prev = seen.has(e.path) ? seen.get(e.path) : getAt(start, e.path);
    check(e.before === prev, `ledger chain broken at ${e.path}: ${String(e.before)} after ${String(prev)}`);
    seen.set(e.path, e.after);
  }
  for (const path of leafPaths(end)) {
    if (LEDGER_EXEMPT.test(path)) continue;
    const expected = seen.has(path) ? seen.get(path) : getAt(start, path);
    check(getAt(end, path) === expected, `${path} changed outside the ledger`);
  }
  return broken;
}

describe('random games', () => {
  it('keep every invariant over 1,000 games', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.integer({ min: 1, max: 17 }), (seed, strategySeed, turns) => {
        const start = createWorld(baselineData, seed);
        const { world } = playGame(rules, baselineData, seed, randomStrategy(strategySeed), turns);
        expect(brokenInvariants(start, world)).toEqual([]);
        expect(indicators(world).pillars.stability).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  }, 600_000); // a generous limit: a busy 2-core machine runs this several times slower
});
