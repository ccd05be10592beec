// Where each scenario goal stands now: a pure view of the world against the scenario's victory conditions.
import type { Condition, Text } from '../sim/content';
import type { Rules, World } from '../sim/index';
import { finalScore } from '../sim/index';
import { holds } from '../sim/effects';
import { getAt } from '../sim/paths';

/** One comparison inside a goal: the number (or status) at a path now, the bound it must keep, and whether it does. */
export interface GoalCheck {
  path: string;
  now: number | string | boolean | null; // null when the path has no value in this world
  op: 'gte' | 'lte' | 'gt' | 'lt' | 'eq' | 'ne';
  target: number | string | boolean;
  negated: boolean; // inside a `not`: the goal wants this comparison to fail
  met: boolean; // whether this comparison, as the goal wants it, holds now
}

/** A goal's state now: its text, whether it is met now, and its comparisons with their current values. */
export interface GoalProgress {
  id: string;
  text: Text;
  met: boolean;
  checks: GoalCheck[];
}

// When the debrief decides the goals: finalScore judges each goal's condition on the world after the last turn
// (not averaged over the last turns, unlike the pillars), so a goal met now can still be lost on the last turn.

const OPS = ['gte', 'lte', 'gt', 'lt', 'eq', 'ne'] as const;

/** The leaf comparisons of a condition, each marked if it sits under an odd number of `not`s. */
function comparisons(world: World, cond: Condition, negated: boolean): GoalCheck[] {
  if ('all' in cond) return cond.all.flatMap((c) => comparisons(world, c, negated));
  if ('any' in cond) return cond.any.flatMap((c) => comparisons(world, c, negated));
  if ('not' in cond) return comparisons(world, cond.not, !negated);
  const value = getAt(world, cond.path);
  const now = typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? value : null;
  return OPS.filter((op) => cond[op] !== undefined).map((op) => {
    const single = { path: cond.path, [op]: cond[op] } as Condition;
    return { path: cond.path, now, op, target: cond[op]!, negated, met: holds(world, single) !== negated };
  });
}

/**
 * Every victory goal of the scenario with where it stands in `world`. `met` is the very verdict the debrief gives
 * (finalScore's), so the panel and the debrief can never disagree about the same world.
 */
export function goalProgress(world: World, rules: Rules): GoalProgress[] {
  const verdicts = new Map(finalScore(world, rules).goals.map((g) => [g.id, g.met]));
  return rules.victory.map((goal) => ({
    id: goal.id,
    text: goal.text,
    met: verdicts.get(goal.id) ?? false,
    checks: comparisons(world, goal.when, false),
  }));
}

/** How many goals are met now, of how many. */
export function goalsMet(progress: readonly GoalProgress[]): { met: number; total: number } {
  return { met: progress.filter((g) => g.met).length, total: progress.length };
}
