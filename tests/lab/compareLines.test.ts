// Comparing two lines: the first turn where they part, each differing decision marked on its side, shared turns unmarked.
import { describe, expect, it } from 'vitest';
import { decisionsOf, diffLines, indicatorSeries, indicatorValue } from '../../src/lab/compareLines';
import type { Command } from '../../src/sim/replay';
import { readFileSync } from 'node:fs';
import { parseScenario } from '../../src/scenario/parse';
import { buildRules } from '../../src/sim';
import { playBatchGame } from '../../src/strategies/play';
import { builtinStrategy } from '../../src/strategies/builtin';

const cmd = (turn: number, actions: string[], choices: [string, string][] = []): Command => ({ turn, actions, choices: choices.map(([eventId, optionId]) => ({ eventId, optionId })) });

describe('comparing two lines', () => {
  it('finds the first turn where the lines part and marks only the decisions the other line did not take', () => {
    const a = [cmd(0, ['x', 'y']), cmd(1, ['p', 'q'], [['storm', 'repair']]), cmd(2, ['z'])];
    const b = [cmd(0, ['y', 'x']), cmd(1, ['p', 'r'], [['storm', 'wait']]), cmd(2, ['z']), cmd(3, ['w'])];
    const diff = diffLines(a, b);
    expect(diff.firstParting).toBe(1);
    expect(diff.sharedTurns).toBe(1);
    expect(diff.rows.map((r) => r.differs)).toEqual([false, true, false, false]);
    expect(diff.rows[0]!.a!.every((d) => !d.differs)).toBe(true); // the same actions in another order are the same turn
    expect(diff.rows[1]!.a!.map((d) => d.differs)).toEqual([false, true, true]); // q and "repair" are A's own
    expect(diff.rows[1]!.b!.filter((d) => d.differs).map((d) => d.decision)).toEqual([{ kind: 'action', id: 'r' }, { kind: 'choice', eventId: 'storm', optionId: 'wait' }]);
    expect(diff.rows[3]!.a).toBeNull(); // A has not played turn 4
    expect(diff.rows[3]!.b!.map((d) => d.differs)).toEqual([false]); // nothing to differ from
  });

  it('says two lines have not parted when one is the start of the other', () => {
    const a = [cmd(0, ['x']), cmd(1, ['y'])];
    const diff = diffLines(a, a.slice(0, 1));
    expect(diff.firstParting).toBeNull();
    expect(diff.sharedTurns).toBe(1);
    expect(diffLines([], []).rows).toEqual([]);
  });

  it('reads any indicator of real played lines turn by turn, and NaN for a path that names nothing', () => {
    const parsed = parseScenario(readFileSync('scenarios/classroom-short.json', 'utf8'), 'classroom-short.json');
    if (!parsed.ok) throw new Error('no scenario');
    const rules = buildRules(parsed.value);
    const a = playBatchGame(rules, parsed.value, 3, builtinStrategy('pro-russia', 3)!);
    const b = playBatchGame(rules, parsed.value, 3, builtinStrategy('western-pivot', 3)!);
    const diff = diffLines(a.log, b.log);
    expect(diff.firstParting).toBe(0);
    expect(decisionsOf(a.log[0]!).length).toBe(a.log[0]!.actions.length + a.log[0]!.choices.length);
    const sa = indicatorSeries(a.world.history, 'relations.russia');
    const sb = indicatorSeries(b.world.history, 'relations.russia');
    expect(sa).toHaveLength(parsed.value.turns);
    expect(sa.at(-1)!).toBeGreaterThan(sb.at(-1)!); // the pro-Russian line ends closer to Moscow
    expect(indicatorValue(a.world.history[0]!.indicators, 'pillars.security')).toBe(a.world.history[0]!.indicators.pillars.security);
    expect(indicatorValue(a.world.history[0]!.indicators, 'pillars.nothing')).toBeNaN();
    expect(indicatorValue(a.world.history[0]!.indicators, 'pillars')).toBeNaN();
  });
});
