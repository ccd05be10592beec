// Refusals (the sim's and the machine's codes with their numbers) in words of the current language.
import { t, textOf } from '../i18n';
import type { Rules } from '../sim/content';
import type { Refusal } from '../sim/select';
import { money, num } from './format';

/** A refusal the machine adds to the sim's: deselecting what is not selected, acting with no game, a choice not on offer. */
export type MachineRefusal = { code: 'notSelected' } | { code: 'notPlaying' } | { code: 'notAChoice' };

/** Why an action or a choice was refused, in the player's language (a precondition uses the action's own words). */
export function refusalWords(refusal: Refusal | MachineRefusal, rules: Rules | null): string {
  switch (refusal.code) {
    case 'unknown': return t('refusal.unknown', { id: refusal.actionId });
    case 'limit': return t('refusal.limit', { limit: refusal.limit });
    case 'budget': return t('refusal.budget', { need: money(refusal.needs), left: money(refusal.has) });
    case 'capital': return t('refusal.capital', { need: num(refusal.needs, 0), left: num(refusal.has, 0) });
    case 'precondition': return textOf(rules?.actions[refusal.actionId]?.requiresText) || t('refusal.precondition');
    default: return t(`refusal.${refusal.code}`);
  }
}
