// Player-facing names for state paths and ids, so every change can say what moved (causes: causeWords.ts).
import { hasKey, t } from '../i18n';
import { FIELDS, isPath, type LabelName } from '../sim/fields';

const nameOf = (kind: string, id: string): string => (hasKey(`${kind}.${id}`) ? t(`${kind}.${id}`) : id);

/** The words of a field's name part (a power, route, flag…) in the current language. */
const nameWords = (name: LabelName): string => (name.kind === 'flag' ? t(`field.flagName.${name.id}`) : nameOf(name.kind, name.id));

/** A readable name for a state path from the field table (e.g. "oil.routes.btc.capacityMt" → "Aktau–BTC capacity"). */
export function pathLabel(path: string): string {
  if (!isPath(path)) return path;
  const field = FIELDS[path];
  return t(field.label, field.name ? { name: nameWords(field.name) } : undefined);
}

/**
 * How long a change to a field lasts, in words: fading toward the model's target by a share a turn (gauges,
 * relations, stability), passing with the turn (recomputed figures), or lasting (capacities, memberships, flags).
 */
export function persistence(path: string): string {
  if (!isPath(path)) return '';
  const field = FIELDS[path];
  if (field.pull) return t('plan.persist.fades', { pct: Math.round(field.pull * 100) });
  return t(field.fades ? 'plan.persist.passes' : 'plan.persist.lasts');
}

/** Names of powers, partners and routes by id. */
export const powerName = (id: string): string => nameOf('power', id);
export const partnerName = (id: string): string => nameOf('partner', id);
export const routeName = (id: string): string => nameOf('route', id);
