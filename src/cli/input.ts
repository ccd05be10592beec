// Untrusted command-line input: files read with a size limit after checking they are regular files, exact seeds, printable text.
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseScenario } from '../scenario/parse';
import type { ScenarioData } from '../sim/scenarioData';
import { err, ok, type Result } from '../sim/result';

/** Largest input file read, in bytes (real scenarios are about 10 kB; the parser's own limit is 1,000,000 characters). */
export const MAX_FILE_BYTES = 2_000_000;

/** The largest seed: seeds are unsigned 32-bit integers. */
export const MAX_SEED = 0xffffffff;

/** Anything printed from a file or argument without terminal control characters (escape codes, bells, backspaces). */
export const printable = (text: string): string =>
  // eslint-disable-next-line no-control-regex
  text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '?');

/**
 * Reads a UTF-8 file only if it is a regular file no larger than `maxBytes`: devices (/dev/zero), pipes and folders are
 * refused before any byte is read, and the read itself stops at the limit, so no input can hang or exhaust memory.
 */
export function readLimitedFile(path: string, maxBytes = MAX_FILE_BYTES): Result<string, string> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') return err('no such file');
    if (code === 'EISDIR') return err('is a folder, not a file');
    if (code === 'EACCES' || code === 'EPERM') return err('permission denied');
    return err(`cannot be opened (${code ?? 'unknown error'})`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return err('is a folder, not a file');
    if (!stat.isFile()) return err('is not a regular file (a device, pipe or socket); give a .json file');
    if (stat.size > maxBytes) return err(`is too large (${stat.size} bytes; at most ${maxBytes})`);
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > maxBytes) return err(`is too large (more than ${maxBytes} bytes)`);
    }
    return ok(buffer.subarray(0, length).toString('utf8'));
  } catch (e) {
    const code = (e as { code?: string }).code;
    return err(code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? 'unknown error'})`);
  } finally {
    closeSync(fd);
  }
}

/** A seed written exactly as a decimal whole number from 0 to 4294967295 (no signs, hex, exponents or spaces). */
export function parseSeed(text: string): Result<number, string> {
  if (!/^(0|[1-9][0-9]{0,9})$/.test(text)) return err(`--seed must be a whole number from 0 to ${MAX_SEED} written in digits, found "${printable(text.slice(0, 40))}"`);
  const n = Number(text);
  return n <= MAX_SEED ? ok(n) : err(`--seed must be at most ${MAX_SEED}, found ${text}`);
}

/** A scenario id names a bundled file only when it is a plain slug (no path tricks such as "../"). */
const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Reads a scenario named by id (a bundled file) or by path, size-limited and validated; the error says where. */
export function loadScenarioRef(ref: string): Result<ScenarioData, string> {
  const byId = SLUG.test(ref.replace(/\.json$/, '')) && !existsSync(ref);
  const path = byId ? resolve('scenarios', `${ref.replace(/\.json$/, '')}.json`) : ref;
  const text = readLimitedFile(path);
  if (!text.ok) return err(byId && text.error === 'no such file' ? `no scenario file or id "${ref}" (looked for ${path})` : `${path} ${text.error}`);
  const parsed = parseScenario(text.value, path);
  if (!parsed.ok) return err(`${path} is not a valid scenario:\n${parsed.error.map((e: { message: string }) => `  ${e.message}`).join('\n')}`);
  return ok(parsed.value);
}
