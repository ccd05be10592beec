// The machine takes seeds from its input and has no clock: replays stay exact.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('machine purity', () => {
  it('never reads Math.random or the clock in src/machine', () => {
    const dir = join(__dirname, '../../src/machine');
    const offenders = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /Math\.random|Date\.now|new Date\b|performance\.now/.test(readFileSync(join(dir, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
