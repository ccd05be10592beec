// A cause (a value from the sim's ledger, news or schedule) in words of the current language, and its report group.
import { hasKey, t, textOf } from '../i18n';
import type { Rules } from '../sim/content';
import type { Cause } from '../sim/world';

const nameOf = (kind: string, id: string): string => (hasKey(`${kind}.${id}`) ? t(`${kind}.${id}`) : id);

/** The title of an action, event, event option or power rule, in the current language (the id if the rules lack it). */
function contentTitle(rules: Rules | null, kind: 'action' | 'event' | 'rule', id: string, option?: string): string {
  if (!rules) return option ?? id;
  if (kind === 'action') return textOf(rules.actions[id]?.title) || id;
  if (kind === 'rule') return textOf(rules.powerRules.find((r) => r.id === id)?.title) || id;
  const event = rules.events[id];
  if (option) return textOf(event?.options?.find((o) => o.id === option)?.title) || option;
  return textOf(event?.title) || id;
}

/** The title of what triggered a cause: the action, the event, the event and the answer, or the power's rule. */
function triggerTitle(cause: Cause, rules: Rules | null): string {
  switch (cause.kind) {
    case 'action':
    case 'project':
      return contentTitle(rules, 'action', cause.id);
    case 'event':
      return cause.option === undefined
        ? contentTitle(rules, 'event', cause.id)
        : cause.term === 'reaction'
          ? `${contentTitle(rules, 'event', cause.id)}: ${contentTitle(rules, 'event', cause.id, cause.option)}`
          : contentTitle(rules, 'event', cause.id, cause.option);
    case 'power':
      return contentTitle(rules, 'rule', cause.id);
    case 'model':
      if (cause.term && hasKey(`cause.term.${cause.id}.${cause.term}`)) return t(`cause.term.${cause.id}.${cause.term}`);
      return hasKey(`cause.model.${cause.id}`) ? t(`cause.model.${cause.id}`, { power: nameOf('power', cause.power ?? '') }) : t('cause.model.other');
  }
}

/** A cause in words ({kind: 'action', id: 'btc-volume-agreement'} → "Your action: Sign a BTC volume deal…"). */
export function causeWords(cause: Cause, rules: Rules | null): string {
  if (cause.term === 'reaction') return t('cause.reaction', { power: nameOf('power', cause.power ?? ''), title: triggerTitle(cause, rules) });
  switch (cause.kind) {
    case 'action': return t('cause.action', { title: triggerTitle(cause, rules) });
    case 'project': return t('cause.project', { title: triggerTitle(cause, rules) });
    case 'power': return t('cause.power', { power: nameOf('power', cause.power ?? ''), title: triggerTitle(cause, rules) });
    case 'event': return t(cause.option === undefined ? 'cause.event' : 'cause.option', { title: triggerTitle(cause, rules) });
    case 'model': return triggerTitle(cause, rules);
  }
}

/** The heading of all powers' reactions to one move ("Reactions to Sign a BTC volume deal"). */
export function reactionsWords(cause: Cause, rules: Rules | null): string {
  return t('cause.reactions', { title: triggerTitle({ ...cause, term: 'reaction' }, rules) });
}

/** Which part of the report a cause belongs to. */
export type CauseGroup = 'yours' | 'powers' | 'events' | 'model';

/** Sorts a cause into the report's groups: your moves, the powers' (reactions included), events, the model. */
export function causeGroup(cause: Cause): CauseGroup {
  if (cause.term === 'reaction' || cause.kind === 'power') return 'powers';
  if (cause.kind === 'action' || cause.kind === 'project') return 'yours';
  if (cause.kind === 'event') return cause.option === undefined ? 'events' : 'yours';
  return 'model';
}
