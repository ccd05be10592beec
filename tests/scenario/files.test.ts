// Every shipped scenario loads, cites a source for each starting number, and plays to its end under two strategies.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledScenarios } from '../../src/scenario/catalog';
import { parseScenario } from '../../src/scenario/parse';
import { buildRules, createWorld, finalScore, turnDate } from '../../src/sim';
import { sameCause } from '../../src/sim/causes';
import { getAt, isLeafPath } from '../../src/sim/paths';
import { builtinStrategy } from '../../src/strategies/builtin';
import { playGame } from '../../src/strategies/play';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
const load = (file: string) => {
  const r = parseScenario(readFileSync(`scenarios/${file}`, 'utf8'), file);
  if (!r.ok) throw new Error(`${file}:\n${r.error.map((e) => e.message).join('\n')}`);
  return r.value;
};

describe('shipped scenarios', () => {
  it('are the five the game promises, and the catalog lists exactly the files', () => {
    expect(files.map((f) => f.replace('.json', '')).sort()).toEqual(['baseline-2022', 'classroom-short', 'middle-corridor', 'sanctions-squeeze', 'transit-ban']);
    expect(bundledScenarios().map((s) => s.id)).toEqual(['baseline-2022', 'classroom-short', ...['middle-corridor', 'sanctions-squeeze', 'transit-ban'].sort((a, b) => load(`${a}.json`).title.en.localeCompare(load(`${b}.json`).title.en))]);
  });

  it.each(files)('%s loads, points editors to the schema, and gives every starting number a source that exists in the world', (file) => {
    const data = load(file);
    expect(JSON.parse(readFileSync(`scenarios/${file}`, 'utf8')).$schema).toBe('./scenario.schema.json');
    const world = createWorld(data, 1);
    const numbers = Object.keys(data.sources).filter((p) => p !== 'personalities' && p !== 'economy.oilPricePath');
    expect(numbers.length).toBeGreaterThan(80);
    for (const path of numbers) expect(isLeafPath(world, path), path).toBe(true);
    expect(Array.isArray(getAt(world, 'economy.oilPricePath'))).toBe(true);
    expect(data.victory?.length).toBeGreaterThan(0);
  });

  it.each(files.flatMap((f) => [[f, 'historical', 1], [f, 'random', 5]] as const))('%s plays to its end under %s', (file, name, seed) => {
    const data = load(file);
    const rules = buildRules(data);
    const game = playGame(rules, data, seed, builtinStrategy(name, seed)!, 60);
    expect(game.world.outcome).not.toBeNull();
    expect(game.world.history.length).toBeLessThanOrEqual(data.turns);
    expect(game.world.history.length).toBeGreaterThan(0);
    const score = finalScore(game.world, rules);
    expect(score.goals.map((g) => g.id)).toEqual(data.victory!.map((v) => v.id));
  });

  it('classroom-short states a goal for students and fits a lesson (at most 10 turns)', () => {
    const data = load('classroom-short.json');
    expect(data.goal?.en.length).toBeGreaterThan(40);
    expect(data.turns).toBeLessThanOrEqual(10);
    expect(turnDate(createWorld(data, 1), 0)).toBe('2022-H2');
  });

  it('transit-ban closes both Russian pipelines in the second turn', () => {
    const data = load('transit-ban.json');
    const rules = buildRules(data);
    const game = playGame(rules, data, 3, builtinStrategy('historical', 3)!, 2);
    const banned = game.world.ledger.filter((e) => sameCause(e.cause, { kind: 'event', id: 'transit-ban-decree' }) && e.after === 'banned').map((e) => e.path).sort();
    expect(banned).toEqual(['oil.routes.cpc.status', 'oil.routes.samara.status']);
    expect(createWorld(data, 1).gauges.russiaAlarm).toBeGreaterThanOrEqual(70);
  });

  it('sanctions-squeeze starts with tolerated re-exports and a warning scheduled early', () => {
    const data = load('sanctions-squeeze.json');
    const world = createWorld(data, 1);
    expect(world.flags.reexportTolerance).toBe(1);
    expect(world.gauges.westConcern).toBeGreaterThan(load('baseline-2022.json').start.gauges.westConcern);
    expect(data.scheduledEvents).toContainEqual({ turn: 1, eventId: 'secondary-sanctions-warning' });
  });

  it('middle-corridor gives the Western and Turkish side more money and Moscow a harder edge than the baseline', () => {
    const mc = load('middle-corridor.json');
    const base = load('baseline-2022.json');
    for (const p of ['eu', 'turkey', 'azerbaijan'] as const) expect(mc.personalities[p].generosity).toBeGreaterThan(base.personalities[p].generosity);
    expect(mc.personalities.russia.assertiveness).toBeGreaterThan(base.personalities.russia.assertiveness);
    expect(mc.start.corridors.middle.growthPct).toBeGreaterThan(base.start.corridors.middle.growthPct);
  });
});
