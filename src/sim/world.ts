// The world model: the whole state of one game, plain serialisable data kept immutable by immer.
import type {
  CorridorId, EndingId, MembershipId, PartnerId, PillarId, PowerId, RouteId, RouteStatus, SupplierId,
} from './ids';
import type { RngState } from './rng';

/** Numeric flags that content may set and test (0 = off); fixed so paths can be checked. */
export const FLAG_IDS = [
  'btcAgreement', 'transitAgreement', 'sanctionsEnforcement', 'reexportTolerance', 'eaeuSlowdown',
  'ankaCoproduction', 'chinaLoan', 'euRawMaterials', 'latinScriptDecree', 'languageLaw',
  'railOilContracts', 'cpcDebottleneck', 'aktauExpansion', 'middleCorridorInvest', 'csteReaffirmed',
  'relocationWelcome', 'nuclearRussia', 'nuclearChina', 'nuclearWest',
] as const;
export type FlagId = (typeof FLAG_IDS)[number];

/** One oil export route: how much can move, how much does, through whom, at what cost. */
export interface Route {
  capacityMt: number; // annual rate available to Kazakh crude
  flowMt: number; // annual rate actually shipped this turn
  transit: string; // country crossed (for display and sovereignty scoring)
  status: RouteStatus;
  disruptedTurns: number; // turns left while status is 'disrupted' (whole turns, for display: from disruptedDays)
  disruptedDays: number; // days of the current disruption still to run
  lossShare: number; // share of capacity lost while disrupted (0..1): two of three moorings idle ≈ 0.3 of loadings
  costUsdPerT: number; // transport tariff, USD per tonne
  contractMt: number; // volume committed under ship-or-pay agreements (filled first, annual rate)
  riskUsdPerT: number; // shippers' risk premium from past disruptions, USD per tonne, fading
}

/** The named terms of GDP growth (annual % points); their sum is the turn's growth. */
export const GROWTH_TERMS = ['trend', 'oil', 'price', 'investment', 'sanctions', 'stability'] as const;
export type GrowthTerm = (typeof GROWTH_TERMS)[number];

/** A goods corridor: capacity, volume moved (annual rates) and underlying growth. */
export interface Corridor {
  capacityMt: number;
  volumeMt: number;
  growthPct: number; // annual underlying growth of demand
}

/** Exports to and imports from one partner, annual rates in USD bn. */
export interface TradeFlow {
  exportsUsdBn: number;
  importsUsdBn: number;
}

/** How a power behaves, set by the scenario (0..1 each). */
export interface Personality {
  assertiveness: number; // how readily it climbs its escalation ladder
  generosity: number; // how readily it offers money, deals, arms
  patience: number; // how fast its memory of the player's moves fades (1 = never)
}

/** A power's memory of the player's moves and where it stands on its ladder. */
export interface PowerState {
  memory: number; // −100..100: player moves toward (+) or away from (−) this power, decaying
  escalation: number; // 0..5: highest ladder step taken and not yet stepped down from
  lastMoveTurn: number; // turn of its last move, −1 if none
  personality: Personality;
}

/** Membership of an alliance, union or format, with how engaged Kazakhstan is (0..100). */
export interface Membership {
  member: boolean;
  engagement: number;
}

/** A military order waiting for delivery. */
export interface Order {
  actionId: string;
  supplier: SupplierId;
  system: string;
  costUsdBn: number;
  deliveryTurn: number;
}

/** A multi-turn project started by an action; its completion effects land at dueTurn. */
export interface Project {
  actionId: string;
  startTurn: number;
  dueTurn: number;
}

/**
 * Why a value changed: a value the UI turns into words (src/ui/causeWords.ts), never text.
 * - `{ kind: 'action', id }`: the player's action `id`.
 * - `{ kind: 'event', id }`: event `id` fired; `{ kind: 'event', id, option }`: the player answered it with `option`.
 * - `{ kind: 'power', id, power }`: power rule `id` of `power` fired.
 * - a reaction: the trigger's own cause (`action` or `event` with its option) plus `term: 'reaction'` and the
 *   reacting `power`, e.g. `{ kind: 'action', id: 'btc-volume-agreement', term: 'reaction', power: 'russia' }`.
 * - `{ kind: 'project', id }`: the project (or arms order) started by action `id` completed.
 * - `{ kind: 'model', id, term? }`: a mechanism of the model (`'growth'`, `'oil-allocation'`…), optionally one
 *   named term of it; `{ kind: 'model', id: 'de-escalates', power }`: a quiet power climbed down its ladder.
 */
export type Cause = {
  kind: 'action' | 'event' | 'power' | 'project' | 'model';
  id: string;
  option?: string;
  term?: string;
  power?: PowerId;
};

/** Effects deferred by a `delay`, kept inline so the state alone says what will happen. */
export interface Scheduled {
  dueTurn: number;
  cause: Cause;
  effects: import('./content').Effect[];
}

/** An event waiting for the player's choice. */
export interface PendingEvent {
  eventId: string;
  turn: number;
}

/** One recorded change of a number (or status) in the world, and why it happened. */
export interface LedgerEntry {
  turn: number;
  path: import('./fields').Path;
  before: number | string | boolean;
  after: number | string | boolean;
  cause: Cause;
}

/** A line of the period's news: a power's move, an event, a completed project, with its reason. */
export interface NewsItem {
  turn: number;
  kind: 'power' | 'event' | 'project' | 'order' | 'model';
  id: string; // rule, event, or action id
  power?: PowerId;
  cause: Cause; // ledger cause these changes carry
}

/** The indicators recorded per turn (flows as annual rates) — what charts and the CLI show. */
export interface Indicators {
  oilExportsMt: number;
  oilByRouteMt: Record<RouteId, number>;
  shutInMt: number;
  middleCorridorMt: number;
  tradeByPartnerUsdBn: Record<PartnerId, number>;
  importShare: Record<'russia' | 'china' | 'eu', number>;
  gdpUsdBn: number;
  gdpGrowthPct: number;
  nationalFundUsdBn: number;
  budgetUsdBn: number;
  relations: Record<PowerId, number>;
  russiaAlarm: number;
  chinaLeverage: number;
  westConcern: number;
  stability: number;
  armsBySupplierShare: Record<SupplierId, number>;
  pillars: Record<PillarId, number>;
  balance: number;
}

/** What one turn looked like once closed: its date, indicators and the player's decisions. */
export interface TurnRecord {
  turn: number;
  date: string;
  actions: string[];
  choices: { eventId: string; optionId: string }[];
  indicators: Indicators;
}

/** The outcome once the game has ended (the UI words the reason: the ending's usual one, or the defeat's text). */
export interface Outcome {
  ending: EndingId;
  turn: number;
  defeatId?: string; // set when a scenario's defeat condition ended the game
}

/** The complete state of one game. */
export interface World {
  scenarioId: string;
  turn: number; // 0-based index of the turn being planned or resolved
  turns: number; // number of turns in the scenario
  startYear: number;
  startPeriod: number; // 1-based quarter or half of startYear
  turnLength: 'quarter' | 'half';
  rng: RngState; // the seeded generator's state (pure-rand xoroshiro128plus)
  baseline: { gdpUsdBn: number; nationalFundUsdBn: number; relations: Record<PowerId, number> }; // what scores compare with: start values
  economy: {
    gdpUsdBn: number;
    growthPct: number; // annual real growth of the last turn
    trendGrowthPct: number; // underlying growth without shocks
    budgetUsdBn: number; // discretionary budget left this turn for policy actions
    budgetPerTurnUsdBn: number; // what each turn's budget refills to before oil revenue changes
    budgetBalancePctGdp: number;
    nationalFundUsdBn: number;
    oilPriceUsd: number; // Brent, USD per barrel, this turn
    oilPricePath: number[]; // scenario's price per turn (before shocks)
    oilPriceShock: number; // multiplier from events, decays to 1
    investmentUsdBn: Record<PowerId, number>; // foreign investment stock by source (annual inflow rate)
    yardstickGdpUsdBn: number; // GDP had it grown 3% a year since the start: what prosperity is measured against
    growthTerms: Record<GrowthTerm, number>; // this turn's growth split into named terms (annual % points)
    sanctionsPressure: number; // 0..100: how hard secondary sanctions bite (banks, investors, buyers)
  };
  politics: {
    capital: number; // political capital, 0..100
    capitalPerTurn: number;
    actionLimit: number; // actions per turn
  };
  oil: {
    productionMt: number;
    domesticMt: number;
    exportsMt: number;
    shutInMt: number;
    routes: Record<RouteId, Route>;
  };
  corridors: Record<CorridorId, Corridor>;
  trade: Record<PartnerId, TradeFlow>;
  relations: Record<PowerId, number>; // −100..100
  gauges: {
    russiaAlarm: number; // 0..100
    chinaLeverage: number; // 0..100
    westConcern: number; // 0..100: Western concern over sanctions evasion
  };
  powers: Record<PowerId, PowerState>;
  memberships: Record<MembershipId, Membership>;
  military: {
    readiness: number; // 0..100
    borderCapability: number; // 0..100
    arsenal: Record<SupplierId, number>; // equipment value by origin, abstract units
    orders: Order[];
    domesticProduction: number; // 0..100
  };
  society: {
    stability: number; // 0..100
    kazakhLanguagePct: number;
    latinScriptPct: number; // rollout progress 0..100
    russianEthnicPct: number;
    russianMediaExposure: number; // 0..100
  };
  flags: Record<FlagId, number>;
  projects: Project[];
  scheduled: Scheduled[];
  pending: PendingEvent[];
  taken: Record<string, number>; // action id → last turn the player took it
  takenCount: Record<string, number>; // action id → how many times the player has taken it (diminishing returns)
  calendar: { period: number }; // 1-based half or quarter of the year of the current turn (1 = winter storms season)
  firedEvents: Record<string, number>; // event id → last turn it fired
  ruleCooldowns: Record<string, number>; // power rule id → last turn it fired
  news: NewsItem[]; // news of the last resolved turn
  ledger: import('./ledger').Ledger;
  history: TurnRecord[];
  current: { actions: string[]; choices: { eventId: string; optionId: string }[] };
  outcome: Outcome | null;
}
