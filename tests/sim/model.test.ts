// Model v2 mechanisms: disruptions cost what the 2022 episodes cost, built routes fill, repeats fade, growth terms add up.
import { describe, expect, it } from 'vitest';
import type { Rules } from '../../src/sim/content';
import { closeTurn, repeatScale, resolveTurn } from '../../src/sim/turn';
import { GROWTH_TERMS, type World } from '../../src/sim/world';
import { oilViaRussiaShare, usableCapacity } from '../../src/sim/model/oil';
import { rulesFor, scenario, world } from '../fixtures/game';
import { builtinStrategy } from '../../src/strategies/builtin';
import { playGame } from '../../src/strategies/play';
import { at } from '../../src/sim/indexing';

/** The baseline rules with no events and no powers' moves: the model alone. */
const quiet = (): Rules => ({ ...rulesFor(), events: {}, powerRules: [], scheduledEvents: [] });

/** Half-year growth within 0–8% a year, never swinging by more than 3 points from one turn to the next. */
function expectSteadyGrowth(g: readonly number[]): void {
  for (const x of g) {
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThanOrEqual(8);
  }
  for (let i = 1; i < g.length; i++) expect(Math.abs(at(g, i) - at(g, i - 1))).toBeLessThanOrEqual(3);
}

/** Plays `n` turns with the given actions on the first. */
function play(rules: Rules, w: World, n: number, first: string[] = []): World[] {
  const out: World[] = [];
  for (let i = 0; i < n; i++) {
    w = closeTurn(rules, resolveTurn(rules, w, i === 0 ? first : []));
    out.push(w);
  }
  return out;
}

describe('disruptions', () => {
  it('lose their share of capacity only for the days they last', () => {
    const route = { capacityMt: 53, status: 'disrupted' as const, lossShare: 0.3, disruptedDays: 45 };
    expect(usableCapacity({ ...route } as never, 182.5)).toBeCloseTo(53 * (1 - 0.3 * 45 / 182.5), 6);
    expect(usableCapacity({ ...route, disruptedDays: 400 } as never, 182.5)).toBeCloseTo(53 * 0.7, 6);
  });

  it('a 45-day storm at 30% of CPC costs about 0.1–0.5% of a year’s GDP, and the level comes back when it ends (FACTS CPC3)', () => {
    const rules = quiet();
    const calm = play(rules, world(1), 3);
    const hit = play(rules, world(1, (d) => {
      d.oil.routes.cpc.status = 'disrupted';
      d.oil.routes.cpc.lossShare = 0.3;
      d.oil.routes.cpc.disruptedDays = 45;
    }), 3);
    const halfYearLoss = 1 - at(hit, 0).economy.gdpUsdBn / at(calm, 0).economy.gdpUsdBn; // GDP of the half-year the storm hit
    const annualCost = halfYearLoss / 2;
    expect(annualCost).toBeGreaterThan(0.001);
    expect(annualCost).toBeLessThan(0.005);
    expect(at(hit, 0).oil.routes.cpc.status).toBe('open');
    const later = 1 - at(hit, 2).economy.gdpUsdBn / at(calm, 2).economy.gdpUsdBn;
    expect(Math.abs(later)).toBeLessThan(halfYearLoss / 2); // no permanent level loss from a passing shock
  });
});

describe('routes', () => {
  it('a built route fills over a few turns without any disruption', () => {
    const rules = quiet();
    const w = world(1, (d) => {
      d.oil.routes.btc.capacityMt += 3;
      d.oil.routes.btc.contractMt = d.oil.routes.btc.capacityMt;
    });
    const before = w.oil.routes.btc.flowMt;
    const turns = play(rules, w, 3);
    expect(turns.every((t) => t.oil.routes.cpc.status === 'open')).toBe(true);
    expect(at(turns, 0).oil.routes.btc.flowMt).toBeGreaterThan(before + 1);
    expect(at(turns, 2).oil.routes.btc.flowMt).toBeGreaterThan(before + 2.5);
    expect(at(turns, 2).oil.shutInMt).toBeLessThan(0.01);
  });

  it('the BTC deal (an action) moves oil off CPC within three turns', () => {
    const rules = quiet();
    const turns = play(rules, world(1), 4, ['btc-volume-agreement']);
    const start = world(1).oil.routes;
    expect(at(turns, 3).oil.routes.btc.contractMt).toBeCloseTo(1.5, 6);
    expect(at(turns, 3).oil.routes.btc.flowMt).toBeGreaterThan(Math.max(start.btc.flowMt, 1.5) - 0.01);
    expect(at(turns, 3).oil.routes.cpc.flowMt).toBeLessThanOrEqual(start.cpc.flowMt);
  });

  it('with no action, CPC carries 75–85% of exported oil', () => {
    const rules = quiet();
    const turns = play(rules, world(1), 8);
    const shares = turns.map((t) => t.oil.routes.cpc.flowMt / t.oil.exportsMt);
    const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
    expect(mean).toBeGreaterThanOrEqual(0.75);
    expect(mean).toBeLessThanOrEqual(0.85);
    expect(oilViaRussiaShare(at(turns, 7))).toBeGreaterThan(0.9);
  });
});

describe('repeated actions', () => {
  it('have diminishing effect: each repeat lands two thirds of the last', () => {
    const rules = quiet();
    let w = world(1);
    const gains: number[] = [];
    for (let i = 0; i < 3; i++) {
      const before = w.society.stability;
      const r = resolveTurn(rules, w, ['social-spending-package']);
      const entry = r.ledger.filter((e) => e.turn === w.turn && e.path === 'society.stability' && e.cause.kind === 'action' && e.cause.id === 'social-spending-package');
      gains.push(entry.reduce((s, e) => s + (e.after as number) - (e.before as number), 0));
      expect(before).toBeDefined();
      w = closeTurn(rules, r);
    }
    expect(at(gains, 1)).toBeCloseTo(at(gains, 0) * (2 / 3), 6);
    expect(at(gains, 2)).toBeCloseTo(at(gains, 0) * (4 / 9), 6);
    expect(repeatScale(w, 'social-spending-package')).toBeCloseTo(8 / 27, 6);
  });
});

describe('GDP growth', () => {
  it('each term is its own cause in the ledger and the terms add up to the change', () => {
    const rules = quiet();
    const w0 = world(1);
    const w1 = resolveTurn(rules, w0, []);
    const entries = w1.ledger.filter((e) => e.turn === 0 && e.path === 'economy.growthPct');
    const causes = new Set(entries.map((e) => (e.cause.kind === 'model' ? `model:${e.cause.id}:${e.cause.term ?? ''}` : '')));
    for (const t of GROWTH_TERMS) if (w1.economy.growthTerms[t] !== w0.economy.growthTerms[t]) expect(causes.has(`model:growth:${t}`)).toBe(true);
    const sum = entries.reduce((s, e) => s + (e.after as number) - (e.before as number), 0);
    expect(sum).toBeCloseTo(w1.economy.growthPct - w0.economy.growthPct, 9);
    const terms = GROWTH_TERMS.reduce((s, t) => s + w1.economy.growthTerms[t], 0);
    expect(w1.economy.growthPct).toBeCloseTo(terms, 9);
    const gdp = w1.ledger.filter((e) => e.turn === 0 && e.path === 'economy.gdpUsdBn');
    expect(gdp.reduce((s, e) => s + (e.after as number) - (e.before as number), 0)).toBeCloseTo(w1.economy.gdpUsdBn - w0.economy.gdpUsdBn, 9);
    expect(w1.ledger.some((e) => e.path === 'economy.yardstickGdpUsdBn' && e.cause.kind === 'model' && e.cause.id === 'yardstick')).toBe(true);
  });

  it('under the quiet model, half-year growth stays within 0–8% and swings by at most 3 points', () => {
    const turns = play(quiet(), world(1), 12);
    const g = turns.map((t) => t.economy.growthPct);
    expectSteadyGrowth(g);
  });
});

describe('the historical line with no shock event', () => {
  it('keeps half-year growth within 0–8% with swings of at most 3 points', () => {
    const rules = quiet();
    const strategy = builtinStrategy('historical', 1)!;
    const g = playGame(rules, scenario(), 1, strategy).world.history.map((h) => h.indicators.gdpGrowthPct);
    expect(g.length).toBeGreaterThan(10);
    expectSteadyGrowth(g);
  });
});

describe('secondary sanctions', () => {
  it('bite: tolerating re-exports raises sanctions pressure, which cuts Western investment and growth', () => {
    const rules = quiet();
    const turns = play(rules, world(1, (d) => { d.gauges.westConcern = 75; d.flags.reexportTolerance = 1; }), 4);
    const calm = play(rules, world(1), 4);
    expect(at(turns, 3).economy.sanctionsPressure).toBeGreaterThan(20);
    expect(at(turns, 3).economy.investmentUsdBn.eu).toBeLessThan(at(calm, 3).economy.investmentUsdBn.eu * 0.8);
    expect(at(turns, 3).economy.gdpUsdBn).toBeLessThan(at(calm, 3).economy.gdpUsdBn);
  });
});
