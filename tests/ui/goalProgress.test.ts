import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse';
import { buildRules, chooseOption, closeTurn, createWorld, finalScore, resolveTurn, type Rules, type World } from '../../src/sim';
import { goalProgress, goalsMet } from '../../src/ui/goalProgress';
import { firstOptionId } from '../fixtures/game';
import { at } from '../../src/sim/indexing';

const parsed = parseScenario(readFileSync(resolve(import.meta.dirname, '../../scenarios/classroom-short.json'), 'utf8'));
if (!parsed.ok) throw new Error('classroom-short does not parse');
const data = parsed.value;
const rules = buildRules(data);

/** One turn taking the given actions and the first option of every event. */
function turn(r: Rules, w: World, actions: string[]): World {
  let next = resolveTurn(r, w, actions);
  for (const p of [...next.pending]) next = chooseOption(r, next, p.eventId, firstOptionId(r, p.eventId));
  return closeTurn(r, next);
}

describe('goal progress during play', () => {
  it('lists every classroom goal with the value at its path now and the bound it must keep', () => {
    const w = createWorld(data, 3);
    const goals = goalProgress(w, rules);
    expect(goals.map((g) => g.id)).toEqual(['stable-home', 'caspian-oil', 'china-oil', 'calm-moscow']);
    const stability = at(at(goals, 0).checks, 0);
    expect(stability).toMatchObject({ path: 'society.stability', now: w.society.stability, op: 'gte', target: 50 });
    expect(stability.met).toBe(w.society.stability >= 50);
    const btc = at(at(goals, 1).checks, 0);
    expect(btc).toMatchObject({ path: 'oil.routes.btc.flowMt', now: w.oil.routes.btc.flowMt, op: 'gte', target: 3 });
    expect(at(at(goals, 3).checks, 0)).toMatchObject({ op: 'lt', target: 70, now: w.gauges.russiaAlarm });
  });

  it('says met exactly when the debrief would, turn after turn', () => {
    let w = createWorld(data, 11);
    const ids = Object.keys(rules.actions);
    for (let i = 0; i < data.turns; i++) {
      const verdicts = finalScore(w, rules).goals.map((g) => g.met);
      expect(goalProgress(w, rules).map((g) => g.met)).toEqual(verdicts);
      w = turn(rules, w, [at(ids, (i * 3) % ids.length)]);
    }
  });

  it('moves from not met to met when the world crosses the bound', () => {
    const before = createWorld(data, 1);
    const low = produce(before, (d) => void (d.oil.routes.btc.flowMt = 1));
    const high = produce(before, (d) => void (d.oil.routes.btc.flowMt = 4.5));
    const caspian = (w: World) => goalProgress(w, rules).find((g) => g.id === 'caspian-oil')!;
    expect(caspian(low)).toMatchObject({ met: false, checks: [{ now: 1, met: false }] });
    expect(caspian(high)).toMatchObject({ met: true, checks: [{ now: 4.5, met: true }] });
    expect(goalsMet(goalProgress(high, rules)).met).toBe(goalsMet(goalProgress(low, rules)).met + 1);
  });

  it('reads compound goals: all, any and not, each comparison with its own verdict', () => {
    const compound: Rules = {
      ...rules,
      victory: [{ id: 'mixed', text: { en: 'Mixed' }, when: { all: [{ path: 'society.stability', gte: 10 }, { not: { path: 'gauges.russiaAlarm', gte: 90 } }] } }],
    };
    const w = produce(createWorld(data, 1), (d) => void (d.gauges.russiaAlarm = 95));
    const goal = at(goalProgress(w, compound), 0);
    expect(goal.met).toBe(false);
    expect(goal.checks).toEqual([
      expect.objectContaining({ path: 'society.stability', negated: false, met: true }),
      expect.objectContaining({ path: 'gauges.russiaAlarm', negated: true, met: false, now: 95 }),
    ]);
  });
});
