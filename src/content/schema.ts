// Zod schemas of the content language (src/sim/content.ts): the one strict check for actions, events and power rules,
// shared by content tests, the scenario parser and buildRules. Unknown keys are errors.
import { z } from 'zod';
import type { ActionDef, Condition, Effect, EventDef, EventOption, PowerRule, Reaction, Text } from '../sim/content';
import { PATHS } from '../sim/fields';
import { POWER_IDS, SUPPLIER_IDS, VECTOR_IDS } from '../sim/ids';

/** The longest id accepted (real ids are under 30 characters). */
export const MAX_ID_LENGTH = 64;
/** Lower-case words that name members every JavaScript object has: never ids, so no lookup can reach them. */
export const RESERVED_IDS: readonly string[] = ['constructor', 'prototype'];

/** Kebab-case ids (`btc-agreement`): safe slugs that key saves, share codes and test names. */
export const idSchema = z
  .string()
  .max(MAX_ID_LENGTH, `expected an id of at most ${MAX_ID_LENGTH} characters`)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id like "btc-agreement" (lower-case letters, digits, single hyphens)')
  .refine((id) => !RESERVED_IDS.includes(id), 'expected an id that is not a reserved word (constructor, prototype)');

/** The longest title, name or note; the longest paragraph of player-facing text (both far above any real one). */
export const MAX_TITLE_LENGTH = 120;
export const MAX_TEXT_LENGTH = 2000;

/** Dotted state paths (`oil.routes.btc.capacityMt`): one of the fields of the world's table (src/sim/fields.ts). */
export const pathSchema = z.enum(PATHS, { error: 'expected a dotted state path like "oil.routes.btc.capacityMt" naming a field of the world' });

const finite = z.number().refine(Number.isFinite, 'expected a finite number');
const turns = z.number().int('expected a whole number of turns').min(0, 'expected 0 or more turns');

/** Player-facing text of at most `max` characters per language: English complete, Russian and Kazakh optional. */
export function boundedText(max: number) {
  return z.strictObject({
    en: z.string().trim().min(1, 'English text must not be empty').max(max),
    ru: z.string().max(max).optional(),
    kk: z.string().max(max).optional(),
  });
}

/** Player-facing paragraphs (descriptions, summaries, goals). */
export const textSchema = boundedText(MAX_TEXT_LENGTH);
/** Player-facing titles (one line on a card or a heading). */
export const titleSchema = boundedText(MAX_TITLE_LENGTH);

const scalar = z.union([finite, z.string().max(MAX_TITLE_LENGTH), z.boolean()]);
const COMPARATORS = ['gte', 'lte', 'gt', 'lt', 'eq', 'ne'] as const;

const comparisonSchema = z
  .strictObject({
    path: pathSchema,
    gte: finite.optional(),
    lte: finite.optional(),
    gt: finite.optional(),
    lt: finite.optional(),
    eq: scalar.optional(),
    ne: scalar.optional(),
  })
  .refine((c) => COMPARATORS.some((k) => c[k] !== undefined), {
    message: `a comparison needs at least one of ${COMPARATORS.join(', ')}`,
  });

/** A test on the world: a comparison at a path, or all / any / not of conditions. */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    comparisonSchema,
    z.strictObject({ all: z.array(conditionSchema).min(1, 'all needs at least one condition') }),
    z.strictObject({ any: z.array(conditionSchema).min(1, 'any needs at least one condition') }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

const effectBase = { path: pathSchema, when: conditionSchema.optional(), delay: turns.optional() };

/** One change to the world: add, multiply or set at a path, optionally conditional or delayed. */
export const effectSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('add'), value: finite, ...effectBase }),
  z.strictObject({ op: z.literal('mul'), value: finite.min(0, 'a multiplier must be 0 or more'), ...effectBase }),
  z.strictObject({ op: z.literal('set'), value: scalar, ...effectBase }),
]);

/** A power's reaction to a player's move: relation change and the reason in words. */
export const reactionSchema = z.strictObject({
  power: z.enum(POWER_IDS),
  relation: finite,
  note: textSchema,
});

/** A policy action the player can take in planning. */
export const actionSchema = z.strictObject({
  id: idSchema,
  vector: z.enum(VECTOR_IDS),
  title: titleSchema,
  description: textSchema,
  costUsdBn: finite.min(0, 'cost must be 0 or more'),
  capital: finite.min(0, 'political capital must be 0 or more'),
  delay: turns,
  repeatable: z.boolean(),
  requires: conditionSchema.optional(),
  requiresText: textSchema.optional(),
  effects: z.array(effectSchema),
  completion: z.array(effectSchema).optional(),
  reactions: z.array(reactionSchema),
  order: z.strictObject({ supplier: z.enum(SUPPLIER_IDS), system: z.string().min(1).max(MAX_TITLE_LENGTH) }).optional(),
  facts: z.array(z.string().min(1).max(MAX_ID_LENGTH)).max(50).optional(),
});

/** One choice of an event, with its trade-off in words. */
export const eventOptionSchema = z.strictObject({
  id: idSchema,
  title: titleSchema,
  description: textSchema,
  effects: z.array(effectSchema),
  reactions: z.array(reactionSchema).optional(),
});

/** Something that may happen in a period, drawn by weight; 2–4 options when it needs a choice. */
export const eventSchema = z.strictObject({
  id: idSchema,
  title: titleSchema,
  description: textSchema,
  weight: finite.min(0, 'weight must be 0 or more'),
  when: conditionSchema.optional(),
  once: z.boolean(),
  cooldown: turns,
  effects: z.array(effectSchema),
  options: z.array(eventOptionSchema).min(2, 'an event with choices needs 2–4 options').max(4, 'an event offers at most 4 options').optional(),
  facts: z.array(z.string().min(1).max(MAX_ID_LENGTH)).max(50).optional(),
});

/** A rung of a power's escalation ladder (hostile, step 1–5) or an offer (friendly, step 0). */
export const powerRuleSchema = z.strictObject({
  id: idSchema,
  power: z.enum(POWER_IDS),
  kind: z.enum(['hostile', 'friendly']),
  step: z.number().int().min(0).max(5, 'ladder steps run from 0 (offer) to 5 (transit ban)'),
  when: conditionSchema,
  chance: finite.min(0).max(1, 'chance is a probability between 0 and 1'),
  cooldown: turns,
  effects: z.array(effectSchema),
  title: titleSchema,
  reason: textSchema,
  facts: z.array(z.string().min(1).max(MAX_ID_LENGTH)).max(50).optional(),
});

// Compile-time proof that the schemas and the engine's types describe the same shapes.
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// Mutual assignability misses a dropped optional key, so the key sets must match too.
type Same<A, B> = Mutual<A, B> extends true ? Mutual<keyof A, keyof B> : false;
type Assert<T extends true> = T;
export type _SchemaMatchesTypes = [
  Assert<Same<z.infer<typeof textSchema>, Text>>,
  Assert<Same<z.infer<typeof conditionSchema>, Condition>>,
  Assert<Same<z.infer<typeof effectSchema>, Effect>>,
  Assert<Same<z.infer<typeof reactionSchema>, Reaction>>,
  Assert<Same<z.infer<typeof actionSchema>, ActionDef>>,
  Assert<Same<z.infer<typeof eventOptionSchema>, EventOption>>,
  Assert<Same<z.infer<typeof eventSchema>, EventDef>>,
  Assert<Same<z.infer<typeof powerRuleSchema>, PowerRule>>,
];
