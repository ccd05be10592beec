// The scenario FILE format: one strict zod schema, the single source of truth for parsing, the JSON Schema and the docs.
import { z } from 'zod';
import { actionSchema, conditionSchema, eventSchema, idSchema, MAX_ID_LENGTH, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH, powerRuleSchema, textSchema, titleSchema } from '../content/schema';
import { FACTS } from '../content/facts';
import { FIELDS, PATHS, type Field, type Path } from '../sim/fields';
import { POWER_IDS, ROUTE_STATUSES } from '../sim/ids';
import type { WorldStart } from '../sim/scenarioData';

/** The word that marks a number as a modelling choice rather than a documented figure. */
export const ABSTRACTION = 'abstraction';

/** Every word a `source` may be besides a URL: the FACTS.md ids and "abstraction" (editors offer them as completions). */
export const SOURCE_WORDS: [string, ...string[]] = [ABSTRACTION, ...FACTS.map((f) => f.id)];

/** Where a number comes from: a FACTS.md id, a web address, or "abstraction". */
export const sourceSchema = z
  .union([z.enum(SOURCE_WORDS), z.string().max(500).regex(/^https?:\/\/\S+$/, 'expected a web address starting with http:// or https://')])
  .describe('A FACTS.md id (e.g. "CPC1"), a web address (https://…), or "abstraction" for a modelling choice');

/** A starting number with its source: `{ "value": 53, "source": "CPC1" }`, optionally a note on how it was derived. */
export function sourced(min: number, max: number, options: { int?: boolean; description?: string } = {}) {
  let value = z.number().min(min).max(max);
  if (options.int) value = value.int();
  return z
    .strictObject({
      value,
      source: sourceSchema,
      note: z.string().max(MAX_TEXT_LENGTH).optional().describe('How the number was derived from the source (optional)'),
    })
    .describe(options.description ?? `A number from ${min} to ${max} with its source`);
}

/** An object with exactly these keys, each holding the same kind of value (missing or extra keys are errors). */
function keyed<K extends string, S extends z.ZodType>(keys: readonly K[], value: S) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, S>);
}

const shared = new Map<string, z.ZodType>();
/** One schema object per distinct description, so a family (relations.russia, relations.china…) shares one JSON Schema definition. */
const once = (key: string, make: () => z.ZodType): z.ZodType => {
  let schema = shared.get(key);
  if (!schema) shared.set(key, (schema = make()));
  return schema;
};

/** The file's schema of one field that the scenario sets, or null for fields the engine derives. */
function startValue(path: Path, f: Field): z.ZodType | null {
  const key = JSON.stringify([f.start, f.type, f.startRange ?? f.range, f.int, f.doc]);
  return f.start === 'sourced' || f.start === 'flag' || f.start === 'choice' ? once(key, () => makeStartValue(path, f)!) : null;
}

function makeStartValue(path: Path, f: Field): z.ZodType | null {
  const [min, max] = f.startRange ?? f.range;
  switch (f.start) {
    case 'sourced':
      return sourced(min, max, { int: f.int, description: f.doc });
    case 'flag':
      return sourced(min, max, { int: f.int, description: f.doc }).optional();
    case 'choice':
      if (f.type === 'switch') return z.boolean().describe(f.doc);
      if (path.endsWith('.status')) return z.enum(ROUTE_STATUSES).describe(f.doc);
      return z.string().min(1).max(MAX_TITLE_LENGTH).describe(f.doc);
    default:
      return null;
  }
}

type Tree = { [key: string]: Tree | z.ZodType };

/** Nests the scenario-set fields of the table into strict objects, in table order. */
function startTree(): Tree {
  const root: Tree = {};
  for (const path of PATHS) {
    const value = startValue(path, FIELDS[path]);
    if (!value) continue;
    const keys = path.split('.');
    let node = root;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Tree;
    node[keys[keys.length - 1]!] = value;
  }
  return root;
}

const toSchema = (tree: Tree): z.ZodType =>
  z.strictObject(Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, v instanceof z.ZodType ? v : toSchema(v)])));

const startShape = (toSchema(startTree()) as z.ZodObject).shape;

/** The starting world, derived from the field table (src/sim/fields.ts): a source on every number. */
export const startSchema = z.strictObject({ ...startShape, flags: (startShape.flags as z.ZodType).optional() }) as unknown as z.ZodType<StartFile>;

/** The `start` block as written: WorldStart with `{ value, source }` in place of each number. */
type Sourced<T> = T extends number ? { value: number; source: string; note?: string } : T extends string | boolean ? T : { [K in keyof T]: Sourced<T[K]> };
type StartFile = Sourced<WorldStart>;

const share = z.number().min(0).max(1);
const personalitySchema = z.strictObject({
  assertiveness: share.describe('How readily it climbs its escalation ladder, 0–1'),
  generosity: share.describe('How readily it offers money, deals, arms, 0–1'),
  patience: share.describe("How slowly its memory of the player's moves fades (1 = never), 0–1"),
});

const goalSchema = z.strictObject({ id: idSchema, when: conditionSchema, text: textSchema });

/** The whole scenario file. */
export const scenarioFileSchema = z.strictObject({
  $schema: z.string().max(500).optional().describe('Path to scenario.schema.json, for editors'),
  id: idSchema.describe('Kebab-case id, the same as the file name without .json'),
  title: titleSchema,
  summary: textSchema,
  goal: textSchema.optional().describe('What students should aim for, stated plainly'),
  author: z.string().min(1).max(MAX_TITLE_LENGTH),
  startYear: z.number().int().min(1991).max(2100),
  startPeriod: z.number().int().min(1).max(4).describe('1-based half (1–2) or quarter (1–4) of startYear'),
  turnLength: z.enum(['quarter', 'half']),
  turns: z.number().int().min(1).max(40),
  oilPricePath: z.array(z.number().min(1).max(500)).min(1).describe('Brent, USD per barrel, per turn; the last value repeats'),
  oilPriceSource: sourceSchema,
  start: startSchema,
  personalities: keyed(POWER_IDS, personalitySchema),
  content: z
    .strictObject({
      disableActions: z.array(z.string().max(MAX_ID_LENGTH)).max(500).optional().describe('Ids of base actions this scenario leaves out'),
      disableEvents: z.array(z.string().max(MAX_ID_LENGTH)).max(500).optional().describe('Ids of base events this scenario leaves out'),
      actions: z.array(actionSchema).optional(),
      events: z.array(eventSchema).optional(),
      powerRules: z.array(powerRuleSchema).optional(),
    })
    .optional(),
  scheduledEvents: z
    .array(z.strictObject({ turn: z.number().int().min(0).max(39).describe('0 = the first turn'), eventId: z.string().max(MAX_ID_LENGTH) }))
    .optional(),
  victory: z.array(goalSchema).optional().describe('Goals checked at the end'),
  defeat: z.array(goalSchema).optional().describe('Conditions checked every turn; any that holds ends the game'),
  notes: z.array(z.string().max(MAX_TEXT_LENGTH)).max(100).optional().describe('Free notes for teachers and editors (not shown in play)'),
});

/** A scenario file as written (sourced numbers), after the schema check. */
export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
