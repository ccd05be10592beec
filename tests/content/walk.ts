// Helpers for content tests: every effect and condition in the base content, each labelled with where it sits.
import type { Condition, Effect } from '../../src/sim/content';
import { baseContent } from '../../src/content';

/** An effect with the place it comes from, e.g. `action btc-volume-agreement completion`. */
export interface PlacedEffect {
  where: string;
  effect: Effect;
}

/** A single comparison with the place it comes from. */
export interface PlacedComparison {
  where: string;
  cond: Extract<Condition, { path: string }>;
}

/** Every effect of every action, event, option and power rule. */
export function allEffects(content = baseContent): PlacedEffect[] {
  const out: PlacedEffect[] = [];
  const put = (where: string, effects: readonly Effect[] | undefined) => effects?.forEach((effect, i) => out.push({ where: `${where}[${i}]`, effect }));
  for (const a of content.actions) {
    put(`action ${a.id} effects`, a.effects);
    put(`action ${a.id} completion`, a.completion);
  }
  for (const e of content.events) {
    put(`event ${e.id} effects`, e.effects);
    for (const o of e.options ?? []) put(`event ${e.id} option ${o.id}`, o.effects);
  }
  for (const r of content.powerRules) put(`rule ${r.id} effects`, r.effects);
  return out;
}

/** Flattens a condition into its comparisons. */
export function comparisons(cond: Condition | undefined, where: string): PlacedComparison[] {
  if (!cond) return [];
  if ('all' in cond) return cond.all.flatMap((c) => comparisons(c, where));
  if ('any' in cond) return cond.any.flatMap((c) => comparisons(c, where));
  if ('not' in cond) return comparisons(cond.not, where);
  return [{ where, cond }];
}

/** Every comparison in requirements, `when` conditions of events, rules and effects. */
export function allComparisons(content = baseContent): PlacedComparison[] {
  const out: PlacedComparison[] = [];
  for (const a of content.actions) out.push(...comparisons(a.requires, `action ${a.id} requires`));
  for (const e of content.events) out.push(...comparisons(e.when, `event ${e.id} when`));
  for (const r of content.powerRules) out.push(...comparisons(r.when, `rule ${r.id} when`));
  for (const { where, effect } of allEffects(content)) out.push(...comparisons(effect.when, `${where} when`));
  return out;
}

/** The summed `add` a list of effects makes to one path (ignoring conditions and delays). */
export function addedTo(effects: readonly Effect[] | undefined, path: string): number {
  return (effects ?? []).filter((e) => e.op === 'add' && e.path === path).reduce((s, e) => s + (e.value as number), 0);
}
