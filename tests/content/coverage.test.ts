// The content is big and varied enough to play, cites real sources, and keeps the game's promise that no option is free.
import { describe, expect, it } from 'vitest';
import { baseContent, factById } from '../../src/content';
import { POWER_IDS, VECTOR_IDS } from '../../src/sim/ids';
import { addedTo } from './walk';
import { at } from '../../src/sim/indexing';

const { actions, events, powerRules } = baseContent;
const sentences = (text: string) => text.split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length;

describe('actions', () => {
  it('offer at least 24 actions, at least 3 in every vector', () => {
    expect(actions.length).toBeGreaterThanOrEqual(24);
    for (const v of VECTOR_IDS) expect(actions.filter((a) => a.vector === v).length, v).toBeGreaterThanOrEqual(3);
  });

  it('each do something: at least one effect now or on completion', () => {
    for (const a of actions) expect(a.effects.length + (a.completion?.length ?? 0), a.id).toBeGreaterThan(0);
  });

  it('delayed projects have completion effects and military purchases are orders with a delay', () => {
    for (const a of actions.filter((x) => x.delay > 0)) expect(a.completion?.length ?? 0, a.id).toBeGreaterThan(0);
    for (const a of actions.filter((x) => x.order)) expect(a.delay, a.id).toBeGreaterThan(0);
    const suppliers = new Set(actions.flatMap((a) => (a.order ? [a.order.supplier] : [])));
    for (const s of ['russia', 'china', 'west', 'turkey']) expect(suppliers.has(s as never), s).toBe(true);
  });

  it('cost what a half-year budget (~$2 bn) and the capital pool (0–100) can pay', () => {
    for (const a of actions) {
      expect(a.costUsdBn, a.id).toBeLessThanOrEqual(1.5);
      expect(a.capital, a.id).toBeGreaterThanOrEqual(5);
      expect(a.capital, a.id).toBeLessThanOrEqual(30);
      expect(a.delay, a.id).toBeLessThanOrEqual(4);
    }
  });

  it('explain themselves in one or two sentences, and say why when they have a precondition', () => {
    for (const a of actions) {
      expect(sentences(a.description.en), a.id).toBeLessThanOrEqual(2);
      if (a.requires) expect(a.requiresText?.en, a.id).toBeTruthy();
    }
  });

  it('raise Russian alarm whenever they step away from Moscow', () => {
    for (const a of actions.filter((x) => x.reactions.some((r) => r.power === 'russia' && r.relation < 0))) {
      const alarm = addedTo(a.effects, 'gauges.russiaAlarm') + addedTo(a.completion, 'gauges.russiaAlarm');
      expect(alarm, a.id).toBeGreaterThan(0);
    }
  });

  it('deepen dependence on China whenever they please Beijing a lot', () => {
    for (const a of actions.filter((x) => x.reactions.some((r) => r.power === 'china' && r.relation >= 5))) {
      const leverage = addedTo(a.effects, 'gauges.chinaLeverage') + addedTo(a.completion, 'gauges.chinaLeverage');
      expect(leverage, a.id).toBeGreaterThan(0);
    }
  });

  it('always provoke someone, or cost something besides money, or deepen a dependence', () => {
    for (const a of actions) {
      const downside =
        a.reactions.some((r) => r.relation < 0) ||
        addedTo(a.effects, 'gauges.russiaAlarm') > 0 ||
        addedTo(a.effects, 'gauges.chinaLeverage') > 0 ||
        addedTo(a.effects, 'gauges.westConcern') > 0 ||
        addedTo(a.effects, 'society.stability') < 0 ||
        addedTo(a.effects, 'economy.nationalFundUsdBn') < 0 ||
        addedTo(a.effects, 'trade.russia.importsUsdBn') > 0 ||
        addedTo(a.effects, 'society.russianMediaExposure') > 0 ||
        ['cpc', 'samara', 'rail'].some((r) => addedTo(a.completion, `oil.routes.${r}.capacityMt`) > 0); // more oil through Russia
      expect(downside, a.id).toBe(true);
    }
  });
});

describe('events', () => {
  it('number at least 25, with at least 12 offering 2–4 choices', () => {
    expect(events.length).toBeGreaterThanOrEqual(25);
    const withChoices = events.filter((e) => (e.options?.length ?? 0) >= 2 && (e.options?.length ?? 0) <= 4);
    expect(withChoices.length).toBeGreaterThanOrEqual(12);
  });

  it('include the four 2022 CPC disruptions, each disrupting the CPC route', () => {
    for (const fact of ['CPC3', 'CPC4', 'CPC5', 'CPC6']) {
      const e = events.find((x) => x.facts?.includes(fact));
      expect(e, fact).toBeDefined();
      expect(e!.effects.some((x) => x.op === 'set' && x.path === 'oil.routes.cpc.status' && x.value === 'disrupted'), fact).toBe(true);
    }
  });

  it('make the court halt likelier only when Russia is alarmed', () => {
    const court = events.find((e) => e.facts?.includes('CPC5'))!;
    expect(JSON.stringify(court.when)).toContain('gauges.russiaAlarm');
  });

  it('state the trade-off of every option in at most two sentences', () => {
    for (const e of events) for (const o of e.options ?? []) {
      expect(o.description.en.length, `${e.id}/${o.id}`).toBeGreaterThan(20);
      expect(sentences(o.description.en), `${e.id}/${o.id}`).toBeLessThanOrEqual(2);
    }
  });
});

describe('power rules', () => {
  it("give Russia a full ladder: warning, CPC halt, trade restrictions, media campaign, transit ban", () => {
    const steps = new Set(powerRules.filter((r) => r.power === 'russia' && r.kind === 'hostile').map((r) => r.step));
    expect([...steps].sort()).toEqual([1, 2, 3, 4, 5]);
    const ban = powerRules.find((r) => r.power === 'russia' && r.step === 5)!;
    expect(ban.effects.filter((e) => e.op === 'set' && e.value === 'banned').map((e) => e.path).sort()).toEqual(['oil.routes.cpc.status', 'oil.routes.samara.status']);
  });

  it('climb with Russian alarm: higher rungs need more alarm', () => {
    const threshold = (step: number) => {
      const rule = powerRules.find((r) => r.power === 'russia' && r.kind === 'hostile' && r.step === step)!;
      const m = JSON.stringify(rule.when).match(/"gauges\.russiaAlarm","gte":(\d+)/);
      return Number(m?.[1]);
    };
    const t = [1, 2, 3, 4, 5].map(threshold);
    expect(t.every((x, i) => i === 0 || x > at(t, i - 1)), t.join(' < ')).toBe(true);
  });

  it('let every power both offer and threaten, and give a reason for each move', () => {
    for (const p of POWER_IDS) {
      expect(powerRules.some((r) => r.power === p && r.kind === 'friendly'), `${p} friendly`).toBe(true);
      expect(powerRules.some((r) => r.power === p && r.kind === 'hostile'), `${p} hostile`).toBe(true);
    }
    for (const r of powerRules) {
      expect(r.reason.en.length, r.id).toBeGreaterThan(30);
      expect(r.kind === 'hostile' ? r.step >= 1 : r.step === 0, r.id).toBe(true);
    }
  });

  it('have a way back: a ban can be lifted', () => {
    const lift = powerRules.filter((r) => r.kind === 'friendly' && r.effects.some((e) => e.op === 'set' && e.path === 'oil.routes.cpc.status' && e.value === 'open'));
    expect(lift.length).toBeGreaterThan(0);
  });
});

describe('sources', () => {
  it('cite only facts the game can show', () => {
    const cited = [...actions, ...events, ...powerRules].flatMap((x) => (x.facts ?? []).map((id) => [x.id, id] as const));
    expect(cited.length).toBeGreaterThan(20);
    for (const [owner, id] of cited) expect(factById(id), `${owner} cites ${id}`).toBeDefined();
  });
});
