// The engine's shortcuts give what the plain definitions give: route order, shared turn-0 worlds, structural sharing.
import { describe, expect, it } from 'vitest';
import { createWorld, stateHash } from '../../src/sim';
import { createBatchWorld, resolveInPlace } from '../../src/sim/batch';
import { ROUTE_IDS } from '../../src/sim/ids';
import { netback, routesByNetback } from '../../src/sim/model/oil';
import { produceWorld } from '../../src/sim/step';
import { playBatchGame } from '../../src/strategies/play';
import { randomStrategy } from '../../src/strategies/strategy';
import { baselineData } from '../fixtures/baselineData';
import { rulesFor } from '../fixtures/game';

const rules = rulesFor();

describe('the engine', () => {
  it('orders routes by netback exactly as a stable sort does, through random games and on ties', () => {
    for (let seed = 0; seed < 17; seed++) {
      const w = playBatchGame(rules, baselineData, seed, randomStrategy(seed), seed + 1).world;
      const sorted = [...ROUTE_IDS].sort((a, b) => netback(w, b) - netback(w, a));
      expect(routesByNetback(w)).toEqual(sorted);
    }
    // equal netbacks (Samara's price discount offset by a cheaper tariff) keep the fixed route order
    const even = produceWorld(createWorld(baselineData, 1), (d) => {
      for (const id of ROUTE_IDS) {
        d.oil.routes[id].costUsdPerT = id === 'samara' ? 10 : 20;
        d.oil.routes[id].transit = 'Elsewhere';
        d.oil.routes[id].riskUsdPerT = 0;
      }
    });
    for (const id of ROUTE_IDS) expect(netback(even, id)).toBe(netback(even, 'cpc'));
    expect(routesByNetback(even)).toEqual([...ROUTE_IDS]);
  });

  it('starts batch games from the same world as createWorld, each with its own private copy', () => {
    for (const seed of [1, 7, 123456]) expect(stateHash(createBatchWorld(baselineData, seed))).toBe(stateHash(createWorld(baselineData, seed)));
    const a = createBatchWorld(baselineData, 5);
    const b = createBatchWorld(baselineData, 5);
    resolveInPlace(rules, a, ['btc-volume-agreement']);
    expect(a.oil.routes.btc).not.toBe(b.oil.routes.btc);
    expect(stateHash(b)).toBe(stateHash(createWorld(baselineData, 5)));
    expect(stateHash(createBatchWorld(baselineData, 5))).toBe(stateHash(createWorld(baselineData, 5)));
  });

  it('shares every part a change leaves alone, and returns the same world when nothing changes', () => {
    const w = createWorld(baselineData, 3);
    expect(produceWorld(w, () => {})).toBe(w);
    const next = produceWorld(w, (d) => {
      d.oil.routes.btc.capacityMt += 1;
    });
    expect(next.oil.routes.btc.capacityMt).toBe(w.oil.routes.btc.capacityMt + 1);
    expect(next.oil.routes.cpc).toBe(w.oil.routes.cpc);
    expect(next.economy).toBe(w.economy);
    expect(next.powers).toBe(w.powers);
    expect(next.oil).not.toBe(w.oil);
    expect(Object.isFrozen(next.oil.routes.btc)).toBe(true);
    expect(w.oil.routes.btc.capacityMt).toBe(createWorld(baselineData, 3).oil.routes.btc.capacityMt);
  });
});
