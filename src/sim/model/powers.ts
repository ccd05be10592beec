// The other powers move by their own logic: a ladder of hostile steps and a set of offers, driven by gauges.
import { deEscalates, powerCause } from '../causes';
import type { PowerRule, Rules } from '../content';
import { compiled, type CompiledPowerRule } from '../compiled';
import { applyEffects, changeField } from '../effects';
import { fieldsById } from '../paths';
import { POWER_IDS, type PowerId } from '../ids';
import { nextFloat } from '../rng';
import type { World } from '../world';

/** Whether a rule's cooldown has passed. */
const rested = (world: World, rule: PowerRule): boolean => {
  const last = world.ruleCooldowns[rule.id];
  return last === undefined || world.turn - last >= rule.cooldown;
};

/** The chance a rule fires this turn, scaled by the power's personality. */
export function ruleChance(world: World, rule: PowerRule): number {
  const p = world.powers[rule.power].personality;
  const scale = rule.kind === 'hostile' ? 0.5 + p.assertiveness : 0.5 + p.generosity;
  return Math.min(1, Math.max(0, rule.chance * scale));
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

const LAST_MOVE = fieldsById(POWER_IDS, (p) => `powers.${p}.lastMoveTurn`);
const ESCALATION = fieldsById(POWER_IDS, (p) => `powers.${p}.escalation`);

function fire(world: World, rule: PowerRule): void {
  const cause = powerCause(rule);
  applyEffects(world, rule.effects, cause);
  world.ruleCooldowns[rule.id] = world.turn;
  changeField(world, LAST_MOVE[rule.power], world.turn, cause);
  if (rule.kind === 'hostile') changeField(world, ESCALATION[rule.power], Math.max(world.powers[rule.power].escalation, rule.step), cause);
  world.news.push({ turn: world.turn, kind: 'power', id: rule.id, power: rule.power, cause });
}

/**
 * Tries a power's rules of one kind in order; the first eligible one whose roll succeeds fires. Returns whether one fired.
 * Eligibility is tested as the walk reaches each rule rather than listed first: rolls change only the generator, which no
 * condition reads, so the same rules are eligible and the same numbers are drawn as listing them all first.
 */
function tryOne(world: World, candidates: readonly CompiledPowerRule[], hostile: boolean, rung: number): boolean {
  for (const { rule, when } of candidates) {
    if ((hostile && rule.step > rung + 1) || !rested(world, rule) || !when(world)) continue;
    if (nextFloat(world) < ruleChance(world, rule)) {
      fire(world, rule);
      return true;
    }
  }
  return false;
}

/** Each power takes at most one hostile and one friendly step; a quiet power climbs down its ladder. */
export function powersMove(rules: Rules, world: World): void {
  const byPower = compiled(rules).powerRules;
  for (const power of POWER_IDS) {
    const { hostile: hostileRules, friendly } = byPower[power];
    const hostile = tryOne(world, hostileRules, true, world.powers[power].escalation);
    tryOne(world, friendly, false, 0);
    const state = world.powers[power];
    if (!hostile && state.escalation > 0 && world.turn - state.lastMoveTurn >= 2) {
      changeField(world, ESCALATION[power], state.escalation - 1, deEscalates(power));
    }
  }
}
