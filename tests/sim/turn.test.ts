// The turn pipeline as a player experiences it: actions cost, routes fill, disruptions bite, the game ends.
import { describe, expect, it } from 'vitest';
import { checkSelection, chooseOption, closeTurn, indicators, resolveTurn, stateHash, turnDate } from '../../src/sim';
import { sameCause } from '../../src/sim/causes';
import { refusalWords } from '../../src/ui/refusalWords';
import { playGame } from '../../src/strategies/play';
import { priorityStrategy } from '../../src/strategies/strategy';
import { baselineData } from '../fixtures/baselineData';
import { firstOptionId, rulesFor, world } from '../fixtures/game';
import { at, entry } from '../../src/sim/indexing';

const rules = rulesFor();
const firstAffordable = (w = world()) => Object.keys(rules.actions).sort().find((id) => checkSelection(rules, w, [], id).ok)!;

describe('a turn', () => {
  it('starts in 2022-H2 with about 80% of oil exports going through CPC', () => {
    const w = world();
    const i = indicators(w);
    expect(turnDate(w, 0)).toBe('2022-H2');
    expect(turnDate(w, 3)).toBe('2024-H1');
    expect(i.oilByRouteMt.cpc / i.oilExportsMt).toBeGreaterThan(0.75);
    expect(i.oilByRouteMt.cpc / i.oilExportsMt).toBeLessThan(0.9);
  });

  it('keeps about 80% of oil in CPC over a game without player action when CPC stays open', () => {
    let w = world(3, (d) => { d.oil.routes.cpc.costUsdPerT = 30; });
    const calm = { ...rules, events: {}, powerRules: [] };
    while (!w.outcome) w = closeTurn(calm, resolveTurn(calm, w, []));
    for (const h of w.history) expect(h.indicators.oilByRouteMt.cpc / h.indicators.oilExportsMt).toBeGreaterThan(0.7);
  });

  it('with no player action, CPC still carries about 80% of oil on average, halts included', () => {
    let sum = 0;
    let n = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const { world: end } = playGame(rules, baselineData, seed, priorityStrategy('none', [], []));
      for (const h of end.history) {
        sum += h.indicators.oilByRouteMt.cpc / h.indicators.oilExportsMt;
        n++;
      }
    }
    expect(sum / n).toBeGreaterThan(0.7);
    expect(sum / n).toBeLessThan(0.86);
  });

  it('charges an action to the budget and political capital and records why in the ledger', () => {
    const w = world();
    const id = firstAffordable(w);
    const action = entry(rules.actions, id);
    const next = resolveTurn({ ...rules, events: {}, powerRules: [] }, w, [id]);
    const spent = next.ledger.filter((e) => sameCause(e.cause, { kind: 'action', id }) && e.path === 'economy.budgetUsdBn');
    expect(spent).toHaveLength(action.costUsdBn > 0 ? 1 : 0);
    if (action.costUsdBn > 0) expect(at(spent, 0).before as number - (at(spent, 0).after as number)).toBeCloseTo(action.costUsdBn);
    expect(next.current.actions).toEqual([id]);
  });

  it('refuses an action the budget cannot pay for, saying so', () => {
    const w = world(1, (d) => { d.economy.budgetUsdBn = 0; });
    const id = Object.keys(rules.actions).find((a) => entry(rules.actions, a).costUsdBn > 0)!;
    const check = checkSelection(rules, w, [], id);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.code).toBe('budget');
      expect(refusalWords(check, rules)).toMatch(/budget/i);
    }
  });

  it('refuses more actions than the per-turn limit', () => {
    const w = world(1, (d) => { d.politics.actionLimit = 1; d.economy.budgetUsdBn = 100; d.politics.capital = 100; });
    const [a = '', b = ''] = Object.keys(rules.actions).filter((id) => checkSelection(rules, w, [], id).ok);
    const check = checkSelection(rules, w, [a], b);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.code).toBe('limit');
  });

  it('cuts CPC flows when CPC is disrupted and restores them after', () => {
    const calm = { ...rules, events: {}, powerRules: [] };
    const w = world(1, (d) => { d.oil.routes.cpc.status = 'disrupted'; d.oil.routes.cpc.lossShare = 0.5; d.oil.routes.cpc.disruptedDays = 182; });
    const hit = resolveTurn(calm, w, []);
    expect(hit.oil.routes.cpc.flowMt).toBeLessThan(w.oil.routes.cpc.flowMt * 0.55);
    expect(hit.oil.shutInMt).toBeGreaterThan(0);
    expect(hit.oil.routes.cpc.status).toBe('open');
    const after = resolveTurn(calm, closeTurn(calm, hit), []);
    expect(after.oil.routes.cpc.flowMt).toBeGreaterThan(50);
  });

  it('a transit ban moves oil to other routes and shuts in the rest, hurting revenue', () => {
    const calm = { ...rules, events: {}, powerRules: [] };
    const open = resolveTurn(calm, world(), []);
    const banned = resolveTurn(calm, world(1, (d) => { d.oil.routes.cpc.status = 'banned'; d.oil.routes.samara.status = 'banned'; }), []);
    expect(banned.oil.routes.cpc.flowMt).toBe(0);
    expect(banned.oil.shutInMt).toBeGreaterThan(40);
    expect(banned.economy.growthPct).toBeLessThan(open.economy.growthPct);
    expect(banned.economy.nationalFundUsdBn).toBeLessThan(open.economy.nationalFundUsdBn);
  });

  it('waits for every pending choice before the turn can close', () => {
    let w = world(7);
    for (let i = 0; i < 20 && !w.outcome; i++) {
      w = resolveTurn(rules, w, []);
      if (w.pending.length) {
        const held = closeTurn(rules, w);
        expect(held).toBe(w);
        const p = at(w.pending, 0);
        w = chooseOption(rules, w, p.eventId, firstOptionId(rules, p.eventId));
        while (w.pending.length) w = chooseOption(rules, w, at(w.pending, 0).eventId, firstOptionId(rules, at(w.pending, 0).eventId));
        w = closeTurn(rules, w);
        expect(w.history.at(-1)!.choices.length).toBeGreaterThan(0);
        return;
      }
      w = closeTurn(rules, w);
    }
    throw new Error('no event with a choice in 20 turns');
  });

  it('ends after the scenario\'s last turn with a named ending', () => {
    let w = world(2);
    while (!w.outcome) {
      w = resolveTurn(rules, w, []);
      while (w.pending.length) w = chooseOption(rules, w, at(w.pending, 0).eventId, firstOptionId(rules, at(w.pending, 0).eventId));
      w = closeTurn(rules, w);
    }
    expect(w.history.length).toBeLessThanOrEqual(17);
    expect(w.outcome.ending).toMatch(/^(balancedBridge|russianOrbit|chineseOrbit|westernPivot|collapse|muddlingThrough)$/);
    expect(stateHash(w)).toMatch(/^[0-9a-f]{16}$/);
  });
});
