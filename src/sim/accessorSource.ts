// The text of src/sim/fieldAccessors.ts, made from the table of fields: one reader and one writer per field.
import { FIELDS } from './fields';

/**
 * Why a generated file: a reader compiled at run time from a dotted path (`w[a][b]` with the keys in variables) makes one
 * function serve every field, so V8 looks each key up the slow way; a function written out per field reads a known
 * property and stays fast. The table stays the one source: `npm run accessors` rewrites the file, a test checks it.
 */
export function fieldAccessorsSource(): string {
  const lines = Object.keys(FIELDS).map((path) => {
    const chain = path.split('.').map((k) => `.${k}`).join('');
    return `  '${path}': [(w) => w${chain}, (w, v) => void (w${chain} = v as never)],`;
  });
  return [
    '// Generated from src/sim/fields.ts by `npm run accessors` (src/sim/accessorSource.ts says why): do not edit.',
    "import type { Path } from './fields';",
    "import type { World } from './world';",
    '',
    '/** A value a path may hold at a leaf. */',
    'type Leaf = number | string | boolean;',
    '',
    '/** Each field\'s reader and writer, written out so that each reads and writes one known property. */',
    'export const FIELD_ACCESSORS: { readonly [P in Path]: readonly [(w: World) => Leaf, (w: World, v: Leaf) => void] } = {',
    ...lines,
    '};',
    '',
  ].join('\n');
}
