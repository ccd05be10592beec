// One turn of the game: the player's actions, projects, the powers, events, and the model, in that order.
import { actionCause, eventCause, projectCause, reactionCause } from './causes';
import { produceWorld } from './step';
import type { ActionDef, Reaction, Rules } from './content';
import { addToField, applyEffects, holds } from './effects';
import { PARTNER_IDS, POWER_IDS } from './ids';
import { fieldAccess, fieldsById, type FieldAccess } from './paths';
import { periodsPerYear, turnDate, yearFraction } from './dates';
import { entry } from './indexing';
import { indicators } from './indicators';
import { updateCorridors, updateIdentity, updateMilitary, updateStability } from './model/domestic';
import { economyBefore, refillBudget, updateFinances, updateGrowth, updateOilPrice, updateSanctionsPressure } from './model/economy';
import { drawEvents } from './model/events';
import { updateGauges } from './model/gauges';
import { allocateOil, growProduction, tickDisruptions } from './model/oil';
import { powersMove } from './model/powers';
import { oilValueByPartner, updateTrade } from './model/trade';
import { ending, hasCollapsed } from './scoring';
import { canSelect } from './select';
import type { Cause, Order, World } from './world';

// fields, causes and pulls looked up once, not at every turn
const F_ECONOMY_BUDGETUSDBN = fieldAccess('economy.budgetUsdBn');
const F_POLITICS_CAPITAL = fieldAccess('politics.capital');

const RELATIONS = fieldsById(POWER_IDS, (p) => `relations.${p}`);
const MEMORY = fieldsById(POWER_IDS, (p) => `powers.${p}.memory`);

/** One reaction prepared for applying: the power's fields looked up, its cause made. */
interface PreparedReaction {
  relation: FieldAccess;
  memory: FieldAccess;
  amount: number;
  cause: Cause;
}

const preparedReactions = new WeakMap<readonly Reaction[], { trigger: Cause; list: PreparedReaction[] }>();

/** A content reaction list prepared on first use with its trigger (a list belongs to one action or one option, so one trigger). */
function reactionsFor(reactions: readonly Reaction[], trigger: Cause): PreparedReaction[] {
  let prepared = preparedReactions.get(reactions);
  if (prepared?.trigger !== trigger) {
    const list = reactions.map((r) => ({ relation: RELATIONS[r.power], memory: MEMORY[r.power], amount: r.relation, cause: reactionCause(trigger, r.power) }));
    preparedReactions.set(reactions, (prepared = { trigger, list }));
  }
  return prepared.list;
}

/** Applies the reactions an action or choice provokes: relations and the power's memory move (scaled for repeats). */
export function applyReactions(world: World, reactions: readonly Reaction[] | undefined, trigger: Cause, scale = 1): void {
  if (!reactions) return;
  for (const r of reactionsFor(reactions, trigger)) {
    addToField(world, r.relation, r.amount * scale, r.cause);
    addToField(world, r.memory, r.amount * scale, r.cause);
  }
}

/** How much of a repeated action's added effects still land: each earlier time taken cuts them by a third (diminishing returns). */
export const REPEAT_FACTOR = 2 / 3;

/** The share of an action's added effects that lands if taken now: 1 the first time, then ⅔, 4/9, … */
export function repeatScale(world: World, actionId: string): number {
  const times = world.takenCount[actionId] ?? 0;
  return times === 0 ? 1 : Math.pow(REPEAT_FACTOR, times); // the power 0 is exactly 1: no call the first time
}

/** Takes one action: pays for it, applies its effects and reactions, starts its project or order. */
export function takeAction(world: World, action: ActionDef): void {
  const cause = actionCause(action);
  const scale = repeatScale(world, action.id);
  addToField(world, F_ECONOMY_BUDGETUSDBN, -action.costUsdBn, cause);
  addToField(world, F_POLITICS_CAPITAL, -action.capital, cause);
  applyEffects(world, action.effects, cause, scale);
  applyReactions(world, action.reactions, cause, scale);
  world.taken[action.id] = world.turn;
  world.takenCount[action.id] = (world.takenCount[action.id] ?? 0) + 1;
  if (action.delay > 0) {
    world.projects.push({ actionId: action.id, startTurn: world.turn, dueTurn: world.turn + action.delay });
    if (action.order) world.military.orders.push({ actionId: action.id, ...action.order, costUsdBn: action.costUsdBn, deliveryTurn: world.turn + action.delay });
  } else if (action.completion) applyEffects(world, action.completion, cause);
}

/** Whether a project or scheduled change falls due by `turn` (a loop, not `some` with a new closure each turn). */
function anyDue(items: readonly { dueTurn: number }[], turn: number): boolean {
  for (const item of items) if (item.dueTurn <= turn) return true;
  return false;
}

/** Whether an order is delivered by `turn`. */
function anyDelivered(orders: readonly Order[], turn: number): boolean {
  for (const order of orders) if (order.deliveryTurn <= turn) return true;
  return false;
}

/** Completes projects, delivers orders and applies delayed effects that fall due this turn. */
function completeDue(rules: Rules, world: World): void {
  const turn = world.turn;
  if (anyDue(world.projects, turn)) {
    for (const project of world.projects.filter((p) => p.dueTurn <= turn)) {
      const action = rules.actions[project.actionId];
      const cause = projectCause(project.actionId);
      if (action?.completion) applyEffects(world, action.completion, cause);
      world.news.push({ turn, kind: action?.order ? 'order' : 'project', id: project.actionId, cause });
    }
    world.projects = world.projects.filter((p) => p.dueTurn > turn);
  }
  // the lists are replaced only when something falls due (the same contents as filtering every turn, without the copies)
  if (anyDelivered(world.military.orders, turn)) world.military.orders = world.military.orders.filter((o) => o.deliveryTurn > turn);
  if (!anyDue(world.scheduled, turn)) return;
  const due = world.scheduled.filter((s) => s.dueTurn <= turn);
  world.scheduled = world.scheduled.filter((s) => s.dueTurn > turn);
  for (const s of due) applyEffects(world, s.effects, s.cause);
}

/** runModel's oil values by partner before the allocation, filled and read within one call (no list per turn). */
const OIL_BEFORE = new Float64Array(PARTNER_IDS.length);

/** The model's rules for one turn: prices, oil, trade, growth, finances, society, forces, gauges. */
function runModel(world: World): void {
  const f = yearFraction(world);
  const oilBefore = oilValueByPartner(world, OIL_BEFORE);
  const before = economyBefore(world);
  updateOilPrice(world);
  growProduction(world, f);
  allocateOil(world);
  updateTrade(world, oilBefore, f);
  updateSanctionsPressure(world);
  updateGrowth(world, before, f);
  updateFinances(world, f);
  updateCorridors(world, f);
  updateIdentity(world, f);
  updateStability(world);
  updateMilitary(world);
  updateGauges(world);
  tickDisruptions(world);
}

/** Resolves the turn in place (the rule both lanes share): the player's actions, projects, powers, events, the model. */
export function resolveInPlace(rules: Rules, d: World, actionIds: readonly string[]): void {
  if (d.outcome || d.pending.length) return;
  d.news = [];
  d.current = { actions: [], choices: [] };
  completeDue(rules, d);
  for (const id of actionIds) {
    if (!canSelect(rules, d, d.current.actions, id)) continue;
    d.current.actions.push(id);
  }
  const chosen = d.current.actions; // taking an action never changes the selection: walked as it is, not copied
  for (let i = 0; i < chosen.length; i++) takeAction(d, entry(rules.actions, chosen[i] ?? '', 'actions'));
  powersMove(rules, d);
  drawEvents(rules, d);
  runModel(d);
}

/** The option a pending event offers, or undefined when the event is not waiting or has no such option. */
function openOption(rules: Rules, world: World, eventId: string, optionId: string) {
  const option = rules.events[eventId]?.options?.find((o) => o.id === optionId);
  return option && world.pending.some((p) => p.eventId === eventId) ? option : undefined;
}

/** Answers a pending event in place; returns false (and changes nothing) for an event not waiting or an unknown option. */
export function answerInPlace(rules: Rules, d: World, eventId: string, optionId: string): boolean {
  const option = openOption(rules, d, eventId, optionId);
  if (!option) return false;
  const cause = eventCause(eventId, optionId);
  applyEffects(d, option.effects, cause);
  applyReactions(d, option.reactions, cause);
  d.pending = d.pending.filter((p) => p.eventId !== eventId);
  d.current.choices.push({ eventId, optionId });
  return true;
}

/** Closes a resolved turn in place; returns false (and changes nothing) while events wait or after the end. */
export function closeInPlace(rules: Rules, d: World): boolean {
  if (d.pending.length || d.outcome) return false;
  d.history.push({ turn: d.turn, date: turnDate(d, d.turn), actions: [...d.current.actions], choices: d.current.choices.map((c) => ({ ...c })), indicators: indicators(d) });
  const defeat = rules.defeat.find((g) => holds(d, g.when));
  if (hasCollapsed(d) || defeat) {
    d.outcome = defeat && !hasCollapsed(d) ? { ending: 'collapse', turn: d.turn, defeatId: defeat.id } : { ending: 'collapse', turn: d.turn };
    return true;
  }
  if (d.turn + 1 >= d.turns) {
    d.outcome = { ending: ending(d).ending, turn: d.turn }; // the keys of { ...ending(d), turn }, without a spread
    return true;
  }
  d.turn += 1;
  d.current = { actions: [], choices: [] };
  const per = periodsPerYear(d.turnLength);
  d.calendar.period = ((d.startPeriod - 1 + d.turn) % per) + 1;
  refillBudget(d);
  return true;
}

/** Resolves the turn being planned with the player's actions (refused ones are skipped): a new frozen world. */
export function resolveTurn(rules: Rules, world: World, actionIds: readonly string[]): World {
  return produceWorld(world, (d) => resolveInPlace(rules, d, actionIds));
}

/** Answers a pending event with one of its options; unknown ids leave the world unchanged (the same object). */
export function chooseOption(rules: Rules, world: World, eventId: string, optionId: string): World {
  if (!openOption(rules, world, eventId, optionId)) return world;
  return produceWorld(world, (d) => void answerInPlace(rules, d, eventId, optionId));
}

/** Closes a resolved turn: records history, checks defeat and the end, refills budget and capital. */
export function closeTurn(rules: Rules, world: World): World {
  if (world.pending.length || world.outcome) return world;
  return produceWorld(world, (d) => void closeInPlace(rules, d));
}
