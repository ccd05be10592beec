// Study shards as JSON Lines: a header with the study's settings and the shard's seeds, one line per game, an end line.
// Reading checks every line (errors name file:line) so a garbled, cut or foreign file is refused before merging.
import { createReadStream, fstatSync, openSync, closeSync } from 'node:fs';
import { z } from 'zod';
import { ENDING_IDS } from '../sim/ids';
import { err, ok, type Result } from '../sim/result';
import { printable } from './input';
import { shardSeeds, type Shard } from './shard';
import type { StudyGame, StudySettings } from './studyGames';

/** The format's name and version, written in every header. */
export const SHARD_FORMAT = 'multi-vector-study-shard';
export const SHARD_VERSION = 1;

/** The longest line a shard file may have (a game line is about 200 characters). */
export const MAX_LINE = 10_000;

/** A shard's games: each strategy's games of seeds `from`…`to`, in seed order. */
export interface ShardGames {
  settings: StudySettings;
  shard: Shard & { from: number; to: number };
  strategies: { name: string; games: StudyGame[] }[];
}

/** The lines of a shard file, each ending in a newline: header, games (strategy by strategy, in seed order), end. */
export function shardLines(data: ShardGames): string[] {
  const { settings, shard } = data;
  const lines = [JSON.stringify({ kind: 'header', format: SHARD_FORMAT, version: SHARD_VERSION, settings, shard })];
  let games = 0;
  for (const { name, games: list } of data.strategies) {
    for (const g of list) lines.push(JSON.stringify({ kind: 'game', strategy: name, ...g }));
    games += list.length;
  }
  lines.push(JSON.stringify({ kind: 'end', games }));
  return lines.map((l) => `${l}\n`);
}

const settingsSchema = z.strictObject({
  scenario: z.string().min(1).max(200),
  title: z.string().max(500),
  scenarioSha256: z.string().regex(/^[0-9a-f]{64}$/),
  seeds: z.number().int().min(1).max(100_000_000),
  strategies: z.array(z.string().min(1).max(100)).min(1).max(100),
  engine: z.string().max(100),
});
const headerSchema = z.strictObject({
  kind: z.literal('header'),
  format: z.literal(SHARD_FORMAT),
  version: z.literal(SHARD_VERSION),
  settings: settingsSchema,
  shard: z.strictObject({ index: z.number().int().min(1), count: z.number().int().min(1), from: z.number().int(), to: z.number().int() }),
});
const pillarsSchema = z.strictObject({ sovereignty: z.number(), prosperity: z.number(), security: z.number(), stability: z.number() });
const gameSchema = z.strictObject({
  kind: z.literal('game'),
  strategy: z.string(),
  seed: z.number().int(),
  ending: z.enum(ENDING_IDS),
  goalsMet: z.boolean(),
  pillars: pillarsSchema,
  balance: z.number(),
});
const endSchema = z.strictObject({ kind: z.literal('end'), games: z.number().int().min(0) });

/** The first problem zod found, as "field: message". */
const firstIssue = (error: z.ZodError): string => {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  return `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
};

/** The lines of a file as they stream in: text and 1-based number; `cut` when the file ends without a newline. */
async function* fileLines(path: string, fd: number): AsyncGenerator<{ text: string; line: number; cut: boolean }> {
  let rest = '';
  let line = 0;
  for await (const chunk of createReadStream('', { fd, encoding: 'utf8', highWaterMark: 1 << 16 })) {
    rest += chunk as string;
    let at: number;
    while ((at = rest.indexOf('\n')) >= 0) {
      line++;
      yield { text: rest.slice(0, at).replace(/\r$/, ''), line, cut: false };
      rest = rest.slice(at + 1);
    }
    if (rest.length > MAX_LINE) throw new LineError(`${path}:${line + 1}: line longer than ${MAX_LINE} characters (not a study shard file?)`);
  }
  if (rest.length) yield { text: rest, line: line + 1, cut: true };
}

class LineError extends Error {}

/** Opens a path only if it is a regular file (not a folder, device or pipe). */
function openRegular(path: string): Result<number, string> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as { code?: string }).code;
    return err(`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot be opened (${code ?? 'unknown error'})`}`);
  }
  const stat = fstatSync(fd);
  if (!stat.isFile()) {
    closeSync(fd);
    return err(`${path}: ${stat.isDirectory() ? 'is a folder, not a file' : 'is not a regular file (a device, pipe or socket)'}`);
  }
  return ok(fd);
}

/** Reads and checks one shard file: every line well formed, every game of its seeds present once, the end line last. */
export async function readShardFile(path: string): Promise<Result<ShardGames, string>> {
  const opened = openRegular(path);
  if (!opened.ok) return opened;
  const where = (line: number) => `${printable(path)}:${line}`;
  let header: z.infer<typeof headerSchema> | null = null;
  const games = new Map<string, (StudyGame | undefined)[]>();
  const lineOf = new Map<string, number>();
  let count = 0;
  let end: { line: number; games: number } | null = null;
  let last = 0;
  try {
    for await (const { text, line, cut } of fileLines(path, opened.value)) {
      last = line;
      if (!text.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        if (!header && !cut) return err(`${where(line)}: not a study shard file: the first line is not JSON (expected the header that \`npm run study -- --shard i/n --out file.jsonl\` writes)`);
        return err(cut
          ? `${where(line)}: the file ends in the middle of this line (cut short while writing or copying?): ${printable(text.slice(0, 60))}`
          : `${where(line)}: not valid JSON: ${printable(text.slice(0, 60))}${text.length > 60 ? '…' : ''}`);
      }
      const kind = typeof value === 'object' && value !== null ? (value as { kind?: unknown }).kind : undefined;
      if (!header) {
        const parsed = headerSchema.safeParse(value);
        if (!parsed.success) {
          return err(kind === 'header'
            ? `${where(line)}: bad header (${firstIssue(parsed.error)})`
            : `${where(line)}: not a study shard file: the first line must be the header that \`npm run study -- --shard i/n --out file.jsonl\` writes`);
        }
        header = parsed.data;
        const { settings, shard } = header;
        if (shard.index > shard.count) return err(`${where(line)}: shard ${shard.index}/${shard.count} does not exist`);
        if (new Set(settings.strategies).size !== settings.strategies.length) return err(`${where(line)}: a strategy is listed twice`);
        const expected = shardSeeds(shard, settings.seeds);
        if (shard.from !== expected.from || shard.to !== expected.to) {
          return err(`${where(line)}: shard ${shard.index}/${shard.count} of ${settings.seeds} seeds plays seeds ${expected.from}–${expected.to}, but the header says ${shard.from}–${shard.to}`);
        }
        for (const name of settings.strategies) games.set(name, new Array<StudyGame | undefined>(Math.max(0, shard.to - shard.from + 1)));
        continue;
      }
      if (end) return err(`${where(line)}: a line after the end line (line ${end.line})`);
      if (kind === 'end') {
        const parsed = endSchema.safeParse(value);
        if (!parsed.success) return err(`${where(line)}: bad end line (${firstIssue(parsed.error)})`);
        end = { line, games: parsed.data.games };
        continue;
      }
      const parsed = gameSchema.safeParse(value);
      if (!parsed.success) return err(`${where(line)}: bad game line (${firstIssue(parsed.error)})`);
      const { strategy, seed, ending, goalsMet, pillars, balance } = parsed.data;
      const list = games.get(strategy);
      if (!list) return err(`${where(line)}: strategy "${printable(strategy.slice(0, 40))}" is not one of this study's (${header.settings.strategies.join(', ')})`);
      if (seed < header.shard.from || seed > header.shard.to) return err(`${where(line)}: seed ${seed} is outside this shard's seeds ${header.shard.from}–${header.shard.to}`);
      const id = `${strategy} seed ${seed}`;
      const first = lineOf.get(id);
      if (first !== undefined) return err(`${where(line)}: ${id} again (first at line ${first})`);
      lineOf.set(id, line);
      const { sovereignty, prosperity, security, stability } = pillars;
      list[seed - header.shard.from] = { seed, ending, goalsMet, pillars: { sovereignty, prosperity, security, stability }, balance };
      count++;
    }
  } catch (e) {
    if (e instanceof LineError) return err(e.message);
    return err(`${printable(path)}: cannot be read (${(e as { code?: string }).code ?? String(e)})`);
  }
  if (!header) return err(`${where(1)}: empty file: no header (the shard never started writing?)`);
  if (!end) return err(`${where(last)}: the file stops here without its end line (truncated, or the shard has not finished)`);
  const strategies: ShardGames['strategies'] = [];
  for (const [name, list] of games) {
    const missing = list.findIndex((g) => !g);
    if (missing >= 0) return err(`${printable(path)}: ${name} seed ${header.shard.from + missing} is missing (shard ${header.shard.index}/${header.shard.count} plays seeds ${header.shard.from}–${header.shard.to} of every strategy)`);
    strategies.push({ name, games: list as StudyGame[] });
  }
  if (end.games !== count) return err(`${where(end.line)}: the end line counts ${end.games} games, but the file has ${count}`);
  return ok({ settings: header.settings, shard: header.shard, strategies });
}
