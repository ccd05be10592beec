// Regenerates src/sim/fieldAccessors.ts from the table of fields: `npm run accessors` (after adding a field).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fieldAccessorsSource } from '../src/sim/accessorSource';

const target = fileURLToPath(new URL('../src/sim/fieldAccessors.ts', import.meta.url));
writeFileSync(target, fieldAccessorsSource());
console.log(`wrote ${target}`);
