// The one wrapper through which the sim changes a world: a recipe mutates a private copy, the result is frozen.
import type { World } from './world';

/** A deep copy of plain data (the world holds only objects, arrays, numbers, strings, booleans, null). */
function copy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copy) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key]);
  return out as T;
}

/** Freezes plain data all the way down, skipping parts already frozen (earlier worlds share them). */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}

/**
 * Applies a recipe to a copy of the world and returns the copy, frozen all the way down.
 * The append-only logs (ledger, history) are shared up to their old length and only their new
 * entries are frozen; everything else is deep-copied, so the recipe may mutate freely and the
 * input stays untouched. (A plain copy is several times faster than an immer draft here: a turn
 * touches hundreds of paths, and proxies make each touch costly.)
 */
export function step(world: World, recipe: (draft: World) => void): World {
  const { ledger, history, ...rest } = world;
  const draft = { ...copy(rest), ledger: [...ledger], history: [...history] } as World;
  recipe(draft);
  for (let i = ledger.length; i < draft.ledger.length; i++) Object.freeze(draft.ledger[i]);
  for (let i = history.length; i < draft.history.length; i++) deepFreeze(draft.history[i]);
  for (const [key, value] of Object.entries(draft)) if (key !== 'ledger' && key !== 'history') deepFreeze(value);
  Object.freeze(draft.ledger);
  Object.freeze(draft.history);
  return Object.freeze(draft);
}
