// The seeded generator whose state lives in the world, so a game replays exactly from its seed.
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { World } from './world';

/** The generator's four 32-bit words, in pure-rand's order; a tuple so that every read is known to be present. */
export type RngState = [number, number, number, number];

/** The generator state for a seed (any integer). */
export function seedState(seed: number): RngState {
  const [s01 = 0, s00 = 0, s11 = 0, s10 = 0] = xoroshiro128plus(seed | 0).getState();
  return [s01, s00, s11, s10];
}

/**
 * One step of xoroshiro128+ on pure-rand's state layout [s01, s00, s11, s10], in place: the same numbers as
 * pure-rand's generator without allocating one per draw.
 */
function next32(s: RngState): number {
  const s01 = s[0];
  const s00 = s[1];
  const s11 = s[2];
  const s10 = s[3];
  const out = (s00 + s10) | 0;
  const a0 = s10 ^ s00;
  const a1 = s11 ^ s01;
  s[0] = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
  s[1] = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
  s[2] = (a0 << 5) ^ (a1 >>> 27);
  s[3] = (a1 << 5) ^ (a0 >>> 27);
  return out;
}

/** Draws a float in [0, 1) and advances the world's generator in place (inside a draft, or on a batch world). */
export function nextFloat(world: World): number {
  const hi = next32(world.rng) >>> 0; // 32 bits
  const lo = next32(world.rng) >>> 11; // 21 bits
  return (hi * 2 ** 21 + lo) / 2 ** 53;
}

/** Picks an index by weight with the world's generator; −1 when all weights are zero. */
export function pickWeighted(world: World, weights: readonly number[]): number {
  const total = weights.reduce((s, w) => s + Math.max(0, w), 0);
  if (total <= 0) return -1;
  let roll = nextFloat(world) * total;
  for (let i = 0; i < weights.length; i++) {
    roll -= Math.max(0, weights[i] ?? 0);
    if (roll < 0) return i;
  }
  return weights.length - 1;
}
