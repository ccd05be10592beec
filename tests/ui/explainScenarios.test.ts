// On real games of every shipped scenario, each number's explanation comes from the ledger alone and its parts add up to the change shown.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse';
import { buildRules } from '../../src/sim';
import { builtinStrategy } from '../../src/strategies/builtin';
import { playGame } from '../../src/strategies/play';
import { explainNumber } from '../../src/ui/explain/explain';
import { HUD_PATHS } from '../../src/ui/hud';
import { rankedPaths } from '../../src/ui/report';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
const games = files.flatMap((file) => {
  const r = parseScenario(readFileSync(`scenarios/${file}`, 'utf8'), file);
  if (!r.ok) throw new Error(`${file} does not load`);
  const rules = buildRules(r.value);
  return (['historical', 'western-pivot'] as const).map((strategy) => ({ name: `${file} ${strategy}`, rules, world: playGame(rules, r.value, 7, builtinStrategy(strategy, 7)!, 8).world }));
});

describe('explanations on real games', () => {
  it.each(games.map((g) => [g.name, g] as const))('%s: every turn, every explained number splits into ledger causes that add up', (_name, { rules, world }) => {
    expect(world.history.length).toBeGreaterThan(2);
    const paths = [...new Set([...rankedPaths(world), ...Object.values(HUD_PATHS), 'economy.gdpUsdBn', 'oil.routes.cpc.flowMt', 'oil.routes.cpc.capacityMt'])];
    for (const { turn } of world.history) {
      for (const path of paths) {
        const e = explainNumber(world, rules, path, turn);
        expect(e, `${path} turn ${turn}`).not.toBeNull();
        const sum = e!.causes.reduce((s, c) => s + c.delta, 0);
        expect(Math.abs(sum - (e!.after - e!.before)), `${path} turn ${turn}`).toBeLessThan(1e-6);
        // Nothing is left for "other changes the model does not itemise": the ledger holds every part.
        expect(e!.causes.filter((c) => c.id === 'untracked').map((c) => c.delta), `${path} turn ${turn}`).toEqual([]);
        expect(e!.causes.every((c) => c.words.trim().length > 0 && !/[a-z][A-Z]|\w\.\w|\|/.test(c.words)), `${path} turn ${turn}`).toBe(true);
      }
    }
  });
});
