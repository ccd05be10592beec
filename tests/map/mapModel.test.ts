// What the map shows for a world: flows and statuses per route, lens panels, and tooltips that explain changes.
import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { buildRules, createWorld, resolveTurn } from '../../src/sim';
import { baselineData } from '../fixtures/baselineData';
import { buildMapModel, lastChanges, tooltipFor } from '../../src/ui/map/mapModel';
import { alarmLevel, widthForFlow } from '../../src/ui/map/mapStyle';
import { translateEn } from '../../src/ui/map/mapStrings';
import { MEMBERSHIP_IDS } from '../../src/sim/ids';
import { alarmLevel as hudAlarmLevel } from '../../src/ui/hud';
import { at } from '../../src/sim/indexing';

const world = createWorld(baselineData, 3);

describe('map model', () => {
  it('draws the biggest route widest and marks a banned route as banned', () => {
    const banned = produce(world, (w) => { w.oil.routes.samara.status = 'banned'; });
    const model = buildMapModel(banned, 'oil', translateEn);
    const cpc = model.routes.find((r) => r.id === 'cpc')!;
    const btc = model.routes.find((r) => r.id === 'btc')!;
    expect(widthForFlow(cpc.flowMt)).toBeGreaterThan(widthForFlow(btc.flowMt));
    expect(model.routes.find((r) => r.id === 'samara')!.status).toBe('banned');
    expect(cpc.emphasis).toBeGreaterThan(at(model.corridors, 0).emphasis);
  });

  it('switches emphasis and panels with the lens', () => {
    const trade = buildMapModel(world, 'trade', translateEn);
    expect(at(trade.corridors, 0).emphasis).toBeGreaterThan(at(trade.routes, 0).emphasis);
    const eu = trade.partners.find((p) => p.id === 'eu')!;
    const us = trade.partners.find((p) => p.id === 'us')!;
    expect(eu.bubbleValue).toBeGreaterThan(us.bubbleValue);
    const alliances = buildMapModel(world, 'alliances', translateEn);
    // The lens draws on the map: each power's card carries the groupings that tie Kazakhstan to it.
    const russia = alliances.partners.find((p) => p.id === 'russia')!;
    expect(russia.bubbleLabel).toContain('CSTO');
    expect(russia.bubbleValue).toBeGreaterThan(0);
    expect(alliances.partners.find((p) => p.id === 'gulf')!.bubbleValue).toBe(0);
    expect(alliances.panel!.rows).toHaveLength(MEMBERSHIP_IDS.length);
    const values = alliances.panel!.rows.map((r) => r.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const military = buildMapModel(world, 'military', translateEn);
    expect(at(military.panel!.rows, 0).label).toMatch(/^Russia/);
    expect(military.partners.find((p) => p.id === 'russia')!.bubbleLabel).toMatch(/%$/);
  });

  it("names Russia's alarm with the HUD's words, so the map and the HUD never disagree", () => {
    for (let alarm = 0; alarm <= 100; alarm += 1) expect(alarmLevel(alarm)).toBe(hudAlarmLevel(alarm));
    expect(alarmLevel(90)).toBe('hostile');
  });
});

describe('tooltips', () => {
  it("give a route's flow, capacity and status, then the ledger's reasons", () => {
    const rules = buildRules(baselineData);
    const next = resolveTurn(rules, world, []);
    const lines = tooltipFor('route:cpc', next, translateEn);
    expect(lines[0]).toMatch(/CPC/);
    expect(lines.join('\n')).toContain(`capacity now ${Math.round(next.oil.routes.cpc.capacityMt * 10) / 10}`);
    const changes = lastChanges(next.ledger, ['oil.routes.cpc']);
    if (changes.length) expect(lines.join('\n')).toContain(`Turn ${at(changes, 0).turn + 1}:`);
    else expect(lines).toContain('No change recorded yet.');
  });

  it("show Russia's alarm on Russia's marker and explain the latest change", () => {
    const ledger = world.ledger.open();
    ledger.record(2, 'gauges.russiaAlarm', 35, 62, { kind: 'action', id: 'btc-volume-agreement' });
    const changed = { ...produce(world, (w) => void (w.gauges.russiaAlarm = 62)), ledger: ledger.seal() };
    const text = tooltipFor('partner:russia', changed, translateEn, (cause) => (cause.kind === 'action' && cause.id === 'btc-volume-agreement' ? 'BTC volume agreement' : cause.id)).join('\n');
    const named = tooltipFor('partner:russia', changed, translateEn, undefined, undefined, (p) => (p === 'gauges.russiaAlarm' ? "Russia's alarm" : p)).join('\n');
    expect(named).toContain("Turn 3: Russia's alarm 35 → 62");
    expect(text).toContain("Russia's alarm 62/100: alarmed");
    expect(text).toContain('Turn 3: russia alarm 35 → 62 (BTC volume agreement)');
    expect(text).not.toMatch(/\b[a-z]+[A-Z]\w*\b/); // no raw field names
  });

  it('keeps only the newest three changes of a path and ignores look-alike paths', () => {
    const ledger = [1, 2, 3, 4].map((turn) => ({ turn, path: 'oil.routes.btc.flowMt', before: turn, after: turn + 1, cause: 'model:oil-allocation' }));
    ledger.push({ turn: 5, path: 'oil.routes.btcx.flowMt', before: 0, after: 1, cause: 'x' });
    expect(lastChanges(ledger, ['oil.routes.btc']).map((e) => e.turn)).toEqual([4, 3, 2]);
  });
});
