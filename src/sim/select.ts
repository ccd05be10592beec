// Planning checks: may this action be added to the turn's selection, and what will it do if taken.
import type { ActionDef, Reaction, Rules } from './content';
import { actionCause } from './causes';
import { applyEffects, holds } from './effects';
import { entry } from './indexing';
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
  const code = refusalCode(rules, world, selected, actionId);
  return code === null ? YES : refusalOf(code, rules, world, selected, actionId);
}

/** Whether `actionId` may be added (checkSelection's yes), without making a refusal: strategies ask it of every candidate. */
export function canSelect(rules: Rules, world: World, selected: readonly string[], actionId: string): boolean {
  return refusalCode(rules, world, selected, actionId) === null;
}

/** An action's cost or capital plus the selected actions' (in the selection's order, unknown ids skipped). */
function summed(rules: Rules, selected: readonly string[], action: ActionDef, key: 'costUsdBn' | 'capital'): number {
  let total = action[key];
  for (const id of selected) {
    const picked = rules.actions[id];
    if (picked) total += picked[key];
  }
  return total;
}

/** The first of checkSelection's tests that refuses the action, as its code alone; null when none does. */
function refusalCode(rules: Rules, world: World, selected: readonly string[], actionId: string): RefusalCode | null {
  const action = rules.actions[actionId];
  if (world.outcome) return 'gameOver';
  if (!action) return 'unknown';
  if (selected.includes(actionId)) return 'duplicate';
  if (selected.length >= world.politics.actionLimit) return 'limit';
  for (const p of world.projects) if (p.actionId === actionId) return 'inProgress';
  if (!action.repeatable && world.taken[actionId] !== undefined) return 'done';
  const cost = summed(rules, selected, action, 'costUsdBn');
  const capital = summed(rules, selected, action, 'capital');
  if (cost > world.economy.budgetUsdBn + 1e-9) return 'budget';
  if (capital > world.politics.capital + 1e-9) return 'capital';
  if (!holds(world, action.requires)) return 'precondition';
  return null;
}

/** The refusal with the numbers the UI shows, for the code refusalCode gave (budget and capital summed as it sums them). */
function refusalOf(code: RefusalCode, rules: Rules, world: World, selected: readonly string[], actionId: string): Check {
  switch (code) {
    case 'gameOver':
    case 'duplicate':
    case 'inProgress':
    case 'done':
      return { ok: false, code };
    case 'unknown':
    case 'precondition':
      return { ok: false, code, actionId };
    case 'limit':
      return { ok: false, code, limit: world.politics.actionLimit };
  }
  const action = entry(rules.actions, actionId, 'actions'); // budget and capital are tested only for a known action
  const cost = summed(rules, selected, action, 'costUsdBn');
  const capital = summed(rules, selected, action, 'capital');
  if (code === 'budget') return { ok: false, code, needs: action.costUsdBn, has: Math.max(0, world.economy.budgetUsdBn - cost + action.costUsdBn) };
  return { ok: false, code, needs: action.capital, has: Math.max(0, world.politics.capital - capital + action.capital) };
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
