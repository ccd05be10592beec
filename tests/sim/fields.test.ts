// The field table: typed paths reject misspellings at compile time, and every field has words in every language.
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import kk from '../../src/i18n/kk.json';
import ru from '../../src/i18n/ru.json';
import { FIELDS, PATHS, type Path } from '../../src/sim/fields';
import { leafPaths, read } from '../../src/sim/paths';
import { world } from '../fixtures/game';

/** The string at a dotted key of a translation file, or undefined. */
function lookup(dict: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, k) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined), dict);
}

describe('the field table', () => {
  it('types paths: a misspelled path does not compile', () => {
    const good: Path = 'oil.routes.btc.capacityMt';
    // @ts-expect-error 'capacity' is not a field of a route (it is capacityMt)
    const bad: Path = 'oil.routes.btc.capacity';
    // @ts-expect-error there is no power called 'rusia'
    const typo: Path = `relations.${'rusia' as const}`;
    expect([good, bad, typo]).toHaveLength(3);
  });

  it('lists exactly the numbers, switches and words of a real world (bookkeeping aside)', () => {
    const w = world(1);
    const engine = /^(outcome$|turns|scenarioId|startYear|startPeriod|turnLength|rng\.|baseline\.|current\.)/;
    const inWorld = leafPaths(w).filter((p) => !engine.test(p));
    expect([...PATHS].sort()).toEqual(inWorld.sort());
    for (const p of PATHS) expect(typeof read(w, p), p).toBe(FIELDS[p].type === 'number' ? 'number' : FIELDS[p].type === 'switch' ? 'boolean' : 'string');
  });

  it('gives every field a label, and every named part a name, in en, ru and kk with the same placeholders', () => {
    for (const [lang, dict] of [['en', en], ['ru', ru], ['kk', kk]] as const) {
      for (const p of PATHS) {
        const f = FIELDS[p];
        const label = lookup(dict, f.label);
        expect(typeof label, `${lang}: ${f.label} (${p})`).toBe('string');
        expect(String(label).includes('{{name}}'), `${lang}: ${f.label} names its ${f.name?.kind ?? 'nothing'}`).toBe(!!f.name);
        if (f.name) {
          const key = f.name.kind === 'flag' ? `field.flagName.${f.name.id}` : `${f.name.kind}.${f.name.id}`;
          expect(typeof lookup(dict, key), `${lang}: ${key}`).toBe('string');
        }
      }
    }
  });

  it('keeps every starting range inside the range the engine clamps to', () => {
    for (const p of PATHS) {
      const { range, startRange } = FIELDS[p];
      expect(range[0] <= range[1], p).toBe(true);
      if (startRange) expect(startRange[0] >= range[0] && startRange[1] <= range[1], p).toBe(true);
    }
  });
});
