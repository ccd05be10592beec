// Command-line arguments of `npm run study`, parsed with Node's util.parseArgs into a Result.
import { parseArgs } from 'node:util';
import { err, ok, type Result } from '../sim/result';
import { printable } from './input';
import { parseShard, type Shard } from './shard';
import { STUDY_STRATEGIES } from './studyGames';

/** A study to play (whole, or one shard of it), or shard files to merge. */
export type StudyArgs =
  | { mode: 'play'; scenario: string; seeds: number; strategies: string[]; shard?: Shard; out?: string; json: boolean }
  | { mode: 'merge'; files: string[]; json: boolean };

/** The usage text printed with any argument error. */
export const STUDY_USAGE = [
  'usage: npm run study -- [--scenario <id|file>] [--seeds <n>] [--strategies <a,b,…>] [--json]',
  '       npm run study -- [same options] --shard <i>/<n> [--out <file.jsonl>]   (one shard; JSON Lines to the file, or to stdout)',
  '       npm run study -- --merge <a.jsonl> <b.jsonl> … [--json]                 (prints what the unsharded study prints)',
].join('\n');

/** The most seeds a study plays per strategy. */
export const MAX_STUDY_SEEDS = 10_000_000;

/** Parses argv (without node and script) into StudyArgs, or a message saying what is wrong. */
export function parseStudyArgs(argv: string[]): Result<StudyArgs, string> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        scenario: { type: 'string' },
        seeds: { type: 'string' },
        strategies: { type: 'string' },
        shard: { type: 'string' },
        out: { type: 'string' },
        merge: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (e) {
    return err(printable((e as Error).message));
  }
  const { values, positionals } = parsed;
  const json = values.json ?? false;
  if (values.merge) {
    const extra = (['scenario', 'seeds', 'strategies', 'shard', 'out'] as const).find((k) => values[k] !== undefined);
    if (extra) return err(`--merge takes its settings from the shard files: drop --${extra}`);
    if (!positionals.length) return err('--merge needs the shard files to merge (e.g. --merge a.jsonl b.jsonl c.jsonl)');
    return ok({ mode: 'merge', files: positionals, json });
  }
  if (positionals.length) return err(`unexpected argument "${printable(positionals[0]?.slice(0, 40) ?? '')}" (shard files go after --merge)`);
  const seedsText = values.seeds ?? '50';
  if (!/^[1-9][0-9]{0,7}$/.test(seedsText) || Number(seedsText) > MAX_STUDY_SEEDS) return err(`--seeds must be a whole number from 1 to ${MAX_STUDY_SEEDS}, found "${printable(seedsText.slice(0, 40))}"`);
  const strategies = values.strategies === undefined ? [...STUDY_STRATEGIES] : values.strategies.split(',').map((s) => s.trim());
  const unknown = strategies.find((s) => !STUDY_STRATEGIES.includes(s));
  if (unknown !== undefined) return err(`unknown strategy "${printable(unknown.slice(0, 40))}" in --strategies: use some of ${STUDY_STRATEGIES.join(', ')}`);
  if (new Set(strategies).size !== strategies.length) return err('--strategies names a strategy twice');
  let shard: Shard | undefined;
  if (values.shard !== undefined) {
    const s = parseShard(values.shard);
    if (!s.ok) return s;
    shard = s.value;
  }
  if (values.out !== undefined && !values.out) return err('--out needs a file name');
  if (values.out !== undefined && json) return err('--out writes JSON Lines for --merge; --json is for the printed result');
  return ok({ mode: 'play', scenario: values.scenario ?? 'baseline-2022', seeds: Number(seedsText), strategies, shard, out: values.out, json });
}
