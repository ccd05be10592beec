// The other powers move by their own logic: a ladder of hostile steps and a set of offers, driven by gauges.
import { deEscalates, powerCause } from '../causes';
import type { PowerRule, Rules } from '../content';
import { compiled, type CompiledPowerRule } from '../compiled';
import { applyPrepared, changeField, type PreparedEffect } from '../effects';
import { fieldList } from '../paths';
import { powerList } from '../lists';
import { POWER_IDS, type PowerId } from '../ids';
import { nextFloat } from '../rng';
import type { Personality, PowerState, World } from '../world';

/** Whether a rule's cooldown has passed. */
const rested = (world: World, rule: Pick<PowerRule, 'id' | 'cooldown'>): boolean => {
  const last = world.ruleCooldowns[rule.id];
  return last === undefined || world.turn - last >= rule.cooldown;
};

/** The chance a rule fires this turn, scaled by the power's personality. */
export function ruleChance(world: World, rule: PowerRule): number {
  return chanceWith(rule.kind === 'hostile', rule.chance, world.powers[rule.power].personality);
}

/** ruleChance of a hostile or friendly rule of this base chance, with its power's personality at hand. */
function chanceWith(hostile: boolean, chance: number, p: Personality): number {
  const scale = hostile ? 0.5 + p.assertiveness : 0.5 + p.generosity;
  return Math.min(1, Math.max(0, chance * scale));
}

/** Rules of a power that could fire now: condition holds, rested, and (hostile) at most one rung above the last. */
export function eligibleRules(rules: Rules, world: World, power: PowerId, kind: PowerRule['kind']): PowerRule[] {
  const rung = world.powers[power].escalation;
  const out: PowerRule[] = [];
  for (const { rule, when } of compiled(rules).powerRules[power][kind]) {
    if ((kind !== 'hostile' || rule.step <= rung + 1) && rested(world, rule) && when(world)) out.push(rule);
  }
  return out;
}

const LAST_MOVE = fieldList(POWER_IDS, (p) => `powers.${p}.lastMoveTurn`);
const ESCALATION = fieldList(POWER_IDS, (p) => `powers.${p}.escalation`);

/** Fires a rule (its effects prepared) of the power at `index` of POWER_IDS, whose state is `state`. */
function fire(world: World, rule: PowerRule, effects: readonly PreparedEffect[], index: number, state: PowerState): void {
  const cause = powerCause(rule);
  applyPrepared(world, effects, cause);
  world.ruleCooldowns[rule.id] = world.turn;
  const lastMove = LAST_MOVE[index];
  const escalation = ESCALATION[index];
  if (lastMove) changeField(world, lastMove, world.turn, cause);
  if (rule.kind === 'hostile' && escalation) changeField(world, escalation, Math.max(state.escalation, rule.step), cause);
  world.news.push({ turn: world.turn, kind: 'power', id: rule.id, power: rule.power, cause });
}

/**
 * Tries a power's rules of one kind in order; the first eligible one whose roll succeeds fires. Returns whether one fired.
 * Eligibility is tested as the walk reaches each rule rather than listed first: rolls change only the generator, which no
 * condition reads, so the same rules are eligible and the same numbers are drawn as listing them all first.
 */
function tryOne(world: World, candidates: readonly CompiledPowerRule[], hostile: boolean, rung: number, index: number, state: PowerState): boolean {
  for (const c of candidates) {
    if ((hostile && c.step > rung + 1) || !c.when(world) || !rested(world, c)) continue; // the condition before the cooldown look-up: cheaper
    if (nextFloat(world) < chanceWith(c.hostile, c.chance, state.personality)) {
      fire(world, c.rule, c.effects, index, state);
      return true;
    }
  }
  return false;
}

/** Each power takes at most one hostile and one friendly step; a quiet power climbs down its ladder. */
export function powersMove(rules: Rules, world: World): void {
  const groups = compiled(rules).powerRuleList;
  const states = powerList(world);
  for (let index = 0; index < states.length; index++) {
    const state = states[index];
    const group = groups[index];
    const escalation = ESCALATION[index];
    const id = POWER_IDS[index];
    if (!state || !group || !escalation || !id) continue;
    const hostile = tryOne(world, group.hostile, true, state.escalation, index, state);
    tryOne(world, group.friendly, false, 0, index, state);
    if (!hostile && state.escalation > 0 && world.turn - state.lastMoveTurn >= 2) {
      changeField(world, escalation, state.escalation - 1, deEscalates(id));
    }
  }
}
