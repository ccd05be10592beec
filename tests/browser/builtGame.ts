// One build of the game shared by every browser test file of a run (and reused while the sources are unchanged):
// building takes a minute on a busy 2-core machine, so nine files building their own copy cost most of the suite.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, ROOT } from './harness';

/** What a build depends on: the sources, assets, page, config and locked dependencies. */
const INPUTS = ['src', 'assets', 'public', 'scenarios', 'index.html', 'vite.config.ts', 'package-lock.json', 'tsconfig.json'];
const PREFIX = 'multi-vector-build-';
const DONE = '.built';

/** A fingerprint of every build input (path, size, modification time): a changed source means a new build. */
function fingerprint(): string {
  const hash = createHash('sha256');
  const walk = (path: string): void => {
    if (!existsSync(path)) return;
    const info = statSync(path);
    if (info.isDirectory()) {
      for (const name of readdirSync(path).sort()) walk(join(path, name));
    } else hash.update(`${path.slice(ROOT.length)}\0${info.size}\0${info.mtimeMs}\n`);
  };
  for (const input of INPUTS) walk(join(ROOT, input));
  return hash.digest('hex').slice(0, 16);
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Removes finished builds of other sources, so runs over many commits do not fill the disk. */
function dropOldBuilds(keep: string): void {
  for (const name of readdirSync(tmpdir())) {
    const dir = join(tmpdir(), name);
    if (name.startsWith(PREFIX) && !name.endsWith('.lock') && dir !== keep && existsSync(join(dir, DONE)) && !existsSync(`${dir}.lock`)) {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/**
 * The folder of a production build of the current sources: `KZ_BROWSER_DIST` when set, otherwise a build shared
 * through the temp folder. The first caller builds under a lock; the others wait for it (a dead builder's lock is
 * taken over).
 */
export async function builtGame(): Promise<string> {
  const prebuilt = process.env.KZ_BROWSER_DIST;
  if (prebuilt) return prebuilt;
  const dir = join(tmpdir(), `${PREFIX}${fingerprint()}`);
  const lock = `${dir}.lock`;
  for (let waited = 0; waited < 900_000; waited += 500) {
    if (existsSync(join(dir, DONE))) return dir;
    try {
      mkdirSync(lock);
    } catch {
      const pid = Number(readFileSafe(join(lock, 'pid')));
      if (pid && !alive(pid)) rmSync(lock, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    try {
      writeFileSync(join(lock, 'pid'), String(process.pid));
      await buildApp(dir);
      writeFileSync(join(dir, DONE), new Date().toISOString());
      dropOldBuilds(dir);
      return dir;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  throw new Error(`builtGame: gave up waiting for the build in ${dir} (lock ${lock})`);
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
