// The other powers move by their own logic: a ladder of hostile steps and a set of offers, driven by gauges.
import { deEscalates, powerCause } from '../causes';
import type { PowerRule, Rules } from '../content';
import { compiled } from '../compiled';
import { applyEffects, change } from '../effects';
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

function fire(world: World, rule: PowerRule): void {
  const cause = powerCause(rule);
  applyEffects(world, rule.effects, cause);
  world.ruleCooldowns[rule.id] = world.turn;
  change(world, `powers.${rule.power}.lastMoveTurn`, world.turn, cause);
  if (rule.kind === 'hostile') change(world, `powers.${rule.power}.escalation`, Math.max(world.powers[rule.power].escalation, rule.step), cause);
  world.news.push({ turn: world.turn, kind: 'power', id: rule.id, power: rule.power, cause });
}

/** Tries the candidates in order; the first whose roll succeeds fires. Returns whether one fired. */
function tryOne(world: World, candidates: PowerRule[]): boolean {
  for (const rule of candidates) {
    if (nextFloat(world) < ruleChance(world, rule)) {
      fire(world, rule);
      return true;
    }
  }
  return false;
}

/** Each power takes at most one hostile and one friendly step; a quiet power climbs down its ladder. */
export function powersMove(rules: Rules, world: World): void {
  for (const power of POWER_IDS) {
    const hostile = tryOne(world, eligibleRules(rules, world, power, 'hostile'));
    tryOne(world, eligibleRules(rules, world, power, 'friendly'));
    const state = world.powers[power];
    if (!hostile && state.escalation > 0 && world.turn - state.lastMoveTurn >= 2) {
      change(world, `powers.${power}.escalation`, state.escalation - 1, deEscalates(power));
    }
  }
}
