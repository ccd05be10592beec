// The generated field accessors match the table of fields, and read and write exactly the field they are named after.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldAccessorsSource } from '../../src/sim/accessorSource';
import { FIELD_ACCESSORS } from '../../src/sim/fieldAccessors';
import { FIELDS, type Path } from '../../src/sim/fields';
import { leafPaths } from '../../src/sim/paths';
import { createWorld } from '../../src/sim/create';
import { baselineData } from '../fixtures/baselineData';

describe('src/sim/fieldAccessors.ts', () => {
  it('is up to date with the table of fields (regenerate with `npm run accessors`)', () => {
    expect(readFileSync('src/sim/fieldAccessors.ts', 'utf8')).toBe(fieldAccessorsSource());
  });

  it('reads and writes each field at its own path, and nothing else', () => {
    const world = createWorld(baselineData, 1);
    const paths = new Set(leafPaths(world));
    for (const path of Object.keys(FIELDS) as Path[]) {
      expect(paths.has(path)).toBe(true);
      const [get, set] = FIELD_ACCESSORS[path];
      const w = structuredClone({ ...world, ledger: null }) as unknown as typeof world;
      const before = get(w);
      const next = typeof before === 'number' ? before + 1.5 : typeof before === 'boolean' ? !before : `${before}-x`;
      set(w, next);
      const segments = path.split('.');
      let node: unknown = w;
      for (const key of segments) node = (node as Record<string, unknown>)[key];
      expect(node).toBe(next);
      expect(get(w)).toBe(next);
    }
  });
});
