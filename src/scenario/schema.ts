// The scenario FILE format: one strict zod schema, the single source of truth for parsing, the JSON Schema and the docs.
import { z } from 'zod';
import { actionSchema, conditionSchema, eventSchema, idSchema, MAX_ID_LENGTH, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH, powerRuleSchema, textSchema, titleSchema } from '../content/schema';
import { FACTS } from '../content/facts';
import { CORRIDOR_IDS, MEMBERSHIP_IDS, PARTNER_IDS, POWER_IDS, ROUTE_IDS, ROUTE_STATUSES, SUPPLIER_IDS } from '../sim/ids';
import { FLAG_IDS } from '../sim/world';

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

const BIG = 1e6;
const amount = (description?: string) => sourced(0, BIG, { description });
const pct = (description?: string) => sourced(0, 100, { description });

/** An object with exactly these keys, each holding the same kind of value (missing or extra keys are errors). */
function keyed<K extends string, S extends z.ZodType>(keys: readonly K[], value: S) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, S>);
}
function keyedOptional<K extends string, S extends z.ZodType>(keys: readonly K[], value: S) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, value.optional()])) as Record<K, z.ZodOptional<S>>);
}

const routeSchema = z.strictObject({
  capacityMt: amount('Annual capacity available to Kazakh crude, Mt'),
  transit: z.string().min(1).max(MAX_TITLE_LENGTH).describe('Country the route crosses (shown to the player)'),
  status: z.enum(ROUTE_STATUSES),
  disruptedTurns: sourced(0, 40, { int: true, description: 'Turns left while the status is "disrupted"' }),
  costUsdPerT: amount('Transport cost, USD per tonne; cheaper routes fill first'),
});

/** The starting world: mirrors WorldStart in src/sim/scenarioData.ts with a source on every number. */
export const startSchema = z.strictObject({
  economy: z.strictObject({
    gdpUsdBn: amount('GDP, USD bn'),
    trendGrowthPct: sourced(-30, 30, { description: 'Underlying annual growth, %' }),
    budgetPerTurnUsdBn: amount('Discretionary budget per turn for policy actions, USD bn'),
    nationalFundUsdBn: amount('National Fund assets, USD bn'),
    investmentUsdBn: keyed(POWER_IDS, amount('Annual foreign investment inflow from this power, USD bn')),
  }),
  politics: z.strictObject({
    capital: pct('Political capital at start, 0–100'),
    capitalPerTurn: pct('Political capital regained each turn'),
    actionLimit: sourced(1, 10, { int: true, description: 'Actions the player may take per turn' }),
  }),
  oil: z.strictObject({
    productionMt: amount('Crude and condensate output, Mt a year'),
    domesticMt: amount('Crude refined at home, Mt a year (at most productionMt)'),
    routes: keyed(ROUTE_IDS, routeSchema),
  }),
  corridors: keyed(
    CORRIDOR_IDS,
    z.strictObject({
      capacityMt: amount('Corridor capacity, Mt a year'),
      volumeMt: amount('Cargo moved, Mt a year (at most capacityMt)'),
      growthPct: sourced(-50, 100, { description: 'Annual underlying growth of demand, %' }),
    }),
  ),
  trade: keyed(PARTNER_IDS, z.strictObject({ exportsUsdBn: amount('Exports, USD bn a year'), importsUsdBn: amount('Imports, USD bn a year') })),
  relations: keyed(POWER_IDS, sourced(-100, 100, { description: 'Relations with this power, −100..100' })),
  gauges: z.strictObject({
    russiaAlarm: pct("Russia's alarm at the player's drift, 0–100"),
    chinaLeverage: pct("China's leverage (debt, dependence), 0–100"),
    westConcern: pct('Western concern over sanctions evasion, 0–100'),
  }),
  memberships: keyed(MEMBERSHIP_IDS, z.strictObject({ member: z.boolean(), engagement: pct('Engagement, 0–100') })),
  military: z.strictObject({
    readiness: pct('Readiness, 0–100'),
    borderCapability: pct('Border capability, 0–100'),
    arsenal: keyed(SUPPLIER_IDS, amount('Equipment value by origin, abstract units')),
    domesticProduction: pct('Domestic defence production, 0–100'),
  }),
  society: z.strictObject({
    stability: pct('Social stability, 0–100'),
    kazakhLanguagePct: pct('Use of Kazakh, %'),
    latinScriptPct: pct('Latin-script rollout progress, %'),
    russianEthnicPct: pct('Ethnic Russians, % of population'),
    russianMediaExposure: pct('Exposure to Russian media, 0–100'),
  }),
  flags: keyedOptional(FLAG_IDS, sourced(-5, 5, { description: 'A flag content may test (0 = off)' })).optional(),
});

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
