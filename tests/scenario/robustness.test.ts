// parseScenario never throws, whatever it is given: random text, random JSON, and valid files with random damage.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse';
import { findSyntaxError } from '../../src/scenario/jsonText';
import { at } from '../../src/sim/indexing';

const baseline = readFileSync('scenarios/baseline-2022.json', 'utf8');
const answers = (text: string) => {
  const r = parseScenario(text, 'baseline-2022.json');
  if (!r.ok) for (const i of r.error) expect(i.message.length).toBeGreaterThan(0);
  return r;
};

describe('parseScenario on anything', () => {
  it('answers random text with a Result', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => answers(s).ok === false), { numRuns: 400 });
  });

  it('answers random JSON with located problems', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => answers(JSON.stringify(v)).ok === false), { numRuns: 400 });
  });

  it('answers the baseline with one value replaced anywhere by random JSON', () => {
    const doc = JSON.parse(baseline);
    const holders: [Record<string, unknown>, string][] = [];
    const walk = (n: unknown) => {
      if (!n || typeof n !== 'object') return;
      for (const [k, v] of Object.entries(n)) {
        holders.push([n as Record<string, unknown>, k]);
        walk(v);
      }
    };
    walk(doc);
    fc.assert(
      fc.property(fc.nat(holders.length - 1), fc.jsonValue({ maxDepth: 3 }), (i, v) => {
        const [obj, key] = at(holders, i);
        const old = obj[key];
        obj[key] = v;
        try {
          answers(JSON.stringify(doc));
        } finally {
          obj[key] = old;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('answers the baseline cut off or spliced at any point, and agrees with JSON.parse on what is JSON', () => {
    fc.assert(
      fc.property(fc.nat(baseline.length), fc.string({ maxLength: 3 }), (at, junk) => {
        const text = baseline.slice(0, at) + junk + baseline.slice(at + junk.length);
        answers(text);
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const dupKey = findSyntaxError(text)?.message.includes('appears twice') ?? false;
        expect(findSyntaxError(text) === null || dupKey).toBe(parses || dupKey);
      }),
      { numRuns: 400 },
    );
  });
});

describe('hostile sizes', () => {
  it('answers a near-1 MB file full of broken goals, listing 50 problems and counting the rest', () => {
    // No wall-clock limit here (machines are noisy): the speed of this case belongs in the benchmark.
    const goals = Array.from({ length: 15000 }, () => ({ id: 'x', when: { pth: 'a', gte: 1 }, text: { en: 'x' } }));
    const r = parseScenario(JSON.stringify({ victory: goals }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toHaveLength(51);
      expect(at(r.error, 50).message).toMatch(/^… and \d{4,} more problems$/);
    }
  });
});
