// The one produce wrapper through which the interactive lane changes a world: immer drafts, shares and freezes it.
import { produce, type Draft } from 'immer';
import type { LedgerEntry, World } from './world';

/** The ledger of a batch world: changes are not recorded (the batch lane keeps no ledger). */
export const NO_LEDGER: LedgerEntry[] = Object.freeze([]) as unknown as LedgerEntry[];

/**
 * Applies a recipe to an immer draft of the world and returns the next world: unchanged parts are shared
 * with the previous world, changed ones are new and frozen by immer. The ledger is append-only, so the
 * recipe writes into a fresh array of this step's entries (immer never walks or copies the old ones);
 * the next world's ledger is the old entries followed by the new.
 */
export function produceWorld(world: World, recipe: (draft: World) => void): World {
  const added: LedgerEntry[] = [];
  const next = produce(world, (d: Draft<World>) => {
    d.ledger = added;
    recipe(d as World);
  });
  if (!added.length) return Object.freeze({ ...next, ledger: world.ledger });
  return Object.freeze({ ...next, ledger: Object.freeze(world.ledger.concat(next.ledger)) as LedgerEntry[] });
}
