// The JSON Schema editors use for autocompletion and inline errors, generated from the zod schema (never edited by hand).
import { z } from 'zod';
import { scenarioFileSchema } from './schema';

/** The scenario file's JSON Schema (draft 2020-12), as written to scenarios/scenario.schema.json. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioFileSchema, { unrepresentable: 'any', io: 'input', reused: 'ref' }) as Record<string, unknown>;
  return { ...schema, title: 'Multi-Vector scenario', description: 'A scenario file for Multi-Vector. Every starting number cites a FACTS.md id, a web address, or "abstraction".' };
}

/** The file's exact text (stable key order, trailing newline) so a test can tell when it is stale. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
