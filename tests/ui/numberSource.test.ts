// A number's tooltip can say where its starting value comes from: the fact it cites, or that it is an abstraction.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse';
import { tooltipFor } from '../../src/ui/map/mapModel';
import { mapStringsEn } from '../../src/ui/map/mapStrings';
import { numberSourceWords } from '../../src/ui/numberSource';
import { createWorld } from '../../src/sim';

const t = (key: string, vars: Record<string, string | number> = {}) =>
  (mapStringsEn[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k]));
const parsed = parseScenario(readFileSync('scenarios/baseline-2022.json', 'utf8'), 'baseline-2022.json');
if (!parsed.ok) throw new Error('baseline does not parse');
const scenario = parsed.value;

describe('number sources in tooltips', () => {
  it('names the FACTS entry behind CPC capacity, with its words', () => {
    expect(numberSourceWords(scenario, 'oil.routes.cpc.capacityMt', t)).toMatch(/^CPC1 — CPC pipeline/);
  });

  it('says plainly when a number is a game abstraction', () => {
    expect(numberSourceWords(scenario, 'relations.russia', t)).toMatch(/abstraction/);
    expect(numberSourceWords(scenario, 'no.such.path', t)).toBeUndefined();
  });

  it('puts the source line in the CPC route tooltip on the map', () => {
    const lines = tooltipFor('route:cpc', createWorld(scenario, 1), t, undefined, (p) => numberSourceWords(scenario, p, t));
    expect(lines.some((l) => l.startsWith('Starting value from: CPC1'))).toBe(true);
  });
});
