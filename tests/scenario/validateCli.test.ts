// npm run validate as a teacher uses it: a one-line summary per good file, every problem of a bad one, never a stack trace.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const validate = (...args: string[]) =>
  run('node', ['--import', 'tsx', 'src/cli/validate.ts', ...args], { cwd: new URL('../..', import.meta.url).pathname })
    .then((r) => ({ code: 0, ...r }))
    .catch((e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }));

describe('npm run validate', () => {
  it('prints one line per valid file with its id, turns and how many numbers cite a source', async () => {
    const r = await validate('scenarios/baseline-2022.json', 'scenarios/transit-ban.json');
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^scenarios\/baseline-2022\.json: ok — baseline-2022 ".+", 17 half-year turns, \d+ numbers cite a source, \d+ are abstractions$/);
  }, 30_000);

  it('prints every problem of every bad file as "file: message" and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{\n  "id": "bad",\n  "turns": "ten"\n}');
    const r = await validate(bad, join(dir, 'missing.json'), dir, 'scenarios/classroom-short.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}: turns: expected a whole number from 1 to 40, found "ten"`);
    expect(r.stderr).toContain(`${bad}: title: missing, expected text like { "en": "…" }`);
    expect(r.stderr).toContain(`${join(dir, 'missing.json')}: no such file`);
    expect(r.stderr).toContain(`${dir}: is a folder, not a file`);
    expect(r.stdout).toContain('classroom-short.json: ok');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('explains its usage when given no files', async () => {
    const r = await validate();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: npm run validate -- <scenario.json>');
  }, 30_000);
});
