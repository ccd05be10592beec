// The game's base content (actions, events, power rules) as data, and a checked way to read content from outside.
import type { ActionDef, EventDef, PowerRule } from '../sim/content';
import actionsJson from './actions.json';
import eventsJson from './events.json';
import powerRulesJson from './powerRules.json';

export { parseContent, type ContentError, type ParsedContent } from './parse';
export { FACTS, factById, type Fact } from './facts';

/** What every scenario starts from; validated by tests/content and by the lead's buildRules. */
export const baseContent: { actions: ActionDef[]; events: EventDef[]; powerRules: PowerRule[] } = {
  actions: actionsJson as ActionDef[],
  events: eventsJson as EventDef[],
  powerRules: powerRulesJson as PowerRule[],
};
