// Named save slots and the autosave: listing them for the menu and checking slot names.
import { machineError, type MachineError } from './errors';
import { summariseSave, type SaveSummary } from './saveFormat';
import { AUTOSAVE_KEY, slotKey, slotOfKey, type SaveStorage } from './storage';

/** One named slot as the load menu lists it. */
export type SlotInfo = { slot: string } & SaveSummary;

/** The longest slot name accepted. */
export const MAX_SLOT_NAME = 40;

/** Why a slot name cannot be used, or null when it can. */
export function slotNameProblem(slot: unknown): MachineError | null {
  if (typeof slot !== 'string' || slot.trim() === '') return machineError('slotNameEmpty');
  if (slot.length > MAX_SLOT_NAME) return machineError('slotNameLong', { max: MAX_SLOT_NAME });
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

/** Whether a slot of this name already holds a save (the scenes ask before replacing it). */
export function slotExists(storage: SaveStorage, slot: string): boolean {
  try {
    return slotNameProblem(slot) === null && storage.getItem(slotKey(slot)) !== null;
  } catch {
    return false;
  }
}
