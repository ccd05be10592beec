// Planning checks: may this action be added to the turn's selection, and what will it do if taken.
import type { Reaction, Rules } from './content';
import { actionCause } from './causes';
import { applyEffects, holds } from './effects';
import { produceWorld } from './step';
import type { Path } from './fields';
import type { Leaf } from './paths';
import type { World } from './world';

/** Why a selection is refused: a code with the numbers the UI needs to say it (src/ui/refusalWords.ts). */
export type Refusal =
  | { code: 'gameOver' }
  | { code: 'unknown'; actionId: string }
  | { code: 'duplicate' }
  | { code: 'limit'; limit: number }
  | { code: 'inProgress' }
  | { code: 'done' }
  | { code: 'budget'; needs: number; has: number } // USD bn: the action's cost, and what the selection leaves
  | { code: 'capital'; needs: number; has: number } // political capital, likewise
  | { code: 'precondition'; actionId: string };

/** The kinds of refusal. */
export type RefusalCode = Refusal['code'];

/** The answer to "may I add this action?": yes, or no with the reason. */
export type Check = { ok: true } | ({ ok: false } & Refusal);

/** The one "yes" (frozen, shared): strategies ask this for every candidate action of every turn. */
const YES: Check = Object.freeze({ ok: true });

/** Checks adding `actionId` to the `selected` actions of this turn against budget, capital, limit and preconditions. */
export function checkSelection(rules: Rules, world: World, selected: readonly string[], actionId: string): Check {
  const action = rules.actions[actionId];
  if (world.outcome) return { ok: false, code: 'gameOver' };
  if (!action) return { ok: false, code: 'unknown', actionId };
  if (selected.includes(actionId)) return { ok: false, code: 'duplicate' };
  if (selected.length >= world.politics.actionLimit) return { ok: false, code: 'limit', limit: world.politics.actionLimit };
  for (const p of world.projects) if (p.actionId === actionId) return { ok: false, code: 'inProgress' };
  if (!action.repeatable && world.taken[actionId] !== undefined) return { ok: false, code: 'done' };
  let cost = action.costUsdBn;
  let capital = action.capital;
  for (const id of selected) {
    const picked = rules.actions[id];
    if (!picked) continue;
    cost += picked.costUsdBn;
    capital += picked.capital;
  }
  if (cost > world.economy.budgetUsdBn + 1e-9) return { ok: false, code: 'budget', needs: action.costUsdBn, has: Math.max(0, world.economy.budgetUsdBn - cost + action.costUsdBn) };
  if (capital > world.politics.capital + 1e-9) return { ok: false, code: 'capital', needs: action.capital, has: Math.max(0, world.politics.capital - capital + action.capital) };
  if (!holds(world, action.requires)) return { ok: false, code: 'precondition', actionId };
  return YES;
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
  const cause = actionCause(action);
  const run = (effects: typeof action.effects): PredictedChange[] => {
    const next = produceWorld(world, (d) => applyEffects(d, effects.map((e) => ({ ...e, delay: undefined })), cause));
    return next.ledger.slice(world.ledger.length).map(({ path, before, after }) => ({ path, before, after }));
  };
  return {
    changes: run(action.effects),
    completion: action.completion ? run(action.completion) : [],
    reactions: action.reactions,
    delay: action.delay,
  };
}
