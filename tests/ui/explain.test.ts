import { describe, expect, it } from 'vitest';
import { chooseOption, closeTurn, resolveTurn } from '../../src/sim';
import { causeKey, model, modelTerm } from '../../src/sim/causes';
import { causeWords } from '../../src/ui/causeWords';
import { explainNumber } from '../../src/ui/explain/explain';
import { layoutChart, pickPoint } from '../../src/ui/chartModel';
import { explainedPath } from '../../src/ui/map/mapModel';
import { actionCard } from '../../src/ui/planning';
import { panelRows } from '../../src/ui/widgets/explanationPanel';
import { chartPointPath, chartSeries, stacked, type ChartKind } from '../../src/ui/report';
import { firstOptionId, rulesFor, world } from '../fixtures/game';
import { at, last } from '../../src/sim/indexing';

const rules = rulesFor();

/** Plays `n` turns taking the first two affordable actions each turn and the first option of every event. */
function played(n: number) {
  let w = world(3);
  for (let i = 0; i < n; i++) {
    const picks = Object.keys(rules.actions).filter((id) => actionCard(rules, w, [], id).state === 'available').slice(0, 2);
    w = resolveTurn(rules, w, picks);
    for (const p of [...w.pending]) w = chooseOption(rules, w, p.eventId, firstOptionId(rules, p.eventId));
    w = closeTurn(rules, w);
  }
  return w;
}

const PATHS = ['pillars.sovereignty', 'pillars.prosperity', 'pillars.security', 'pillars.stability', 'balance', 'gauges.russiaAlarm', 'economy.budgetUsdBn', 'politics.capital', 'trade.eu', 'oil.routes.cpc.flowMt'];

describe('why a number changed', () => {
  const w = played(3);

  it.each(PATHS)('splits the last turn’s change of %s into causes that add up exactly', (path) => {
    const e = explainNumber(w, rules, path)!;
    expect(e).not.toBeNull();
    const sum = e.causes.reduce((s, c) => s + c.delta, 0);
    expect(sum).toBeCloseTo(e.after - e.before, 9);
    expect(e.causes.every((c) => c.words.length > 0 && !/^(action|event|power|model|reaction):/.test(c.words))).toBe(true);
    const sizes = e.causes.map((c) => Math.abs(c.delta));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('starts a pillar’s change at the value recorded for the turn before and ends at the value shown now', () => {
    const latest = last(w.history);
    const prev = at(w.history, w.history.length - 2);
    const e = explainNumber(w, rules, 'pillars.prosperity')!;
    expect(e.before).toBe(prev.indicators.pillars.prosperity);
    expect(e.after).toBeCloseTo(latest.indicators.pillars.prosperity, 2);
    expect(e.turn).toBe(latest.turn);
  });

  it('explains an earlier turn (a chart point) between the values recorded for it', () => {
    for (const turn of [0, 1]) {
      const e = explainNumber(w, rules, 'pillars.sovereignty', turn)!;
      expect(e.after).toBe(at(w.history, turn).indicators.pillars.sovereignty);
      expect(e.causes.reduce((s, c) => s + c.delta, 0)).toBeCloseTo(e.after - e.before, 9);
    }
  });

  it('names the rising 3%-a-year yardstick as a cause of prosperity’s change, in words', () => {
    const e = explainNumber(w, rules, 'pillars.prosperity', 1)!;
    const yardstick = e.causes.find((c) => causeKey(c) === causeKey(model('yardstick')));
    expect(yardstick?.delta).toBeLessThan(0);
    expect(yardstick?.words).toMatch(/yardstick/);
    expect(e.causes.some((c) => c.id === 'untracked')).toBe(false);
  });

  it('splits GDP’s change into the named growth terms the model recorded', () => {
    const e = explainNumber(w, rules, 'economy.gdpUsdBn')!;
    const terms = e.causes.filter((c) => c.kind === 'model' && c.id === 'growth');
    expect(terms.length).toBeGreaterThan(1);
    for (const c of terms) expect(c.words).toBe(causeWords(modelTerm('growth', c.term!), rules));
    expect(terms.map((c) => c.words).join(' ')).toMatch(/Growth: underlying trend/);
  });

  it('credits a plain number’s change to the ledger entries that made it', () => {
    const e = explainNumber(w, rules, 'gauges.russiaAlarm')!;
    const T = last(w.history).turn;
    const entries = w.ledger.filter((x) => x.turn >= T && x.path === 'gauges.russiaAlarm');
    expect(e.causes.length).toBeGreaterThan(0);
    expect(e.after - e.before).toBeCloseTo(entries.reduce((s, x) => s + (x.after as number) - (x.before as number), 0), 9);
  });

  it('shows the starting value with no causes before any turn has closed', () => {
    const e = explainNumber(world(3), rules, 'pillars.security')!;
    expect(e.turn).toBe(-1);
    expect(e.causes).toEqual([]);
    expect(e.after).toBe(e.before);
  });

  it('words each cause as the ledger’s cause value is worded everywhere else', () => {
    const e = explainNumber(w, rules, 'gauges.russiaAlarm')!;
    const T = last(w.history).turn;
    const ledgerKeys = new Set(w.ledger.filter((x) => x.turn >= T && x.path === 'gauges.russiaAlarm').map((x) => causeKey(x.cause)));
    for (const c of e.causes) {
      expect(ledgerKeys.has(causeKey(c))).toBe(true);
      expect(c.words).toBe(causeWords(c, rules));
    }
  });

  it('explains a chart point as the same number the chart draws, at the end of that turn', () => {
    for (const kind of ['pillars', 'relations', 'trade', 'oil'] as ChartKind[]) {
      for (const series of chartSeries(w.history, kind)) {
        w.history.forEach((record, i) => {
          const e = explainNumber(w, rules, chartPointPath(kind, series.id), record.turn)!;
          expect(e, `${kind} ${series.id} ${i}`).not.toBeNull();
          expect(e.after, `${kind} ${series.id} ${i}`).toBeCloseTo(at(series.values, i), 2); // the history keeps 3 decimals
          expect(e.causes.reduce((s, c) => s + c.delta, 0)).toBeCloseTo(e.after - e.before, 9);
        });
      }
    }
  });

  it('finds the point or the stacked band under the pointer, and nothing far from every point', () => {
    const series = chartSeries(w.history, 'pillars');
    const layout = layoutChart(series, { x: 0, y: 0, width: 300, height: 200 }, { stacked: false, fixed: [0, 100] });
    const line = at(layout.lines, 2);
    const p = at(line.top, 1);
    expect(pickPoint(layout, p.x + 3, p.y - 2)).toEqual({ id: line.id, index: 1 });
    expect(pickPoint(layout, p.x, 500)).toBeNull();
    const trade = chartSeries(w.history, 'trade');
    const bands = layoutChart(trade, { x: 0, y: 0, width: 300, height: 200 }, { stacked: stacked('trade') });
    const band = at(bands.lines, 0);
    const mid = (at(band.top, 2).y + at(band.bottom!, 2).y) / 2;
    expect(pickPoint(bands, at(band.top, 2).x, mid)).toEqual({ id: band.id, index: 2 });
  });

  it('opens a route’s flow, a corridor’s volume and a partner’s relations from the map', () => {
    expect(explainedPath('route:cpc')).toBe('oil.routes.cpc.flowMt');
    expect(explainedPath('corridor:middle')).toBe('corridors.middle.volumeMt');
    expect(explainedPath('partner:russia')).toBe('relations.russia');
    expect(explainedPath('lens:oil')).toBeNull();
    const e = explainNumber(w, rules, explainedPath('route:cpc')!)!;
    expect(e.after).toBe(w.oil.routes.cpc.flowMt);
  });

  it('shows every cause that moves the shown number on its own line and sums the ones that round to ±0 in one', () => {
    for (const path of PATHS) {
      const e = explainNumber(w, rules, path)!;
      const rows = panelRows(e);
      expect(rows.reduce((s, r) => s + r.delta, 0)).toBeCloseTo(e.after - e.before, 9);
      expect(rows.slice(0, -1).every((r) => !r.change.includes('±0'))).toBe(true);
      expect(rows.filter((r) => !r.source).length).toBeLessThanOrEqual(1);
    }
  });
});
