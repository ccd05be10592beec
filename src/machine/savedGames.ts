// Every saved game in storage (the autosave, earlier games kept aside, named slots) and the rule that none is ever lost.
import { machineError, type MachineError } from './errors';
import { readSaveFile, summariseSave, type SaveFile, type SaveSummary } from './saveFormat';
import { AUTOSAVE_KEY, slotOfKey, type SaveStorage } from './storage';

/** The key prefix of an earlier autosave kept aside because another game (or an older state) took its place. */
export const KEPT_PREFIX = 'kept:';

/** Where a saved game lives: the autosave that Continue resumes, an earlier game kept aside, or a slot the player named. */
export type SavedKind = 'autosave' | 'kept' | 'slot';

/** One saved game as the menu lists it; `summary.ok === false` marks a damaged or newer-version save, kept as it is. */
export interface SavedEntry {
  key: string; // the storage key: pass it to LOAD_SAVED, DELETE_SAVED or rawSave
  kind: SavedKind;
  name: string; // the slot's name; '' for the autosave and kept games
  summary: SaveSummary;
}

const kindOf = (key: string): SavedKind | null =>
  key === AUTOSAVE_KEY ? 'autosave' : key.startsWith(KEPT_PREFIX) ? 'kept' : slotOfKey(key) !== null ? 'slot' : null;

const keptNumber = (key: string): number => Number(key.slice(KEPT_PREFIX.length)) || 0;

/** Whether `key` names a saved game (so a load or delete can never reach other storage keys). */
export const isSavedKey = (key: unknown): key is string => typeof key === 'string' && key.length <= 100 && kindOf(key) !== null;

/**
 * Every saved game in storage: the autosave first, then kept earlier games (newest first), then slots by name.
 * Damaged and newer-version saves are listed too, with `summary.ok === false`, so the player can export or delete them.
 */
export function listSavedGames(storage: SaveStorage): SavedEntry[] {
  let keys: string[];
  try {
    keys = storage.keys();
  } catch {
    return [];
  }
  const order = { autosave: 0, kept: 1, slot: 2 };
  return keys
    .flatMap((key) => {
      const kind = kindOf(key);
      return kind ? [{ key, kind, name: kind === 'slot' ? slotOfKey(key)! : '' }] : [];
    })
    .sort((a, b) => order[a.kind] - order[b.kind] || (a.kind === 'kept' ? keptNumber(b.key) - keptNumber(a.key) : a.name.localeCompare(b.name)))
    .map((e) => ({ ...e, summary: summariseSave(readRaw(storage, e.key) ?? '') }));
}

/** The stored text of a saved game exactly as it is (for "export raw text"), or null when there is none. */
export function rawSave(storage: SaveStorage, key: string): string | null {
  return isSavedKey(key) ? readRaw(storage, key) : null;
}

function readRaw(storage: SaveStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** Removes one saved game (only saved-game keys; false when storage refused). */
export function deleteSaved(storage: SaveStorage, key: string): boolean {
  if (!isSavedKey(key)) return false;
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** A branch that has played nothing since it forked holds nothing of its own (its turns are its parent's). */
const holdsTurns = (b: SaveFile['branches'][number]): boolean => b.parentId === null || b.log.length > b.forkTurn;

/**
 * Whether `next` is the same game as `old` carried further: same game id, scenario and seed, and every line of `old`
 * is still in `next` with all its turns. Only then may `next` replace `old` without losing anything.
 */
export function supersedes(next: SaveFile, old: SaveFile): boolean {
  if (old.gameId !== next.gameId || old.scenarioId !== next.scenarioId || old.scenarioHash !== next.scenarioHash || old.seed !== next.seed) return false;
  return old.branches.filter(holdsTurns).every((ob) => {
    const nb = next.branches.find((b) => b.id === ob.id);
    return !!nb && ob.hashes.length <= nb.hashes.length && ob.hashes.every((h, i) => nb.hashes[i] === h);
  });
}

/** What writing the autosave did: written (and where an earlier game was kept aside), or why nothing was written. */
export type AutosaveOutcome = { ok: true; keptAs: string | null } | { ok: false; error: MachineError };

function write(storage: SaveStorage, key: string, value: string): boolean {
  try {
    storage.setItem(key, value);
    return storage.getItem(key) === value;
  } catch {
    return false;
  }
}

/** The next free key for an earlier game kept aside. */
function nextKeptKey(storage: SaveStorage): string {
  let most = 0;
  try {
    for (const key of storage.keys()) if (key.startsWith(KEPT_PREFIX)) most = Math.max(most, keptNumber(key));
  } catch {
    // unreadable storage: start at 1
  }
  return `${KEPT_PREFIX}${most + 1}`;
}

/**
 * Writes the autosave of `save`. The autosave is replaced only by the same game's progress (see `supersedes`): any
 * other save there (another game, an older state of this one, a link's game, a damaged or newer-version save) is first
 * kept aside under a `kept:` key, and if that copy cannot be made nothing is overwritten. Earlier copies of this same
 * game that the new autosave now contains are then removed, so loading a kept game does not leave a twin behind.
 */
export function writeAutosave(storage: SaveStorage, save: SaveFile): AutosaveOutcome {
  const text = JSON.stringify(save);
  const old = readRaw(storage, AUTOSAVE_KEY);
  let keptAs: string | null = null;
  if (old !== null && old !== text) {
    const parsed = readSaveFile(old);
    if (!parsed.ok || !supersedes(save, parsed.value)) {
      keptAs = nextKeptKey(storage);
      if (!write(storage, keptAs, old)) return { ok: false, error: machineError('storageFull') };
    }
  }
  if (!write(storage, AUTOSAVE_KEY, text)) return { ok: false, error: machineError('storageFull') };
  for (const entry of listSavedGames(storage)) {
    if (entry.kind !== 'kept' || entry.key === keptAs) continue;
    const kept = readSaveFile(readRaw(storage, entry.key) ?? '');
    if (kept.ok && supersedes(save, kept.value)) deleteSaved(storage, entry.key);
  }
  return { ok: true, keptAs };
}
