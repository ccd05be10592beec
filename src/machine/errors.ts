// What went wrong, as a code with parameters: the machine never words a message; src/ui/machineErrorWords.ts does, per language.
import { err, type Result } from '../sim/result';

/** Every problem the machine reports. Parameters carry what the words need (ids, turns, limits, a detail from below). */
export type MachineErrorCode =
  | 'noScenario' // {id}
  | 'badSeed' // {seed}
  | 'startFailed' // {id, detail}
  | 'storageUnreadable'
  | 'noAutosave'
  | 'noSlot' // {slot}
  | 'slotNameEmpty'
  | 'slotNameLong' // {max}
  | 'slotExists' // {slot}: saving over it needs the player's yes
  | 'nothingToSave'
  | 'saveFailed' // {full: 1|0}: saving to a slot failed, storage full (1) or unavailable (0)
  | 'storageFull' // {full: 1|0}: the autosave could not be written during play, storage full (1) or unavailable (0)
  | 'notASave'
  | 'saveDamaged' // {detail}
  | 'saveNewer' // {version, current}
  | 'saveVersionUnknown' // {version}
  | 'saveScenarioMissing' // {id}
  | 'saveScenarioChanged' // {id}
  | 'saveDoesNotReplay' // {branch, detail}
  | 'startDiffers'
  | 'logBreaks' // {turn, date, detail}
  | 'replayDiffers' // {turn, date}
  | 'rebuildFailed' // {detail}
  | 'codeEmpty'
  | 'codeTooLong' // {length, max}
  | 'codeBadCharacter' // {char, position}
  | 'codeDamaged' // {detail?}
  | 'codeNewer' // {version, current}
  | 'codeVersionUnknown' // {version}
  | 'codeNoScenario'
  | 'codeScenarioMissing' // {id}
  | 'codeScenarioChanged' // {id}
  | 'codeDoesNotReplay' // {detail code words}: see `cause`
  | 'noGame'
  | 'rewindNone'
  | 'rewindRange' // {max}
  | 'noBranch' // {id}
  | 'branchNameEmpty'
  | 'branchNameLong' // {max}
  | 'scenarioUnusable'
  | 'scenarioInPlay' // {id}: a file may not replace the scenario being played
  | 'turnFailed' // {detail}
  | 'notAStart' // {event}
  | 'fileRefused' // {file, count}: a file dropped during play is not a valid scenario
  | 'keptMissing' // {key}
  | 'internal'; // {detail}: a bug of ours, caught so the machine keeps running

/** A problem the machine reports: a code, its parameters, and (for wrappers) the problem underneath. */
export interface MachineError {
  code: MachineErrorCode;
  params?: Record<string, string | number>;
  cause?: MachineError;
}

/** The longest parameter text kept: ids and names from files are cut so no message can grow with its input. */
export const MAX_PARAM_LENGTH = 80;

const cut = (v: string | number): string | number =>
  typeof v === 'string' && v.length > MAX_PARAM_LENGTH ? `${v.slice(0, MAX_PARAM_LENGTH - 1)}…` : v;

/** A MachineError with its parameters cut to a bounded length. */
export function machineError(code: MachineErrorCode, params?: Record<string, string | number>, cause?: MachineError): MachineError {
  const out: MachineError = { code };
  if (params) out.params = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, cut(v)]));
  if (cause) out.cause = cause;
  return out;
}

/** A failed Result carrying a MachineError. */
export const fail = <T>(code: MachineErrorCode, params?: Record<string, string | number>, cause?: MachineError): Result<T, MachineError> =>
  err(machineError(code, params, cause));

/** The message of anything thrown, as a bounded detail parameter. */
export const thrownDetail = (e: unknown): string => String(e instanceof Error ? e.message : e).slice(0, MAX_PARAM_LENGTH);
