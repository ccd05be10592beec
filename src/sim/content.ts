// Content shapes: the typed effect language and the data kinds (actions, events, power rules) the engine interprets.
import type { Path } from './fields';
import type { PowerId, SupplierId, VectorId } from './ids';

/** Player-facing text keyed by language; English is complete, Russian and Kazakh may follow. */
export interface Text {
  en: string;
  ru?: string;
  kk?: string;
}

/** A test on the world: compare the number (or status) at a state path. */
export type Condition =
  | { path: Path; gte?: number; lte?: number; gt?: number; lt?: number; eq?: number | string | boolean; ne?: number | string | boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/**
 * One change to the world: add to, multiply, or set the value at a dotted state path
 * (e.g. `oil.routes.btc.capacityMt`), optionally only `when` a condition holds,
 * optionally `delay` turns later. Results are clamped to the path's range.
 */
export type Effect =
  | { op: 'add'; path: Path; value: number; when?: Condition; delay?: number }
  | { op: 'mul'; path: Path; value: number; when?: Condition; delay?: number }
  | { op: 'set'; path: Path; value: number | string | boolean; when?: Condition; delay?: number };

/** How a power reacts when the player takes an action: relation and memory shift, gauge change. */
export interface Reaction {
  power: PowerId;
  relation: number; // change of relations with that power
  note: Text; // why it reacts, shown in previews and news
}

/** A policy action the player can take in planning. */
export interface ActionDef {
  id: string;
  vector: VectorId;
  title: Text;
  description: Text;
  costUsdBn: number;
  capital: number; // political capital
  delay: number; // turns until completion effects land (0 = immediate)
  repeatable: boolean; // may be taken again after completion
  requires?: Condition; // precondition on the world
  requiresText?: Text; // why it may be unavailable, in words
  effects: Effect[]; // applied when taken
  completion?: Effect[]; // applied when the delay has run (the project completes)
  reactions: Reaction[];
  order?: { supplier: SupplierId; system: string }; // military order created by this action
  facts?: string[]; // FACTS.md ids of the real episode it rests on
}

/** One option of an event that needs a choice. */
export interface EventOption {
  id: string;
  title: Text;
  description: Text; // the trade-off, in words
  effects: Effect[];
  reactions?: Reaction[];
}

/** Something that happens in a period: drawn by weight when its condition holds. */
export interface EventDef {
  id: string;
  title: Text;
  description: Text;
  weight: number; // relative draw weight
  when?: Condition;
  once: boolean; // fires at most once per game
  cooldown: number; // turns before it may fire again
  effects: Effect[]; // applied when it fires, before any choice
  options?: EventOption[]; // 2–4 choices, or none
  facts?: string[];
}

/** A rung of a power's ladder or an offer: when it applies, how likely, what it does, and why. */
export interface PowerRule {
  id: string;
  power: PowerId;
  kind: 'hostile' | 'friendly';
  step: number; // ladder step (hostile rules: 1 warning … 5 transit ban); 0 for offers
  when: Condition;
  chance: number; // base probability per turn, scaled by personality
  cooldown: number; // turns before the same rule may fire again
  effects: Effect[];
  title: Text;
  reason: Text; // the reason shown in the briefing
  facts?: string[];
}

/** A goal or defeat a scenario adds: a condition on the world and its words. */
export interface GoalDef {
  id: string;
  when: Condition;
  text: Text;
}

/** All content a game runs on, after the scenario has enabled and added its own. */
export interface Rules {
  actions: Record<string, ActionDef>;
  events: Record<string, EventDef>;
  powerRules: PowerRule[];
  scheduledEvents: { turn: number; eventId: string }[]; // events the scenario fires at fixed turns
  victory: GoalDef[]; // checked at the end
  defeat: GoalDef[]; // checked every turn; any that holds ends the game in collapse
}
