import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse';
import { checkSelection, chooseOption, closeTurn, resolveTurn } from '../../src/sim';
import { briefingView } from '../../src/ui/briefing';
import { layoutChart, niceStep, spreadLabels } from '../../src/ui/chartModel';
import { debriefView, turningPoints } from '../../src/ui/debrief';
import { changeAt, money } from '../../src/ui/format';
import { alarmLevel, hudView, hudWhy } from '../../src/ui/hud';
import { causeGroup, causeWords } from '../../src/ui/causeWords';
import { pathLabel } from '../../src/ui/labels';
import { causeKey } from '../../src/sim/causes';
import { actionCard, actionsIn, selectionSummary } from '../../src/ui/planning';
import { chartSeries, reportGroups } from '../../src/ui/report';
import { firstOptionId, rulesFor, scenario, world } from '../fixtures/game';
import { at, last } from '../../src/sim/indexing';

const rules = rulesFor();

/** Plays `n` turns taking the first affordable action each turn and the first option of every event. */
function played(n: number) {
  let w = world(3);
  for (let i = 0; i < n; i++) {
    const first = Object.keys(rules.actions).find((id) => actionCard(rules, w, [], id).state === 'available');
    w = resolveTurn(rules, w, first ? [first] : []);
    for (const p of [...w.pending]) {
      w = chooseOption(rules, w, p.eventId, firstOptionId(rules, p.eventId));
    }
    w = closeTurn(rules, w);
  }
  return w;
}

describe('labels and formats', () => {
  it('names state paths and causes in words', () => {
    expect(pathLabel('oil.routes.btc.capacityMt')).toBe('Aktau–BTC capacity');
    expect(pathLabel('relations.russia')).toBe('Relations with Russia');
    expect(pathLabel('trade.china.exportsUsdBn')).toBe('Exports to China');
    const some = at(Object.values(rules.actions), 0);
    expect(causeWords({ kind: 'action', id: some.id }, rules)).toContain(some.title.en);
    expect(causeWords({ kind: 'model', id: 'oil-allocation' }, rules)).toMatch(/contracts first, then the best netback/);
    expect(causeGroup({ kind: 'power', id: 'x', power: 'russia' })).toBe('powers');
    expect(causeWords({ kind: 'action', id: some.id, term: 'reaction', power: 'russia' }, rules)).toBe(`Russia reacts to ${some.title.en}`);
    const ev = Object.values(rules.events).find((e) => e.options?.length)!;
    expect(causeWords({ kind: 'event', id: ev.id, option: at(ev.options!, 0).id, term: 'reaction', power: 'russia' }, rules)).toContain(at(ev.options!, 0).title.en);
    expect(causeGroup({ kind: 'event', id: 'x', option: 'y' })).toBe('yours');
  });
  it('formats money and signed changes with units', () => {
    expect(money(2)).toBe('$2 bn');
    expect(money(0.25)).toBe('$0.3 bn');
    expect(money(0.04)).toBe('$0.04 bn');
    expect(changeAt('gauges.russiaAlarm', 35, 39)).toBe('+4');
    expect(changeAt('oil.routes.btc.capacityMt', 3, 1.5)).toBe('−1.5 Mt');
    expect(changeAt('oil.routes.cpc.status', 'open', 'disrupted')).toBe('open → disrupted');
  });
});

describe('HUD', () => {
  it('states Russia\'s alarm in words as well as numbers', () => {
    expect(alarmLevel(10)).toBe('calm');
    expect(alarmLevel(75)).toBe('hostile');
    const h = hudView(world(1));
    expect(h.turn).toBe(`Turn 1 of ${scenario().turns}`);
    expect(h.alarmText).toMatch(/^\d+ · (calm|wary|alarmed|hostile)$/);
    expect(h.pillars).toHaveLength(4);
  });
  it('explains a number with its latest causes', () => {
    const w = played(2);
    const why = hudWhy(w, rules, 'capital');
    expect(why[0]).toMatch(/Political capital/);
    expect(why.some((l) => /Political capital renews/.test(l))).toBe(true);
    const balance = hudWhy(w, rules, 'balance');
    expect(balance[0]).toMatch(/Balance/);
    expect(balance[1]).toMatch(new RegExp(`^${at(w.history, 1).date}: `)); // the last closed turn's change, then its causes
    expect(hudWhy(world(1), rules, 'balance')).toHaveLength(1); // nothing has changed before the first turn closes
  });
  it('shows what is left after the selection is paid for', () => {
    const w = world(1);
    expect(hudView(w, 0.5, 10).budget).toBe(`${money(w.economy.budgetUsdBn - 0.5)} of ${money(w.economy.budgetUsdBn)}`);
  });
  it('names the reported turn while its report shows, and the next turn once planning starts', () => {
    const w = played(1);
    const record = last(w.history);
    expect(hudView(w, 0, 0, true).date).toBe(record.date);
    expect(hudView(w, 0, 0, true).turn).toBe(`Turn 1 of ${w.turns}`);
    expect(hudView(w).turn).toBe(`Turn 2 of ${w.turns}`);
    expect(hudView(w).date).not.toBe(record.date);
  });
});

describe('planning cards', () => {
  it('groups actions by vector and shows cost, delay and predicted effects', () => {
    const w = world(1);
    const ids = actionsIn(rules, 'routes');
    expect(ids.length).toBeGreaterThan(0);
    const card = actionCard(rules, w, [], at(ids, 0));
    expect(card.cost).toMatch(/^\$/);
    expect(card.effects.length + card.completion.length).toBeGreaterThan(0);
  });
  it('greys out actions once the per-turn limit is reached, with the reason', () => {
    const w = world(1);
    const cheap = Object.values(rules.actions).filter((a) => actionCard(rules, w, [], a.id).state === 'available');
    const chosen: string[] = [];
    for (const a of cheap) {
      if (chosen.length === w.politics.actionLimit) break;
      if (actionCard(rules, w, chosen, a.id).state === 'available') chosen.push(a.id);
    }
    const other = cheap.find((a) => !chosen.includes(a.id))!;
    const card = actionCard(rules, w, chosen, other.id);
    expect(card.state).toBe('unavailable');
    const check = checkSelection(rules, w, chosen, other.id);
    // Worded by the UI from the sim's code and numbers (so it can be translated).
    expect(check).toMatchObject({ ok: false, code: 'limit', limit: w.politics.actionLimit });
    expect(card.reason).toBe(`You can take at most ${w.politics.actionLimit} actions a turn. Deselect one first.`);
    expect(actionCard(rules, w, chosen, at(chosen, 0)).state).toBe('selected');
    expect(selectionSummary(rules, w, chosen).text).toContain(`${chosen.length} of ${w.politics.actionLimit}`);
  });
});

describe('briefing, report and debrief', () => {
  it('opens with the scenario, then reports the powers\' moves with reasons', () => {
    expect(at(briefingView(rules, world(1), scenario()), 0).kind).toBe('opening');
    const w = played(2);
    const news = briefingView(rules, w, scenario());
    for (const n of news.filter((x) => x.kind === 'power')) expect(n.reason).not.toBe('');
  });
  it('groups the turn\'s ledger by cause with worded changes', () => {
    const w = played(1);
    const groups = reportGroups(rules, w.ledger, 0);
    expect(groups.length).toBeGreaterThan(0);
    expect(at(groups, 0).group).toBe('yours');
    const reactions = groups.flatMap((g) => g.causes).filter((c) => c.cause.term === 'reaction');
    expect(reactions.length).toBeGreaterThan(0);
    expect(new Set(reactions.map((c) => causeKey(c.cause))).size).toBe(reactions.length);
    for (const r of reactions) expect(r.label).toMatch(/^Reactions to /);
    for (const g of groups) for (const c of g.causes) expect(c.changes.length).toBeGreaterThan(0);
  });
  it('builds chart series with one value per closed turn', () => {
    const w = played(3);
    for (const kind of ['trade', 'oil', 'relations', 'pillars'] as const) {
      for (const s of chartSeries(w.history, kind)) expect(s.values).toHaveLength(3);
    }
  });
  it('marks the largest balance swings as turning points', () => {
    expect([...turningPoints([0, 1, -8, 3, 12, 0.5])].sort()).toEqual([2, 3, 4]);
    const d = debriefView(rules, played(3), scenario());
    expect(d.timeline).toHaveLength(3);
    expect(d.grades.map((g) => g.grade).every((g) => /^[A-F]$/.test(g))).toBe(true);
  });
  it('lists the scenario goals, the ending\'s reason and real sources apart from the abstractions', () => {
    const parsed = parseScenario(readFileSync(resolve(import.meta.dirname, '../../scenarios/classroom-short.json'), 'utf8'));
    if (!parsed.ok) throw new Error('classroom-short does not parse');
    const d = debriefView(rules, played(2), parsed.value);
    expect(d.reason).not.toBe('');
    expect(d.goals.map((g) => g.id)).toEqual(rules.victory.map((g) => g.id));
    const sources = Object.values(parsed.value.sources);
    expect(d.sources.abstractions).toBe(sources.filter((s) => s === 'abstraction').length);
    expect(d.sources.cited.length).toBeGreaterThan(0);
    for (const c of d.sources.cited) {
      expect(c.address).not.toBe('');
      expect(c.used.length).toBeGreaterThan(0);
      if (c.id) expect(c.text).not.toBe('');
    }
  });
});

describe('chart layout', () => {
  it('stacks series from zero and keeps every point inside the rectangle', () => {
    const rect = { x: 10, y: 20, width: 200, height: 100 };
    const layout = layoutChart([
      { id: 'a', label: 'A', color: 0, values: [1, 2, 3] },
      { id: 'b', label: 'B', color: 0, values: [2, 2, 2] },
    ], rect, { stacked: true });
    const top = at(layout.lines, 1).top;
    expect(layout.min).toBe(0);
    expect(layout.max).toBeGreaterThanOrEqual(5);
    for (const p of top) expect(p.y).toBeGreaterThanOrEqual(rect.y - 0.01);
    expect(at(at(layout.lines, 1).bottom!, 2).y).toBeCloseTo(at(at(layout.lines, 0).top, 2).y);
  });
  it('chooses nice steps and spreads overlapping labels', () => {
    expect(niceStep(100, 4)).toBe(25);
    const ys = spreadLabels([50, 51, 52], 12, 0, 200);
    expect(at(ys, 1) - at(ys, 0)).toBeGreaterThanOrEqual(12);
    expect(at(ys, 2) - at(ys, 1)).toBeGreaterThanOrEqual(12);
  });
});

describe('decision cards', () => {
  it('spell out each option\'s effects with units and relations', async () => {
    const { decisionView, effectLine } = await import('../../src/ui/decision');
    // A capacity stays; Moscow's alarm is pulled back toward its target by a fifth a turn (the model's own rate).
    expect(effectLine({ op: 'add', path: 'oil.routes.samara.capacityMt', value: 1.2 })).toBe('Atyrau–Samara capacity +1.2 Mt (lasting)');
    expect(effectLine({ op: 'add', path: 'gauges.russiaAlarm', value: 6 })).toMatch(/\+6.*\(fades ~20% a turn\)$/);
    const ev = Object.values(rules.events).find((e) => (e.options?.length ?? 0) >= 2)!;
    const view = decisionView(rules, ev.id)!;
    expect(view.options.map((o) => o.id)).toEqual(ev.options!.map((o) => o.id));
    expect(view.options.every((o) => o.title.length > 0 && o.description.length > 0)).toBe(true);
  });
});
