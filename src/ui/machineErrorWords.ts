// The machine's error codes in the player's language: the one place a MachineError becomes words (en, ru, kk).
import { t } from '../i18n';
import type { MachineError } from '../machine/errors';

/** The i18n key of an error, choosing the variant its parameters call for. */
function keyOf(e: MachineError): string {
  const p = e.params ?? {};
  if (e.code === 'saveFailed' || e.code === 'storageFull') return `machineError.${e.code}_${p.full ? 'full' : 'off'}`;
  if (e.code === 'saveDamaged') return p.detail === 'json' ? 'machineError.saveDamagedJson' : p.detail ? 'machineError.saveDamagedDetail' : 'machineError.saveDamaged';
  if (e.code === 'codeDamaged' && p.detail) return p.detail === 'checksum' ? 'machineError.codeChecksum' : 'machineError.codeDamagedDetail';
  return `machineError.${e.code}`;
}

/** A machine error as a sentence (and the problem underneath it, if any), bounded in length whatever its parameters. */
export function machineErrorWords(e: MachineError, depth = 0): string {
  const own = t(keyOf(e), { ...(e.params ?? {}) });
  const below = e.cause && depth < 3 ? ` ${machineErrorWords(e.cause, depth + 1)}` : '';
  return `${own}${below}`.replace(/\.{2,}/g, '.').slice(0, 600);
}
