// Assembling a game's rules: the base content with the scenario's disabled items removed and its own added.
import type { ActionDef, EventDef, PowerRule, Rules } from './content';
import { hashTable } from './indexing';
import type { ScenarioData } from './scenarioData';

/** The base content every scenario starts from (actions, events, power rules). */
export interface BaseContent {
  actions: readonly ActionDef[];
  events: readonly EventDef[];
  powerRules: readonly PowerRule[];
}

/** Items by id, in a hash table (hashTable): a turn looks actions and events up by id many times. */
function byId<T extends { id: string }>(items: readonly T[]): Record<string, T> {
  const table = hashTable<T>();
  for (const item of items) table[item.id] = item;
  return table;
}

/** The rules of one scenario: base content minus what it disables, plus what it adds (same id replaces). */
export function assembleRules(base: BaseContent, scenario: ScenarioData): Rules {
  const c = scenario.content ?? {};
  const offActions = new Set(c.disableActions ?? []);
  const offEvents = new Set(c.disableEvents ?? []);
  const actions = byId([...base.actions.filter((a) => !offActions.has(a.id)), ...(c.actions ?? [])]);
  const events = byId([...base.events.filter((e) => !offEvents.has(e.id)), ...(c.events ?? [])]);
  const added = new Set((c.powerRules ?? []).map((r) => r.id));
  return {
    actions,
    events,
    powerRules: [...base.powerRules.filter((r) => !added.has(r.id)), ...(c.powerRules ?? [])],
    scheduledEvents: [...(scenario.scheduledEvents ?? [])],
    victory: [...(scenario.victory ?? [])],
    defeat: [...(scenario.defeat ?? [])],
  };
}
