// The baseline scenario file carries exactly the numbers the sim was calibrated on, and the catalog lists every file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledScenarios, loadScenarioText } from '../../src/scenario/catalog';
import { parseScenario, scenarioSources, sourceOf } from '../../src/scenario/parse';
import { baselineData } from '../fixtures/baselineData';

const text = readFileSync('scenarios/baseline-2022.json', 'utf8');

describe('baseline-2022.json', () => {
  it('parses to the same numbers as the baseline fixture (apart from words, goals and sources)', () => {
    const r = parseScenario(text, 'baseline-2022.json');
    if (!r.ok) throw new Error(r.error.map((e) => e.message).join('\n'));
    const { title: _t, summary: _s, goal: _g, sources: _src, victory: _v, defeat: _d, ...numbers } = r.value;
    const { title: _t2, summary: _s2, goal: _g2, sources: _src2, ...expected } = baselineData;
    expect(numbers).toEqual(expected);
  });

  it('records a source for every starting number, FACTS ids with their words and address', () => {
    const r = parseScenario(text, 'baseline-2022.json');
    if (!r.ok) throw new Error('invalid');
    expect(sourceOf(r.value, 'oil.routes.cpc.capacityMt')).toMatchObject({ source: 'CPC1', kind: 'fact', text: expect.stringContaining('CPC pipeline') });
    expect(sourceOf(r.value, 'relations.russia')).toEqual({ source: 'abstraction', kind: 'abstraction' });
    expect(sourceOf(r.value, 'no.such.path')).toBeUndefined();
    // 5 economy + 7 investment, 3 politics, 2 oil + 5×3 routes, 9 corridors, 16 trade, 7 relations, 3 gauges, 7 memberships, 3+5 military, 5 society
    expect(Object.keys(r.value.sources).filter((p) => p.split('.')[0] !== 'personalities').length).toBe(4 + 7 + 3 + 2 + 15 + 9 + 16 + 7 + 3 + 7 + 8 + 5 + 1);
  });
});

describe('catalog', () => {
  it('lists every scenario file in scenarios/, baseline first and classroom-short second', () => {
    const list = bundledScenarios();
    const ids = list.map((s) => s.id);
    expect(ids[0]).toBe('baseline-2022');
    if (ids.includes('classroom-short')) expect(ids[1]).toBe('classroom-short');
    expect(ids.length).toBeGreaterThanOrEqual(1);
  });

  it('loads a picked file with the same check and names its problems', () => {
    expect(loadScenarioText(text, 'baseline-2022.json').ok).toBe(true);
    const bad = loadScenarioText('{"id": 5}', 'mine.json');
    expect(bad.ok).toBe(false);
  });
});

describe('scenario sources', () => {
  it('lists each cited fact once with the numbers resting on it, abstractions last', () => {
    const r = parseScenario(text, 'baseline-2022.json');
    if (!r.ok) throw new Error('invalid');
    const groups = scenarioSources(r.value);
    const oil2 = groups.find((g) => g.source === 'OIL2');
    expect(oil2?.paths).toEqual(['oil.domesticMt', 'oil.productionMt']);
    expect(oil2?.address).toContain('astanatimes.com');
    expect(groups[groups.length - 1]).toMatchObject({ source: 'abstraction', kind: 'abstraction' });
    expect(groups.flatMap((g) => g.paths).length).toBe(Object.keys(r.value.sources).length);
  });
});
