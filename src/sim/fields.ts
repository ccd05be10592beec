// The one table of the world's fields: every number, switch and word content may read or change, declared once.
// The path type, the schema's path enum, ranges, labels, units, the rise-is-bad table and the scenario `start`
// schema are all derived from it. Adding a field: add it to World, add its entry here, translate its label.
import {
  CORRIDOR_IDS, MEMBERSHIP_IDS, PARTNER_IDS, POWER_IDS, ROUTE_IDS, SUPPLIER_IDS,
} from './ids';
import { FLAG_IDS, GROWTH_TERMS, type GrowthTerm, type World } from './world';

type Scalar = number | string | boolean;

/** The dotted paths of every scalar leaf under T (arrays are not addressable). */
type LeafPaths<T, Prefix extends string> = {
  [K in keyof T & string]: T[K] extends Scalar
    ? `${Prefix}${K}`
    : T[K] extends readonly unknown[]
      ? never
      : T[K] extends object
        ? LeafPaths<T[K], `${Prefix}${K}.`>
        : never;
}[keyof T & string];

/** The parts of World that hold the game's numbers (the rest is engine bookkeeping). */
type FieldParts = Pick<World, 'calendar' | 'economy' | 'politics' | 'oil' | 'corridors' | 'trade' | 'relations' | 'gauges' | 'powers' | 'memberships' | 'military' | 'society' | 'flags'>;

/** A state path the compiler checks: `'oil.routes.btc.capacityMt'` compiles, `'oil.routes.btc.capacity'` does not. */
export type Path = LeafPaths<FieldParts, ''> | 'turn';

/** The unit a field's numbers carry (how the UI formats them). */
export type Unit = 'bn' | 'mt' | 'pct' | 'usd' | 'usdt' | 'plain';

/** Where a field's starting value comes from. */
export type StartKind =
  | 'sourced' // the scenario file gives it with a source (FACTS id, URL or "abstraction")
  | 'flag' // the scenario file may give it with a source; 0 when left out
  | 'choice' // the scenario file gives it as a plain switch or word, without a source
  | 'personality' // the scenario's personalities block (a modelling choice)
  | 'derived' // the engine computes it when the game starts
  | 'engine'; // engine bookkeeping: content may read it but never change it

/** What a label names besides the field itself: the power, partner, route… whose field it is. */
export interface LabelName {
  kind: 'power' | 'partner' | 'route' | 'corridor' | 'membership' | 'supplier' | 'flag';
  id: string;
}

/** One field of the world: what it holds, its range and unit, its words, and how it behaves. */
export interface Field {
  type: 'number' | 'switch' | 'word';
  range: readonly [number, number]; // every write is clamped into it (numbers only)
  unit: Unit;
  label: string; // i18n key under "field"; its {{name}} is filled from `name`
  name?: LabelName;
  rise: 'good' | 'bad' | 'neutral'; // whether a rise is good for the player (neutral: it depends)
  fades: boolean; // true: the model pulls it back or recomputes it each turn (a one-off change passes); false: it stays
  pull?: number; // for a field the model pulls toward a target: the share of the gap closed each turn (the model reads it here)
  start: StartKind;
  startRange?: readonly [number, number]; // tighter bounds the scenario file must respect (default: range)
  int?: boolean; // whole numbers in the scenario file
  doc: string; // what the scenario file's JSON Schema says about it (for scenario authors)
}

type Spec = Omit<Field, 'type' | 'range' | 'unit' | 'rise' | 'fades'> & Partial<Pick<Field, 'type' | 'range' | 'unit' | 'rise' | 'fades'>>;

const BIG = 1e6;
const PCT: readonly [number, number] = [0, 100];
const field = (s: Spec): Field => ({ type: 'number', range: [0, BIG], unit: 'plain', rise: 'good', fades: false, ...s });

/** One entry per id of a family (`relations.russia`, `relations.china`, …), each naming its id in the label. */
function each<I extends string, P extends string>(ids: readonly I[], path: (id: I) => P, kind: LabelName['kind'], spec: Spec): Record<P, Field> {
  return Object.fromEntries(ids.map((id) => [path(id), field({ ...spec, name: { kind, id } })])) as Record<P, Field>;
}

const routes = <K extends string>(key: K, spec: Spec) => each(ROUTE_IDS, (id) => `oil.routes.${id}.${key}` as const, 'route', spec);
const corridors = <K extends string>(key: K, spec: Spec) => each(CORRIDOR_IDS, (id) => `corridors.${id}.${key}` as const, 'corridor', spec);
const powers = <K extends string>(key: K, spec: Spec) => each(POWER_IDS, (id) => `powers.${id}.${key}` as const, 'power', spec);

/** Every field of the world, in the order the scenario file lists them. */
export const FIELDS: { readonly [P in Path]: Field } = {
  turn: field({ label: 'field.turn', start: 'engine', rise: 'neutral', doc: 'The 0-based turn being planned' }),
  'calendar.period': field({ label: 'field.calendar.period', start: 'engine', rise: 'neutral', range: [1, 4], doc: 'The half (1–2) or quarter (1–4) of the year of the current turn; 1 is the winter storm season' }),
  'economy.gdpUsdBn': field({ label: 'field.economy.gdpUsdBn', unit: 'bn', start: 'sourced', doc: 'GDP, USD bn' }),
  'economy.growthPct': field({ label: 'field.economy.growthPct', unit: 'pct', range: [-30, 30], fades: true, start: 'derived', doc: 'Annual real growth of the last turn, %' }),
  'economy.trendGrowthPct': field({ label: 'field.economy.trendGrowthPct', unit: 'pct', range: [-30, 30], start: 'sourced', doc: 'Underlying annual growth, %' }),
  'economy.budgetUsdBn': field({ label: 'field.economy.budgetUsdBn', unit: 'bn', fades: true, start: 'derived', doc: 'Discretionary budget left this turn, USD bn' }),
  'economy.budgetPerTurnUsdBn': field({ label: 'field.economy.budgetPerTurnUsdBn', unit: 'bn', start: 'sourced', doc: 'Discretionary budget per turn for policy actions, USD bn' }),
  'economy.budgetBalancePctGdp': field({ label: 'field.economy.budgetBalancePctGdp', unit: 'pct', range: [-50, 50], fades: true, start: 'derived', doc: 'Budget balance, % of GDP' }),
  'economy.nationalFundUsdBn': field({ label: 'field.economy.nationalFundUsdBn', unit: 'bn', start: 'sourced', doc: 'National Fund assets, USD bn' }),
  'economy.oilPriceUsd': field({ label: 'field.economy.oilPriceUsd', unit: 'usd', fades: true, start: 'derived', doc: 'Brent, USD per barrel, this turn' }),
  'economy.yardstickGdpUsdBn': field({ label: 'field.economy.yardstickGdpUsdBn', unit: 'bn', rise: 'neutral', start: 'derived', doc: 'GDP had it grown 3% a year since the start: what prosperity is measured against, USD bn' }),
  'economy.sanctionsPressure': field({ label: 'field.economy.sanctionsPressure', range: PCT, rise: 'bad', fades: true, start: 'derived', doc: 'How hard secondary sanctions bite (banks, investors, buyers), 0–100' }),
  ...Object.fromEntries(GROWTH_TERMS.map((term) => [`economy.growthTerms.${term}`, field({ label: `field.growthTerm.${term}`, unit: 'pct', range: [-30, 30], fades: true, start: 'derived', doc: `The ${term} term of this turn's growth, annual % points` })])) as Record<`economy.growthTerms.${GrowthTerm}`, Field>,
  'economy.oilPriceShock': field({ label: 'field.economy.oilPriceShock', range: [0.3, 3], fades: true, start: 'derived', doc: 'Multiplier on the oil price from events; fades to 1' }),
  ...each(POWER_IDS, (id) => `economy.investmentUsdBn.${id}` as const, 'power', { label: 'field.investment', unit: 'bn', start: 'sourced', doc: 'Annual foreign investment inflow from this power, USD bn' }),
  'politics.capital': field({ label: 'field.politics.capital', range: PCT, start: 'sourced', doc: 'Political capital at start, 0–100' }),
  'politics.capitalPerTurn': field({ label: 'field.politics.capitalPerTurn', start: 'sourced', startRange: PCT, doc: 'Political capital regained each turn' }),
  'politics.actionLimit': field({ label: 'field.politics.actionLimit', start: 'sourced', startRange: [1, 10], int: true, doc: 'Actions the player may take per turn' }),
  'oil.productionMt': field({ label: 'field.oil.productionMt', unit: 'mt', start: 'sourced', doc: 'Crude and condensate output, Mt a year' }),
  'oil.domesticMt': field({ label: 'field.oil.domesticMt', unit: 'mt', rise: 'neutral', start: 'sourced', doc: 'Crude refined at home, Mt a year (at most productionMt)' }),
  'oil.exportsMt': field({ label: 'field.oil.exportsMt', unit: 'mt', fades: true, start: 'derived', doc: 'Crude exported, Mt a year' }),
  'oil.shutInMt': field({ label: 'field.oil.shutInMt', unit: 'mt', rise: 'bad', fades: true, start: 'derived', doc: 'Crude that no route could take, Mt a year' }),
  ...routes('capacityMt', { label: 'field.route.capacityMt', unit: 'mt', start: 'sourced', doc: 'Annual capacity available to Kazakh crude, Mt' }),
  ...routes('flowMt', { label: 'field.route.flowMt', unit: 'mt', rise: 'neutral', fades: true, start: 'derived', doc: 'Crude shipped this turn, Mt a year' }),
  ...routes('transit', { type: 'word', label: 'field.route.transit', rise: 'neutral', start: 'choice', doc: 'Country the route crosses (shown to the player)' }),
  ...routes('status', { type: 'word', label: 'field.route.status', rise: 'neutral', start: 'choice', doc: 'open, disrupted for some turns, or banned by the transit country' }),
  ...routes('disruptedTurns', { label: 'field.route.disruptedTurns', rise: 'bad', fades: true, start: 'sourced', startRange: [0, 40], int: true, doc: 'Turns left while the status is "disrupted"' }),
  ...routes('disruptedDays', { label: 'field.route.disruptedDays', rise: 'bad', fades: true, range: [0, 400], start: 'derived', doc: 'Days of the current disruption still to run' }),
  ...routes('lossShare', { label: 'field.route.lossShare', rise: 'bad', fades: true, range: [0, 1], start: 'derived', doc: 'Share of capacity lost while disrupted, 0–1' }),
  ...routes('contractMt', { label: 'field.route.contractMt', unit: 'mt', start: 'derived', doc: 'Volume committed under ship-or-pay agreements, Mt a year' }),
  ...routes('riskUsdPerT', { label: 'field.route.riskUsdPerT', unit: 'usdt', rise: 'bad', fades: true, start: 'derived', doc: "Shippers' risk premium after disruptions, USD per tonne" }),
  ...routes('costUsdPerT', { label: 'field.route.costUsdPerT', unit: 'usdt', rise: 'bad', start: 'sourced', doc: 'Transport cost, USD per tonne; cheaper routes fill first' }),
  ...corridors('capacityMt', { label: 'field.corridor.capacityMt', unit: 'mt', start: 'sourced', doc: 'Corridor capacity, Mt a year' }),
  ...corridors('volumeMt', { label: 'field.corridor.volumeMt', unit: 'mt', start: 'sourced', doc: 'Cargo moved, Mt a year (at most capacityMt)' }),
  ...corridors('growthPct', { label: 'field.corridor.growthPct', unit: 'pct', range: [-50, 100], start: 'sourced', doc: 'Annual underlying growth of demand, %' }),
  ...each(PARTNER_IDS, (id) => `trade.${id}.exportsUsdBn` as const, 'partner', { label: 'field.trade.exports', unit: 'bn', start: 'sourced', doc: 'Exports, USD bn a year' }),
  ...each(PARTNER_IDS, (id) => `trade.${id}.importsUsdBn` as const, 'partner', { label: 'field.trade.imports', unit: 'bn', rise: 'neutral', start: 'sourced', doc: 'Imports, USD bn a year' }),
  ...each(POWER_IDS, (id) => `relations.${id}` as const, 'power', { label: 'field.relations', range: [-100, 100], fades: true, pull: 0.08, start: 'sourced', doc: 'Relations with this power, −100..100' }),
  'gauges.russiaAlarm': field({ label: 'field.gauges.russiaAlarm', range: PCT, rise: 'bad', fades: true, pull: 0.2, start: 'sourced', doc: "Russia's alarm at the player's drift, 0–100" }),
  'gauges.chinaLeverage': field({ label: 'field.gauges.chinaLeverage', range: PCT, rise: 'bad', fades: true, pull: 0.2, start: 'sourced', doc: "China's leverage (debt, dependence), 0–100" }),
  'gauges.westConcern': field({ label: 'field.gauges.westConcern', range: PCT, rise: 'bad', fades: true, pull: 0.2, start: 'sourced', doc: 'Western concern over sanctions evasion, 0–100' }),
  ...powers('memory', { label: 'field.power.memory', range: [-100, 100], fades: true, start: 'derived', doc: "The power's memory of the player's moves, −100..100" }),
  ...powers('escalation', { label: 'field.power.escalation', range: [0, 5], rise: 'bad', fades: true, start: 'derived', doc: 'Highest ladder step taken and not yet stepped down from, 0–5' }),
  ...powers('lastMoveTurn', { label: 'field.power.lastMoveTurn', range: [-1, 1000], rise: 'neutral', start: 'derived', doc: 'Turn of its last move, −1 if none' }),
  ...powers('personality.assertiveness', { label: 'field.power.assertiveness', range: [0, 1], rise: 'neutral', start: 'personality', doc: 'How readily it climbs its escalation ladder, 0–1' }),
  ...powers('personality.generosity', { label: 'field.power.generosity', range: [0, 1], rise: 'neutral', start: 'personality', doc: 'How readily it offers money, deals, arms, 0–1' }),
  ...powers('personality.patience', { label: 'field.power.patience', range: [0, 1], rise: 'neutral', start: 'personality', doc: "How slowly its memory of the player's moves fades (1 = never), 0–1" }),
  ...each(MEMBERSHIP_IDS, (id) => `memberships.${id}.member` as const, 'membership', { type: 'switch', label: 'field.membership.member', rise: 'neutral', start: 'choice', doc: 'Whether Kazakhstan is a member' }),
  ...each(MEMBERSHIP_IDS, (id) => `memberships.${id}.engagement` as const, 'membership', { label: 'field.membership.engagement', range: PCT, rise: 'neutral', start: 'sourced', doc: 'Engagement, 0–100' }),
  'military.readiness': field({ label: 'field.military.readiness', range: PCT, fades: true, pull: 0.1, start: 'sourced', doc: 'Readiness, 0–100' }),
  'military.borderCapability': field({ label: 'field.military.borderCapability', range: PCT, start: 'sourced', doc: 'Border capability, 0–100' }),
  ...each(SUPPLIER_IDS, (id) => `military.arsenal.${id}` as const, 'supplier', { label: 'field.arsenal', rise: 'neutral', fades: true, start: 'sourced', doc: 'Equipment value by origin, abstract units' }),
  'military.domesticProduction': field({ label: 'field.military.domesticProduction', range: PCT, start: 'sourced', doc: 'Domestic defence production, 0–100' }),
  'society.stability': field({ label: 'field.society.stability', range: PCT, fades: true, pull: 0.15, start: 'sourced', doc: 'Social stability, 0–100' }),
  'society.kazakhLanguagePct': field({ label: 'field.society.kazakhLanguagePct', range: PCT, start: 'sourced', doc: 'Use of Kazakh, %' }),
  'society.latinScriptPct': field({ label: 'field.society.latinScriptPct', range: PCT, start: 'sourced', doc: 'Latin-script rollout progress, %' }),
  'society.russianEthnicPct': field({ label: 'field.society.russianEthnicPct', range: PCT, rise: 'neutral', start: 'sourced', doc: 'Ethnic Russians, % of population' }),
  'society.russianMediaExposure': field({ label: 'field.society.russianMediaExposure', range: PCT, rise: 'bad', fades: true, pull: 0.05, start: 'sourced', doc: 'Exposure to Russian media, 0–100' }),
  ...each(FLAG_IDS, (id) => `flags.${id}` as const, 'flag', { label: 'field.flag', range: [-5, 5], rise: 'neutral', start: 'flag', doc: 'A flag content may test (0 = off)' }),
};

/** Every path, in table order: the enum the content and scenario schemas accept. */
export const PATHS = Object.keys(FIELDS) as [Path, ...Path[]];

const PATH_SET: ReadonlySet<string> = new Set(PATHS);

/** Whether a string names a field of the world (the runtime check behind the Path type). */
export const isPath = (path: string): path is Path => PATH_SET.has(path);
