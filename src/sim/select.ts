// Planning checks: may this action be added to the turn's selection, and what will it do if taken.
import { produce } from 'immer';
import type { Reaction, Rules, Text } from './content';
import { applyEffects, holds } from './effects';
import type { Path } from './fields';
import type { Leaf } from './paths';
import type { World } from './world';

/** Why a selection is refused, as a code the UI can style and words it can show. */
export type RefusalCode = 'unknown' | 'duplicate' | 'limit' | 'budget' | 'capital' | 'precondition' | 'inProgress' | 'done' | 'gameOver';

/** The answer to "may I add this action?": yes, or no with the reason. */
export type Check = { ok: true } | { ok: false; code: RefusalCode; text: Text };

const no = (code: RefusalCode, en: string): Check => ({ ok: false, code, text: { en } });
const bn = (x: number) => `$${x.toFixed(2)} bn`;

/** Checks adding `actionId` to the `selected` actions of this turn against budget, capital, limit and preconditions. */
export function checkSelection(rules: Rules, world: World, selected: readonly string[], actionId: string): Check {
  const action = rules.actions[actionId];
  if (world.outcome) return no('gameOver', 'The game is over.');
  if (!action) return no('unknown', `There is no action "${actionId}" in this scenario.`);
  if (selected.includes(actionId)) return no('duplicate', 'Already selected for this turn.');
  if (selected.length >= world.politics.actionLimit)
    return no('limit', `You can take at most ${world.politics.actionLimit} actions a turn. Deselect one first.`);
  if (world.projects.some((p) => p.actionId === actionId)) return no('inProgress', 'Already under way; wait until it is completed.');
  if (!action.repeatable && world.taken[actionId] !== undefined) return no('done', 'Already done; it can be taken only once.');
  const picked = selected.map((id) => rules.actions[id]).filter(Boolean);
  const cost = picked.reduce((s, a) => s + a.costUsdBn, 0) + action.costUsdBn;
  if (cost > world.economy.budgetUsdBn + 1e-9)
    return no('budget', `Not enough budget: this needs ${bn(action.costUsdBn)}, ${bn(Math.max(0, world.economy.budgetUsdBn - cost + action.costUsdBn))} left.`);
  const capital = picked.reduce((s, a) => s + a.capital, 0) + action.capital;
  if (capital > world.politics.capital + 1e-9)
    return no('capital', `Not enough political capital: this needs ${action.capital}, ${Math.max(0, Math.round(world.politics.capital - capital + action.capital))} left.`);
  if (!holds(world, action.requires)) return { ok: false, code: 'precondition', text: action.requiresText ?? { en: 'Its conditions are not met yet.' } };
  return { ok: true };
}

/** One predicted change of a value. */
export interface PredictedChange {
  path: Path;
  before: Leaf;
  after: Leaf;
}

/** What an action would do: immediate changes, changes on completion, reactions, and the delay. */
export interface Preview {
  changes: PredictedChange[];
  completion: PredictedChange[];
  reactions: Reaction[];
  delay: number;
}

/** Predicts an action's direct effects on the current world (not the model's knock-on effects). */
export function previewAction(rules: Rules, world: World, actionId: string): Preview {
  const action = rules.actions[actionId];
  if (!action) return { changes: [], completion: [], reactions: [], delay: 0 };
  const run = (effects: typeof action.effects) => {
    let changes: PredictedChange[] = [];
    produce(world, (d) => {
      d.ledger = [];
      applyEffects(d, effects.map((e) => ({ ...e, delay: undefined })), 'preview');
      changes = d.ledger.map(({ path, before, after }) => ({ path, before, after }));
    });
    return changes;
  };
  return {
    changes: run(action.effects),
    completion: action.completion ? run(action.completion) : [],
    reactions: action.reactions,
    delay: action.delay,
  };
}
