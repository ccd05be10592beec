// Causes as values: what the ledger, the news and scheduled effects say a change came from (worded only by the UI).
import type { ActionDef, EventDef, PowerRule } from './content';
import type { PowerId } from './ids';
import type { Cause } from './world';

const modelCauses = new Map<string, Cause>();

/** A mechanism of the model ('growth', 'oil-allocation'…); one shared frozen value per id, so a turn allocates none. */
export function model(id: string): Cause {
  let cause = modelCauses.get(id);
  if (!cause) modelCauses.set(id, (cause = Object.freeze({ kind: 'model', id })));
  return cause;
}

const modelTerms = new Map<string, Cause>();

/** One named term of a mechanism (growth's 'oil', 'price'…), so the report can split a change into its terms. */
export function modelTerm(id: string, term: string): Cause {
  const key = `${id}|${term}`;
  let cause = modelTerms.get(key);
  if (!cause) modelTerms.set(key, (cause = Object.freeze({ kind: 'model', id, term })));
  return cause;
}

const deEscalations = new Map<PowerId, Cause>();

/** A power climbing down its ladder because it has been quiet. */
export function deEscalates(power: PowerId): Cause {
  let cause = deEscalations.get(power);
  if (!cause) deEscalations.set(power, (cause = Object.freeze({ kind: 'model', id: 'de-escalates', power })));
  return cause;
}

/** Keeps one shared frozen cause per key: a turn allocates no cause objects, and the ledger stores each once. */
function keep(map: Map<string, Cause>, key: string, cause: Cause): Cause {
  map.set(key, Object.freeze(cause));
  return cause;
}

const actionCauses = new Map<string, Cause>();
const projectCauses = new Map<string, Cause>();
const eventCauses = new Map<string, Cause>();
const answerCauses = new Map<string, Map<string, Cause>>();
const powerCauses = new Map<string, Map<PowerId, Cause>>();
const reactionCauses = new WeakMap<Cause, Map<PowerId, Cause>>();

/** The player's action. */
export const actionCause = (action: ActionDef): Cause => actionCauses.get(action.id) ?? keep(actionCauses, action.id, { kind: 'action', id: action.id });

/** A completed project of an action. */
export const projectCause = (actionId: string): Cause => projectCauses.get(actionId) ?? keep(projectCauses, actionId, { kind: 'project', id: actionId });

/** An event firing (no option), or the player's answer to it (with the option). */
export function eventCause(event: EventDef | string, option?: string): Cause {
  const id = typeof event === 'string' ? event : event.id;
  if (option === undefined) return eventCauses.get(id) ?? keep(eventCauses, id, { kind: 'event', id });
  let byOption = answerCauses.get(id);
  if (!byOption) answerCauses.set(id, (byOption = new Map<string, Cause>()));
  return byOption.get(option) ?? keep(byOption, option, { kind: 'event', id, option });
}

/** A power's rule firing. */
export function powerCause(rule: PowerRule): Cause {
  let byPower = powerCauses.get(rule.id);
  if (!byPower) powerCauses.set(rule.id, (byPower = new Map<PowerId, Cause>()));
  let cause = byPower.get(rule.power);
  if (!cause) byPower.set(rule.power, (cause = Object.freeze<Cause>({ kind: 'power', id: rule.id, power: rule.power })));
  return cause;
}

/** A power's reaction to the action or answer `to` (the trigger keeps its kind, id and option). */
export function reactionCause(to: Cause, power: PowerId): Cause {
  let byPower = reactionCauses.get(to);
  if (!byPower) reactionCauses.set(to, (byPower = new Map<PowerId, Cause>()));
  let cause = byPower.get(power);
  if (!cause) byPower.set(power, (cause = Object.freeze<Cause>({ ...to, term: 'reaction', power })));
  return cause;
}

/** Whether two causes are the same value. */
export const sameCause = (a: Cause, b: Cause): boolean =>
  a.kind === b.kind && a.id === b.id && a.option === b.option && a.term === b.term && a.power === b.power;

/** A stable text key of a cause, for grouping and maps (an id, not words: never show it to players). */
export const causeKey = (c: Cause): string => [c.kind, c.id, c.option ?? '', c.term ?? '', c.power ?? ''].join('|');
