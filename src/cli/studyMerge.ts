// Merges study shards into the whole study: the same settings in every file, and their seeds covering 1…seeds once.
import { err, ok, type Result } from '../sim/result';
import { printable } from './input';
import { shardSeeds } from './shard';
import { readShardFile, type ShardGames } from './studyShardFile';
import type { StudyResult, StudySettings } from './studyGames';

/** How two files' settings differ, in words (null when they are the same study). */
function settingsDifference(a: StudySettings, b: StudySettings): string | null {
  if (a.scenario !== b.scenario) return `scenario "${printable(b.scenario)}" here, "${printable(a.scenario)}" there`;
  if (a.scenarioSha256 !== b.scenarioSha256 || a.title !== b.title) return `scenario "${printable(a.scenario)}" has different content (hash ${b.scenarioSha256.slice(0, 12)}… here, ${a.scenarioSha256.slice(0, 12)}… there)`;
  if (a.seeds !== b.seeds) return `--seeds ${b.seeds} here, ${a.seeds} there`;
  if (a.strategies.join() !== b.strategies.join()) return `strategies ${b.strategies.join(',')} here, ${a.strategies.join(',')} there`;
  if (a.engine !== b.engine) return `played by a different version of the sim (engine fingerprint ${b.engine} here, ${a.engine} there)`;
  return null;
}

const seedsText = (from: number, to: number) => (from === to ? `seed ${from}` : `seeds ${from}–${to}`);
const label = (f: { path: string; data: ShardGames }) => `${printable(f.path)} (shard ${f.data.shard.index}/${f.data.shard.count}, ${seedsText(f.data.shard.from, f.data.shard.to)})`;

/**
 * Merges shards already read: the same study in every file, no seed in two files, no seed in none. The result is the
 * unsharded study's, game for game.
 */
export function mergeShards(files: readonly { path: string; data: ShardGames }[]): Result<StudyResult, string> {
  const [first] = files;
  if (!first) return err('--merge needs at least one shard file');
  for (const f of files.slice(1)) {
    const diff = settingsDifference(first.data.settings, f.data.settings);
    if (diff) return err(`${printable(f.path)}:1: not the same study as ${printable(first.path)}: ${diff}`);
  }
  const { settings } = first.data;
  const filled = files.filter((f) => f.data.shard.from <= f.data.shard.to).sort((a, b) => a.data.shard.from - b.data.shard.from);
  // Name missing shards by number when every file cut the study the same way; otherwise by their seeds.
  const counts = new Set(files.map((f) => f.data.shard.count));
  const [onlyCount] = counts;
  const missing = (from: number, to: number): string => {
    if (counts.size === 1 && onlyCount !== undefined) {
      const names: string[] = [];
      for (let i = 1; i <= onlyCount; i++) {
        const s = shardSeeds({ index: i, count: onlyCount }, settings.seeds);
        if (s.from <= to && s.to >= from && s.from <= s.to) names.push(`${i}/${onlyCount}`);
      }
      if (names.length) return `${seedsText(from, to)} of ${settings.seeds} are in no file: missing shard ${names.slice(0, 10).join(', ')}${names.length > 10 ? ', …' : ''}`;
    }
    return `${seedsText(from, to)} of ${settings.seeds} are in no file`;
  };
  let next = 1;
  let previous: (typeof filled)[number] | null = null;
  for (const f of filled) {
    const { from, to } = f.data.shard;
    if (previous && from < next) {
      return err(previous.path === f.path ? `${printable(f.path)} is given twice` : `${label(f)} overlaps ${label(previous)}`);
    }
    if (from > next) return err(missing(next, from - 1));
    next = to + 1;
    previous = f;
  }
  if (next <= settings.seeds) return err(missing(next, settings.seeds));
  const strategies = settings.strategies.map((name) => ({
    name,
    games: filled.flatMap((f) => f.data.strategies.find((s) => s.name === name)?.games ?? []),
  }));
  return ok({ settings, strategies });
}

/** Reads every shard file (stopping at the first bad one) and merges them. */
export async function mergeShardFiles(paths: readonly string[]): Promise<Result<StudyResult, string>> {
  const files: { path: string; data: ShardGames }[] = [];
  for (const path of paths) {
    const read = await readShardFile(path);
    if (!read.ok) return read;
    files.push({ path, data: read.value });
  }
  return mergeShards(files);
}
