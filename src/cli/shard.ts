// Shards of a study: "i/n" parsed exactly, and the contiguous block of seeds shard i of n plays (the same everywhere).
import { err, ok, type Result } from '../sim/result';
import { printable } from './input';

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** The most shards a study can be cut into. */
export const MAX_SHARDS = 100_000;

/** Parses "i/n" (1 ≤ i ≤ n, whole numbers in digits), or says what is wrong with it. */
export function parseShard(text: string): Result<Shard, string> {
  const m = /^([1-9][0-9]{0,5})\/([1-9][0-9]{0,5})$/.exec(text);
  if (!m?.[1] || !m[2]) return err(`--shard must be i/n with whole numbers 1 ≤ i ≤ n (e.g. --shard 2/3), found "${printable(text.slice(0, 40))}"`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count > MAX_SHARDS) return err(`--shard ${text}: at most ${MAX_SHARDS} shards`);
  if (index > count) return err(`--shard ${text}: shard ${index} of ${count} does not exist (shards are numbered 1 to ${count})`);
  return ok({ index, count });
}

/**
 * The seeds shard i of n plays out of seeds 1…`seeds`: the i-th of n contiguous blocks, sizes differing by at most
 * one (`from` > `to` when there are more shards than seeds and this one gets none).
 */
export function shardSeeds(shard: Shard, seeds: number): { from: number; to: number } {
  const start = (i: number) => Math.floor((i * seeds) / shard.count);
  return { from: start(shard.index - 1) + 1, to: start(shard.index) };
}
