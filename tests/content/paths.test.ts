// Every state path the content names exists in a real World built by the sim, with the right kind of value.
import { describe, expect, it } from 'vitest';
import { FLAG_IDS, type World } from '../../src/sim/world';
import { ROUTE_STATUSES } from '../../src/sim/ids';
import type { ScenarioData } from '../../src/sim/scenarioData';
import { baselineData } from '../fixtures/baselineData';
import { allComparisons, allEffects } from './walk';

// The sim may not export createWorld yet while it is being written; then these tests skip and say why.
const sim = (await import('../../src/sim/index').catch(() => ({}))) as Record<string, unknown>;
const createWorld = typeof sim.createWorld === 'function' ? (sim.createWorld as (s: ScenarioData, seed: number) => World) : undefined;
if (!createWorld) console.warn('tests/content/paths: src/sim/index.ts has no createWorld yet; path checks skipped.');

/** The value at a dotted path, or undefined when the path leads nowhere. */
function valueAt(world: unknown, path: string): unknown {
  let node = world;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

const isLeaf = (v: unknown) => typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean';
const ENGINE_OWNED = ['turn', 'turns', 'scenarioId', 'startYear', 'startPeriod', 'turnLength', 'rng', 'baseline', 'history', 'ledger'];

describe.skipIf(!createWorld)('content paths in a real world', () => {
  const world = createWorld!(baselineData, 1);

  it('every effect changes a leaf that exists, with a value of the same kind', () => {
    const problems: string[] = [];
    for (const { where, effect } of allEffects()) {
      const current = valueAt(world, effect.path);
      if (!isLeaf(current)) problems.push(`${where}: ${effect.path} is not a value in World`);
      else if (ENGINE_OWNED.includes(effect.path.split('.')[0] ?? '')) problems.push(`${where}: ${effect.path} belongs to the engine`);
      else if (effect.op !== 'set' && typeof current !== 'number') problems.push(`${where}: ${effect.op} on non-number ${effect.path}`);
      else if (effect.op === 'set' && typeof effect.value !== typeof current) problems.push(`${where}: sets ${typeof effect.value} on ${typeof current} ${effect.path}`);
      else if (effect.path.endsWith('.status') && !(ROUTE_STATUSES as readonly unknown[]).includes(effect.value)) problems.push(`${where}: status "${effect.value}"`);
    }
    expect(problems).toEqual([]);
  });

  it('every condition tests a leaf that exists, compared with a value of its kind', () => {
    const problems: string[] = [];
    for (const { where, cond } of allComparisons()) {
      const current = valueAt(world, cond.path);
      if (!isLeaf(current)) problems.push(`${where}: ${cond.path} is not a value in World`);
      const ordered = [cond.gte, cond.lte, cond.gt, cond.lt].some((x) => x !== undefined);
      if (ordered && typeof current !== 'number') problems.push(`${where}: orders non-number ${cond.path}`);
      for (const v of [cond.eq, cond.ne]) if (v !== undefined && typeof v !== typeof current) problems.push(`${where}: compares ${cond.path} with ${JSON.stringify(v)}`);
    }
    expect(problems).toEqual([]);
  });

  it('every flag content uses is one of FLAG_IDS', () => {
    const flags = [...allEffects().map((e) => e.effect.path), ...allComparisons().map((c) => c.cond.path)].filter((p) => p.startsWith('flags.'));
    expect(flags.length).toBeGreaterThan(0);
    for (const f of flags) expect(FLAG_IDS as readonly string[], f).toContain(f.slice('flags.'.length));
  });
});
