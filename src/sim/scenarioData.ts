// The parsed, validated scenario as the sim consumes it: plain numbers (sources stripped by src/scenario).
import type { ActionDef, Condition, EventDef, PowerRule, Text } from './content';
import type { CorridorId, MembershipId, PartnerId, PowerId, RouteId, SupplierId } from './ids';
import type { Corridor, FlagId, Membership, Personality, Route, TradeFlow, World } from './world';

/** The starting values a scenario sets; everything else in World is derived or empty at start. */
export interface WorldStart {
  economy: {
    gdpUsdBn: number;
    trendGrowthPct: number;
    budgetPerTurnUsdBn: number;
    nationalFundUsdBn: number;
    investmentUsdBn: Record<PowerId, number>;
  };
  politics: World['politics'];
  oil: { productionMt: number; domesticMt: number; routes: Record<RouteId, Omit<Route, 'flowMt' | 'disruptedDays' | 'lossShare' | 'contractMt' | 'riskUsdPerT'>> };
  corridors: Record<CorridorId, Corridor>;
  trade: Record<PartnerId, TradeFlow>;
  relations: Record<PowerId, number>;
  gauges: World['gauges'];
  memberships: Record<MembershipId, Membership>;
  military: {
    readiness: number;
    borderCapability: number;
    arsenal: Record<SupplierId, number>;
    domesticProduction: number;
  };
  society: World['society'];
  flags?: Partial<Record<FlagId, number>>;
}

/** A goal or defeat the scenario adds, checked at the end (goals) or every turn (defeats). */
export interface ScenarioCondition {
  id: string;
  when: Condition;
  text: Text;
}

/** A scenario ready for the sim: metadata, start values, personalities, content changes. */
export interface ScenarioData {
  id: string;
  title: Text;
  summary: Text;
  goal?: Text; // what students should aim for, stated plainly
  author: string;
  startYear: number;
  startPeriod: number; // 1-based quarter or half
  turnLength: 'quarter' | 'half';
  turns: number;
  oilPricePath: number[]; // Brent USD/bbl per turn; the last value repeats if shorter
  start: WorldStart;
  personalities: Record<PowerId, Personality>;
  content?: {
    disableActions?: string[];
    disableEvents?: string[];
    actions?: ActionDef[];
    events?: EventDef[];
    powerRules?: PowerRule[];
  };
  scheduledEvents?: { turn: number; eventId: string }[];
  victory?: ScenarioCondition[];
  defeat?: ScenarioCondition[];
  sources: Record<string, string>; // state path → FACTS id, URL, or 'abstraction'
}
