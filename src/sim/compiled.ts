// Content compiled once per rules set: conditions to predicates (paths to accessors), events in draw order, power
// rules grouped by power and kind in the order they are tried, so a turn does no sorting, filtering or path lookup.
import type { Condition, EventDef, PowerRule, Rules } from './content';
import { POWER_IDS, type PowerId } from './ids';
import { entry } from './indexing';
import { preparedEffects, type PreparedEffect } from './effects';
import { accessor } from './paths';
import type { World } from './world';

/** A condition turned into a function of the world. */
export type Predicate = (world: World) => boolean;

const always: Predicate = () => true;

/** Compiles a condition once: the same answers as interpreting it (a missing condition always holds). */
export function compileCondition(cond: Condition | undefined): Predicate {
  if (!cond) return always;
  if ('all' in cond) {
    const parts = cond.all.map(compileCondition);
    const [a, b] = parts;
    if (parts.length === 2 && a && b) return (w) => a(w) && b(w); // the usual pair, without a loop
    return (w) => {
      for (const p of parts) if (!p(w)) return false;
      return true;
    };
  }
  if ('any' in cond) {
    const parts = cond.any.map(compileCondition);
    return (w) => {
      for (const p of parts) if (p(w)) return true;
      return false;
    };
  }
  if ('not' in cond) {
    const inner = compileCondition(cond.not);
    return (w) => !inner(w);
  }
  const get = accessor(cond.path).get;
  const { eq, ne, gte, lte, gt, lt } = cond;
  const ranged = gte !== undefined || lte !== undefined || gt !== undefined || lt !== undefined;
  // a test of one bound (most content) as its own small function: the same answers as the general test below
  if ([eq, ne, gte, lte, gt, lt].filter((x) => x !== undefined).length === 1) {
    if (eq !== undefined) return (w) => get(w) === eq;
    if (gte !== undefined) return (w) => { const v = get(w); return typeof v === 'number' && v >= gte; };
    if (lte !== undefined) return (w) => { const v = get(w); return typeof v === 'number' && v <= lte; };
    if (lt !== undefined) return (w) => { const v = get(w); return typeof v === 'number' && v < lt; };
  }
  return (w) => {
    const v = get(w);
    if (eq !== undefined && v !== eq) return false;
    if (ne !== undefined && v === ne) return false;
    if (typeof v === 'number') {
      if (gte !== undefined && !(v >= gte)) return false;
      if (lte !== undefined && !(v <= lte)) return false;
      if (gt !== undefined && !(v > gt)) return false;
      if (lt !== undefined && !(v < lt)) return false;
    } else if (ranged) return false;
    return true;
  };
}

const predicates = new WeakMap<Condition, Predicate>();

/** The compiled predicate of a content condition, made on first use and kept as long as the condition is. */
export function predicateOf(cond: Condition): Predicate {
  let p = predicates.get(cond);
  if (!p) predicates.set(cond, (p = compileCondition(cond)));
  return p;
}

/**
 * An event with its compiled condition, and the numbers the draw reads copied beside it: content objects differ in their
 * optional keys, so V8 gives them several layouts and reads their properties the slow way; these records share one.
 */
export interface CompiledEvent {
  def: EventDef;
  when: Predicate;
  id: string;
  once: boolean;
  cooldown: number;
  weight: number;
  /** The event's effects, prepared (effects.ts). */
  effects: readonly PreparedEffect[];
}

/** A power rule with its compiled condition and the numbers the turn reads copied beside it (one layout, as CompiledEvent). */
export interface CompiledPowerRule {
  rule: PowerRule;
  when: Predicate;
  id: string;
  step: number;
  cooldown: number;
  chance: number;
  hostile: boolean;
  /** The rule's effects, prepared (effects.ts). */
  effects: readonly PreparedEffect[];
}

/** What a turn needs from the content, prepared once. */
export interface CompiledRules {
  /** Every event, by id in code-unit order (the order the draw walks). */
  events: CompiledEvent[];
  /** Each power's hostile and friendly rules, highest step first, then by id (the order they are tried). */
  powerRules: Record<PowerId, PowerRuleGroups>;
  /** powerRules as a list in POWER_IDS order, for the turn's walk over the powers by index. */
  powerRuleList: PowerRuleGroups[];
}

/** One power's hostile and friendly rules, in the order they are tried. */
export interface PowerRuleGroups {
  hostile: CompiledPowerRule[];
  friendly: CompiledPowerRule[];
}

const cache = new WeakMap<Rules, CompiledRules>();

/** The compiled form of a rules set, made on first use and kept as long as the rules are. */
export function compiled(rules: Rules): CompiledRules {
  let out = cache.get(rules);
  if (!out) {
    out = compile(rules);
    cache.set(rules, out);
  }
  return out;
}

function compile(rules: Rules): CompiledRules {
  const events = Object.keys(rules.events)
    .sort()
    .map((id) => {
      const def = entry(rules.events, id, 'events');
      return { def, when: compileCondition(def.when), id: def.id, once: def.once, cooldown: def.cooldown, weight: def.weight, effects: preparedEffects(def.effects) };
    });
  const order = (a: PowerRule, b: PowerRule) => b.step - a.step || (a.id < b.id ? -1 : 1);
  const group = (power: PowerId, kind: PowerRule['kind']) =>
    rules.powerRules.filter((r) => r.power === power && r.kind === kind).sort(order).map((rule) => ({
      rule, when: compileCondition(rule.when), id: rule.id, step: rule.step, cooldown: rule.cooldown, chance: rule.chance, hostile: rule.kind === 'hostile',
      effects: preparedEffects(rule.effects),
    }));
  const powerRuleList = POWER_IDS.map((p) => ({ hostile: group(p, 'hostile'), friendly: group(p, 'friendly') }));
  const powerRules = Object.fromEntries(POWER_IDS.map((p, i) => [p, powerRuleList[i]])) as CompiledRules['powerRules'];
  return { events, powerRules, powerRuleList };
}
