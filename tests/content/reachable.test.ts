// Over many seeded games the content comes alive: every event can happen, and Russia's ladder answers the player's course.
import { describe, expect, it } from 'vitest';
import { baseContent } from '../../src/content';
import { playGame } from '../../src/strategies/play';
import { priorityStrategy, randomStrategy } from '../../src/strategies/strategy';
import { baselineData } from '../fixtures/baselineData';
import { rulesFor } from '../fixtures/game';

const rules = rulesFor();
const seeds = Array.from({ length: 30 }, (_, i) => i + 1);

const westernPivot = [
  'btc-volume-agreement', 'aktau-port-expansion', 'middle-corridor-investment', 'buy-western-arms', 'c5plus1-partnership',
  'enforce-sanctions-controls', 'slow-eaeu-integration', 'latin-script-acceleration', 'eu-raw-materials-partnership',
  'anka-coproduction', 'kazakh-language-law', 'regulate-russian-media',
];
const loyalToMoscow = ['reaffirm-csto', 'deepen-eaeu-integration', 'buy-russian-arms', 'cpc-debottleneck', 'reassure-russian-speakers'];

/** Ids of power rules that fired at least once in a game played by the strategy. */
const firedRules = (strategy: ReturnType<typeof priorityStrategy>, seed: number) =>
  new Set(Object.keys(playGame(rules, baselineData, seed, strategy).world.ruleCooldowns));

describe('content over many games', () => {
  it('every event fires in at least one of 30 random games', () => {
    const fired = new Set<string>();
    for (const seed of seeds) for (const id of Object.keys(playGame(rules, baselineData, seed, randomStrategy(seed)).world.firedEvents)) fired.add(id);
    expect(baseContent.events.map((e) => e.id).filter((id) => !fired.has(id))).toEqual([]);
  });

  it('a hard pivot away from Moscow climbs Russia’s ladder to a transit ban in most games', () => {
    const strategy = priorityStrategy('western-pivot', westernPivot, []);
    const bans = seeds.slice(0, 20).filter((seed) => firedRules(strategy, seed).has('russia-transit-ban')).length;
    expect(bans).toBeGreaterThanOrEqual(12);
  });

  it('a line loyal to Moscow never provokes Russia’s hostile steps', () => {
    const strategy = priorityStrategy('loyal', loyalToMoscow, []);
    const hostile = new Set(baseContent.powerRules.filter((r) => r.power === 'russia' && r.kind === 'hostile').map((r) => r.id));
    for (const seed of seeds.slice(0, 20)) expect([...firedRules(strategy, seed)].filter((id) => hostile.has(id)), `seed ${seed}`).toEqual([]);
  });
});
