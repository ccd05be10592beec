// Hostile command-line input: devices, folders, huge files, odd seeds and terminal escape codes never hang, crash or alias.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseSimArgs } from '../../src/cli/args';
import { parseSeed, printable, readLimitedFile } from '../../src/cli/input';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
const cli = (script: string, ...args: string[]) =>
  run('node', ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { cwd: root, maxBuffer: 4_000_000 })
    .then((r) => ({ code: 0, ...r }))
    .catch((e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }));

describe('seeds', () => {
  it.each(['0', '1', '42', '4294967295'])('accepts the decimal seed %s as itself', (s) => {
    expect(parseSeed(s)).toEqual({ ok: true, value: Number(s) });
  });
  it.each(['', ' 1', '1 ', '0x10', '1e20', '1e3', '-1', '=-1', '+1', '01', '1.0', '4294967296', '99999999999', 'NaN', '١'])(
    'refuses %j instead of aliasing another seed', (s) => {
      const r = parseSeed(s);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/--seed must be/);
    });
  it('refuses --seed= -1 and an empty --seed in the argument parser', () => {
    expect(parseSimArgs(['--scenario', 'x', '--strategy', 'y', '--seed=-1']).ok).toBe(false);
    expect(parseSimArgs(['--scenario', 'x', '--strategy', 'y', '--seed', '']).ok).toBe(false);
    expect(parseSimArgs(['--scenario', 'x', '--strategy', 'y', '--seed', '7'])).toMatchObject({ ok: true, value: { seed: 7 } });
  });
});

describe('files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mv-input-'));
  it('refuses a device, a folder and a missing file before reading a byte', () => {
    expect(readLimitedFile('/dev/zero')).toEqual({ ok: false, error: expect.stringMatching(/not a regular file/) });
    expect(readLimitedFile(dir)).toEqual({ ok: false, error: 'is a folder, not a file' });
    expect(readLimitedFile(join(dir, 'none.json'))).toEqual({ ok: false, error: 'no such file' });
  });
  it('refuses a file over the limit and reads one under it', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, 'x'.repeat(5000));
    expect(readLimitedFile(big, 4000)).toEqual({ ok: false, error: expect.stringMatching(/too large/) });
    expect(readLimitedFile(big, 5000)).toEqual({ ok: true, value: 'x'.repeat(5000) });
  });
  it('strips terminal control characters from anything printed, keeping line breaks', () => {
    expect(printable('a\u001b[31mred\u0007\nb\u009b')).toBe('a?[31mred?\nb?');
  });
});

describe('the commands', () => {
  it('validate answers /dev/zero and a folder at once, with no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mv-folder-'));
    const r = await cli('validate', '/dev/zero', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('/dev/zero: is not a regular file');
    expect(r.stderr).toContain(`${dir}: is a folder, not a file`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);

  it('sim refuses /dev/zero and a folder as scenario or strategy, and a hex seed, with one line each', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mv-folder-'));
    const [zero, folder, strategy, hex] = await Promise.all([
      cli('sim', '--scenario', '/dev/zero', '--seed', '1', '--strategy', 'balanced'),
      cli('sim', '--scenario', dir, '--seed', '1', '--strategy', 'balanced'),
      cli('sim', '--scenario', 'baseline-2022', '--seed', '1', '--strategy', '/dev/zero'),
      cli('sim', '--scenario', 'baseline-2022', '--seed', '0x10', '--strategy', 'balanced'),
    ]);
    expect(zero.stderr).toMatch(/^sim: \/dev\/zero is not a regular file/);
    expect(folder.stderr).toContain('is a folder, not a file');
    expect(strategy.stderr).toMatch(/^sim: \/dev\/zero is not a regular file/);
    expect(hex.stderr).toMatch(/--seed must be a whole number from 0 to 4294967295/);
    for (const r of [zero, folder, strategy, hex]) {
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at |EISDIR/);
    }
  }, 180_000);

  it('sim prints a scenario title with escape codes harmlessly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mv-esc-'));
    const scenario = JSON.parse((await import('node:fs')).readFileSync(join(root, 'scenarios/classroom-short.json'), 'utf8'));
    scenario.title.en = 'Evil \u001b[2J\u001b]0;pwned\u0007 title';
    const file = join(dir, 'classroom-short.json');
    writeFileSync(file, JSON.stringify(scenario));
    const r = await cli('sim', '--scenario', file, '--seed', '1', '--strategy', 'balanced', '--turns', '1');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Evil ?[2J?]0;pwned? title');
    expect(r.stdout).not.toContain('\u001b');
  }, 120_000);
});
