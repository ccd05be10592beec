// Named save slots and the autosave: listing them for the menu and checking slot names.
import { summariseSave, type SaveSummary } from './saveFormat';
import { AUTOSAVE_KEY, slotKey, slotOfKey, type SaveStorage } from './storage';

/** One named slot as the load menu lists it. */
export type SlotInfo = { slot: string } & SaveSummary;

/** The longest slot name accepted. */
export const MAX_SLOT_NAME = 40;

/** Why a slot name cannot be used, or null when it can. */
export function slotNameProblem(slot: unknown): string | null {
  if (typeof slot !== 'string' || slot.trim() === '') return 'Give the save slot a name.';
  if (slot.length > MAX_SLOT_NAME) return `A save slot name may have at most ${MAX_SLOT_NAME} characters.`;
  return null;
}

/** The named slots in storage, sorted by name, each summarised (damaged ones say so). */
export function listSlots(storage: SaveStorage): SlotInfo[] {
  let keys: string[];
  try {
    keys = storage.keys();
  } catch {
    return [];
  }
  return keys
    .map(slotOfKey)
    .filter((slot): slot is string => slot !== null)
    .sort((a, b) => a.localeCompare(b))
    .map((slot) => ({ slot, ...summariseSave(storage.getItem(slotKey(slot)) ?? '') }));
}

/** Whether "Continue" has an autosave to resume (summary of it, or null). */
export function autosaveInfo(storage: SaveStorage): SaveSummary | null {
  try {
    const raw = storage.getItem(AUTOSAVE_KEY);
    return raw === null ? null : summariseSave(raw);
  } catch {
    return null;
  }
}
