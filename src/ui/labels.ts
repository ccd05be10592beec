// Player-facing names for state paths and ledger causes, so every change can say what moved and why.
import { hasKey, t, textOf } from '../i18n';
import type { Rules } from '../sim/content';
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

/** The title of an action, event, event option or power rule named in a cause. */
function contentTitle(rules: Rules | null, kind: 'action' | 'event' | 'rule', id: string, option?: string): string {
  if (!rules) return id;
  if (kind === 'action') return textOf(rules.actions[id]?.title) || id;
  if (kind === 'rule') return textOf(rules.powerRules.find((r) => r.id === id)?.title) || id;
  const event = rules.events[id];
  if (option) return textOf(event?.options?.find((o) => o.id === option)?.title) || option;
  return textOf(event?.title) || id;
}

/** The title of whatever a nested cause names: "action:x", "event:x:y", or a bare action, event or rule id. */
function anyTitle(rules: Rules | null, parts: string[]): string {
  const [first, second, third] = parts;
  if (first === 'action') return contentTitle(rules, 'action', second ?? '');
  if (first === 'event') return contentTitle(rules, 'event', second ?? '', third);
  if (first === 'power') return contentTitle(rules, 'rule', third ?? '');
  if (second && rules?.events[first]) return `${contentTitle(rules, 'event', first)}: ${contentTitle(rules, 'event', first, second)}`;
  if (rules?.actions[first]) return contentTitle(rules, 'action', first);
  if (rules?.events[first]) return contentTitle(rules, 'event', first);
  if (rules?.powerRules.some((r) => r.id === first)) return contentTitle(rules, 'rule', first);
  return first ?? '';
}

/** The powers' reactions to one action or choice, as one heading ("reaction:russia:x" and "reaction:eu:x" share it). */
export function reactionsLabel(cause: string, rules: Rules | null): string {
  return t('cause.reactions', { title: anyTitle(rules, cause.split(':').slice(2)) });
}

/** Which part of the report a cause belongs to. */
export type CauseGroup = 'yours' | 'powers' | 'events' | 'model';

/** Sorts a ledger cause into the report's groups. */
export function causeGroup(cause: string): CauseGroup {
  const [kind, , third] = cause.split(':');
  if (kind === 'action' || kind === 'project') return 'yours';
  if (kind === 'reaction' || kind === 'reactions' || kind === 'power') return 'powers';
  if (kind === 'event') return third ? 'yours' : 'events';
  return 'model';
}

/** A ledger cause in words ("action:btc-volume-agreement" → "Your action: Sign a BTC volume deal…"). */
export function causeLabel(cause: string, rules: Rules | null): string {
  const [kind, a, b] = cause.split(':');
  switch (kind) {
    case 'action': return t('cause.action', { title: contentTitle(rules, 'action', a) });
    case 'project': return t('cause.project', { title: contentTitle(rules, 'action', a) });
    case 'reaction': {
      const rest = cause.split(':').slice(2);
      return t('cause.reaction', { power: nameOf('power', a), title: anyTitle(rules, rest) });
    }
    case 'power': return t('cause.power', { power: nameOf('power', a), title: contentTitle(rules, 'rule', b ?? '') });
    case 'event': return b ? t('cause.option', { title: contentTitle(rules, 'event', a, b) }) : t('cause.event', { title: contentTitle(rules, 'event', a) });
    case 'model': {
      const m = /^(\w+)-de-escalates$/.exec(a ?? '');
      if (m) return t('cause.model.de-escalates', { power: nameOf('power', m[1]) });
      return hasKey(`cause.model.${a}`) ? t(`cause.model.${a}`) : t('cause.model.other');
    }
  }
  return cause;
}

/** Names of powers, partners, routes, corridors, memberships and suppliers by id. */
export const powerName = (id: string): string => nameOf('power', id);
export const partnerName = (id: string): string => nameOf('partner', id);
export const routeName = (id: string): string => nameOf('route', id);
export const supplierName = (id: string): string => nameOf('supplier', id);
export const membershipName = (id: string): string => nameOf('membership', id);
