// Sharded studies as a user runs them: three shards merged print exactly what the unsharded study prints (text and
// JSON), and bad shard files are refused with the file and line at fault.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseShard, shardSeeds } from '../../src/cli/shard';
import { mergeShardFiles } from '../../src/cli/studyMerge';
import { formatStudy } from '../../src/cli/studyGames';

const run = promisify(execFile);
const study = (...args: string[]) =>
  run('node', ['--import', 'tsx', 'src/cli/study.ts', ...args], { cwd: new URL('../..', import.meta.url).pathname })
    .then((r) => ({ code: 0, ...r }))
    .catch((e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }));

const SEEDS = '11'; // 11 seeds in 3 shards: blocks of 3, 4 and 4
const dir = mkdtempSync(join(tmpdir(), 'mv-study-'));
const shard = (i: number) => join(dir, `part-${i}.jsonl`);
const lines = (i: number) => readFileSync(shard(i), 'utf8').split('\n');
/** Writes a copy of shard `i` with its lines changed by `edit`; returns its path. */
const edited = (i: number, name: string, edit: (lines: string[]) => string[]) => {
  const path = join(dir, name);
  writeFileSync(path, edit(lines(i)).join('\n'));
  return path;
};
let whole = { text: '', json: '' };

beforeAll(async () => {
  const [text, json, ...shards] = await Promise.all([
    study('--seeds', SEEDS),
    study('--seeds', SEEDS, '--json'),
    ...[1, 2, 3].map((i) => study('--seeds', SEEDS, '--shard', `${i}/3`, '--out', shard(i))),
  ]);
  for (const r of [text, json, ...shards]) expect(r.code, r.stderr).toBe(0);
  whole = { text: text.stdout, json: json.stdout };
}, 180_000);

describe('npm run study in shards', () => {
  it('merges three shards (in any order) into exactly the unsharded result, as text and as JSON', async () => {
    expect(whole.text).toMatch(/: 11 seeds per strategy/);
    expect(whole.text).toMatch(/^historical .*all goals \d+\/11/m);
    const [text, json] = await Promise.all([study('--merge', shard(2), shard(3), shard(1)), study('--merge', shard(1), shard(2), shard(3), '--json')]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toBe(whole.text);
    expect(json.stdout).toBe(whole.json);
    const doc = JSON.parse(json.stdout) as { seeds: number; strategies: { name: string; games: { seed: number }[] }[] };
    expect(doc.strategies[0]?.games.map((g) => g.seed)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  }, 120_000);

  it('splits the seeds into contiguous blocks that cover every seed once, whatever the shard count', () => {
    for (const seeds of [1, 7, 11, 100]) {
      for (let count = 1; count <= 13; count++) {
        const covered: number[] = [];
        for (let index = 1; index <= count; index++) {
          const { from, to } = shardSeeds({ index, count }, seeds);
          for (let s = from; s <= to; s++) covered.push(s);
        }
        expect(covered).toEqual(Array.from({ length: seeds }, (_, i) => i + 1));
      }
    }
    expect(shardSeeds({ index: 2, count: 3 }, 11)).toEqual({ from: 4, to: 7 });
  });

  it('refuses a shard that does not exist, with the usage', async () => {
    const r = await study('--seeds', SEEDS, '--shard', '3/2', '--out', join(dir, 'never.jsonl'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--shard 3/2: shard 3 of 2 does not exist');
    expect(r.stderr).toContain('usage: npm run study');
    for (const bad of ['0/2', '1/0', '-1/2', '1/2/3', 'a/b', '']) expect(parseShard(bad).ok, bad).toBe(false);
    expect(parseShard('2/2')).toEqual({ ok: true, value: { index: 2, count: 2 } });
  }, 60_000);

  it('names the missing shard, an overlap and a file given twice', async () => {
    expect(await mergeShardFiles([shard(1), shard(3)])).toEqual({ ok: false, error: `seeds 4–7 of 11 are in no file: missing shard 2/3` });
    expect(await mergeShardFiles([shard(1), shard(2)])).toEqual({ ok: false, error: `seeds 8–11 of 11 are in no file: missing shard 3/3` });
    expect(await mergeShardFiles([shard(1), shard(1), shard(2), shard(3)])).toEqual({ ok: false, error: `${shard(1)} is given twice` });
    const copy = edited(2, 'copy-of-2.jsonl', (l) => l);
    const overlap = await mergeShardFiles([shard(1), shard(2), copy, shard(3)]);
    expect(overlap.ok ? '' : overlap.error).toMatch(/copy-of-2\.jsonl \(shard 2\/3, seeds 4–7\) overlaps .*part-2\.jsonl \(shard 2\/3, seeds 4–7\)|part-2\.jsonl \(shard 2\/3, seeds 4–7\) overlaps .*copy-of-2\.jsonl/);
    const merged = await mergeShardFiles([shard(3), shard(1), shard(2)]);
    expect(merged.ok && formatStudy(merged.value, false)).toBe(whole.text.trimEnd());
  });

  it('refuses shards of a different study: another seed count, scenario content or strategy list', async () => {
    const other = join(dir, 'other.jsonl');
    const r = await study('--seeds', '12', '--shard', '2/3', '--out', other);
    expect(r.code, r.stderr).toBe(0);
    expect(await mergeShardFiles([shard(1), other, shard(3)])).toEqual({ ok: false, error: `${other}:1: not the same study as ${shard(1)}: --seeds 12 here, 11 there` });
    const header = (edit: (h: { settings: Record<string, unknown> }) => void) => (l: string[]) => {
      const h = JSON.parse(l[0]!) as { settings: Record<string, unknown> };
      edit(h);
      return [JSON.stringify(h), ...l.slice(1)];
    };
    const changed = edited(2, 'changed.jsonl', header((h) => (h.settings.scenarioSha256 = 'f'.repeat(64))));
    const c = await mergeShardFiles([shard(1), changed, shard(3)]);
    expect(c.ok ? '' : c.error).toMatch(/changed\.jsonl:1: not the same study .*scenario "baseline-2022" has different content/);
    const fewer = edited(2, 'fewer.jsonl', header((h) => (h.settings.strategies = ['none', 'balanced'])));
    const f = await mergeShardFiles([shard(1), fewer, shard(3)]);
    expect(f.ok ? '' : f.error).toMatch(/fewer\.jsonl:\d+: strategy "historical" is not one of this study's \(none, balanced\)/);
  });

  it('points at the file and line of a garbled, cut or incomplete shard', async () => {
    const error = async (path: string) => {
      const r = await mergeShardFiles([shard(1), path, shard(3)]);
      return r.ok ? 'merged' : r.error;
    };
    const garbled = edited(2, 'garbled.jsonl', (l) => l.map((x, i) => (i === 4 ? x.slice(0, -1) : x)));
    expect(await error(garbled)).toMatch(/garbled\.jsonl:5: not valid JSON: \{"kind":"game"/);
    const wrongField = edited(2, 'field.jsonl', (l) => l.map((x, i) => (i === 6 ? x.replace('"goalsMet":', '"goalsMet":"yes","x":') : x)));
    expect(await error(wrongField)).toMatch(/field\.jsonl:7: bad game line/);
    const full = readFileSync(shard(2), 'utf8');
    const cut = join(dir, 'cut.jsonl');
    writeFileSync(cut, full.slice(0, full.indexOf('\n', 900) + 40)); // ends in the middle of a game line
    expect(await error(cut)).toMatch(/cut\.jsonl:\d+: the file ends in the middle of this line/);
    const noEnd = edited(2, 'no-end.jsonl', (l) => l.slice(0, 10));
    expect(await error(noEnd)).toBe(`${noEnd}:10: the file stops here without its end line (truncated, or the shard has not finished)`);
    const dropped = edited(2, 'dropped.jsonl', (l) => l.filter((_, i) => i !== 3)); // the third game of "none": seed 6
    expect(await error(dropped)).toBe(`${dropped}: none seed 6 is missing (shard 2/3 plays seeds 4–7 of every strategy)`);
    const twice = edited(2, 'twice.jsonl', (l) => [...l.slice(0, 3), l[2]!, ...l.slice(4)]);
    expect(await error(twice)).toBe(`${twice}:4: none seed 5 again (first at line 3)`);
    const outside = edited(2, 'outside.jsonl', (l) => l.map((x, i) => (i === 1 ? x.replace('"seed":4,', '"seed":9,') : x)));
    expect(await error(outside)).toBe(`${outside}:2: seed 9 is outside this shard's seeds 4–7`);
    const notShard = join(dir, 'notes.jsonl');
    writeFileSync(notShard, '{"hello":"world"}\n');
    expect(await error(notShard)).toMatch(/notes\.jsonl:1: not a study shard file/);
    expect(await error(join(dir, 'absent.jsonl'))).toBe(`${join(dir, 'absent.jsonl')}: no such file`);
  });
});
