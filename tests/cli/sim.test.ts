// The headless runner as a user calls it: JSON and table output, strategies, and clear errors for bad arguments.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const sim = (...args: string[]) =>
  run('node', ['--import', 'tsx', 'src/cli/sim.ts', ...args], { cwd: new URL('../..', import.meta.url).pathname })
    .then((r) => ({ code: 0, ...r }))
    .catch((e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }));

describe('npm run sim', () => {
  it('plays the historical line on the baseline and prints one JSON document', async () => {
    const r = await sim('--scenario', 'scenarios/baseline-2022.json', '--seed', '7', '--strategy', 'historical', '--json');
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ scenario: 'baseline-2022', seed: 7, strategy: 'historical' });
    expect(doc.turns[0].date).toBe('2022-H2');
    const first = doc.turns[0].indicators;
    for (const key of ['oilExportsMt', 'middleCorridorMt', 'gdpUsdBn', 'gdpGrowthPct', 'russiaAlarm', 'stability']) expect(typeof first[key]).toBe('number');
    expect(Object.keys(first.oilByRouteMt).sort()).toEqual(['btc', 'china', 'cpc', 'rail', 'samara']);
    expect(Object.keys(first.tradeByPartnerUsdBn).sort()).toEqual(['centralAsia', 'china', 'eu', 'gulf', 'other', 'russia', 'turkey', 'us']);
    expect(Object.keys(first.importShare).sort()).toEqual(['china', 'eu', 'russia']);
    expect(doc.final.stateHash).toMatch(/^[0-9a-f]{16}$/);
    expect(doc.final.ending).toBeTypeOf('string');
    expect(doc.log[0].actions).toContain('btc-volume-agreement');
  }, 60_000);

  it('gives the same hash for the same seed and strategy, and honours --turns', async () => {
    const a = await sim('--scenario', 'baseline-2022', '--seed', '3', '--strategy', 'balanced', '--turns', '4', '--json');
    const b = await sim('--scenario', 'baseline-2022', '--seed', '3', '--strategy', 'balanced', '--turns', '4', '--json');
    expect(JSON.parse(a.stdout).final.stateHash).toBe(JSON.parse(b.stdout).final.stateHash);
    expect(JSON.parse(a.stdout).turns).toHaveLength(4);
  }, 60_000);

  it('prints a readable table without --json', async () => {
    const r = await sim('--scenario', 'baseline-2022', '--seed', '1', '--strategy', 'western-pivot', '--turns', '3');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/2022-H2/);
    expect(r.stdout).toMatch(/Ending: /);
  }, 60_000);

  it('plays a strategy file and rejects one naming an unknown action', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mv-'));
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ turns: [{ actions: ['btc-volume-agreement'] }, { actions: ['reaffirm-csto'] }] }));
    const ok = await sim('--scenario', 'baseline-2022', '--seed', '1', '--strategy', good, '--turns', '2', '--json');
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout).log.map((c: { actions: string[] }) => c.actions)).toEqual([['btc-volume-agreement'], ['reaffirm-csto']]);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ turns: [{ actions: ['build-death-star'] }] }));
    const r = await sim('--scenario', 'baseline-2022', '--seed', '1', '--strategy', bad);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/turns\.0\.actions\.0: unknown action "build-death-star"/);
  }, 60_000);

  it.each([
    [['--scenario', 'baseline-2022', '--seed', '1', '--strategy', 'martian'], /unknown strategy "martian"/],
    [['--scenario', 'nowhere', '--seed', '1', '--strategy', 'balanced'], /no scenario file or id "nowhere"/],
    [['--scenario', 'baseline-2022', '--seed', 'abc', '--strategy', 'balanced'], /--seed must be a whole number from 0 to 4294967295/],
    [['--scenario', 'baseline-2022', '--strategy', 'balanced', '--turns', '0'], /--turns must be/],
    [['--bogus'], /Unknown option '--bogus'/],
  ])('refuses bad arguments %j with a clear message', async (args, message) => {
    const r = await sim(...args);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  }, 60_000);
});
