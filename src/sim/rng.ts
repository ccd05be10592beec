// The seeded generator whose state lives in the world, so a game replays exactly from its seed.
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { World } from './world';

/** The generator state for a seed (any integer). */
export function seedState(seed: number): number[] {
  return [...xoroshiro128plus(seed | 0).getState()];
}

/** Draws a float in [0, 1) and advances the world's generator (call inside a draft). */
export function nextFloat(world: World): number {
  const gen = xoroshiro128plusFromState(world.rng);
  const hi = gen.next() >>> 0; // 32 bits
  const lo = gen.next() >>> 11; // 21 bits
  world.rng = [...gen.getState()];
  return (hi * 2 ** 21 + lo) / 2 ** 53;
}

/** Picks an index by weight with the world's generator; −1 when all weights are zero. */
export function pickWeighted(world: World, weights: readonly number[]): number {
  const total = weights.reduce((s, w) => s + Math.max(0, w), 0);
  if (total <= 0) return -1;
  let roll = nextFloat(world) * total;
  for (let i = 0; i < weights.length; i++) {
    roll -= Math.max(0, weights[i]);
    if (roll < 0) return i;
  }
  return weights.length - 1;
}
