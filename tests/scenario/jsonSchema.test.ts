// The JSON Schema editors use is generated from the zod schema; this fails when someone changes one and not the other.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchemaText } from '../../src/scenario/jsonSchema';

describe('scenarios/scenario.schema.json', () => {
  it('is up to date (regenerate with `npx tsx src/scenario/writeJsonSchema.ts`)', () => {
    expect(readFileSync('scenarios/scenario.schema.json', 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('offers FACTS ids as completions for sources and forbids unknown keys', () => {
    const text = scenarioJsonSchemaText();
    expect(text).toContain('"CPC1"');
    expect(text).toContain('"abstraction"');
    expect(JSON.parse(text).additionalProperties).toBe(false);
  });
});
