// The one place the UI reads a ledger cause: today's strings ('action:x', 'event:e:o', 'reaction:p:x', 'power:p:rule', 'model:term') as values.
import { hasKey, t } from '../../i18n';
import type { Rules } from '../../sim/content';
import type { LedgerEntry } from '../../sim/world';
import { FACTS } from '../../content/facts';
import { causeLabel } from '../labels';

/** What a ledger change was caused by, as a value (the engine's coming shape): who or what, and which option or model term. */
export interface CauseRef {
  kind: 'action' | 'event' | 'power' | 'project' | 'model';
  id: string;
  option?: string;
  term?: string;
  power?: string;
}

/** A ledger entry's cause as a value (swap this body for the engine's typed causes when they land). */
export function causeOf(entry: Pick<LedgerEntry, 'cause'>): CauseRef {
  const parts = entry.cause.split(':');
  const [kind, a = '', b] = parts;
  switch (kind) {
    case 'action': return { kind: 'action', id: a };
    case 'project': return { kind: 'project', id: a };
    case 'event': return b ? { kind: 'event', id: a, option: b } : { kind: 'event', id: a };
    case 'power': return { kind: 'power', id: b ?? '', power: a };
    case 'reaction': {
      // 'reaction:russia:btc-agreement' (to an action) or 'reaction:russia:cpc-storm:repair' (to a choice).
      const rest = parts.slice(2).filter((p) => p !== 'action' && p !== 'event');
      return { kind: 'power', id: rest[0] ?? '', option: rest[1], term: 'reaction', power: a };
    }
    case 'model': {
      const m = /^(\w+)-de-escalates$/.exec(a);
      if (m) return { kind: 'model', id: 'de-escalates', power: m[1] };
      return b ? { kind: 'model', id: a, term: parts.slice(2).join(':') } : { kind: 'model', id: a };
    }
  }
  return { kind: 'model', id: entry.cause };
}

/** A stable key of a cause value, to add up the changes one cause made. */
export const causeKey = (c: CauseRef): string => [c.kind, c.id, c.option ?? '', c.term ?? '', c.power ?? ''].join('|');

/** The cause string of today's ledger for a value (inverse of causeOf), so the existing wording can be reused. */
function causeString(c: CauseRef): string {
  switch (c.kind) {
    case 'power':
      return c.term === 'reaction' ? `reaction:${c.power}:${c.id}${c.option ? `:${c.option}` : ''}` : `power:${c.power}:${c.id}`;
    case 'event': return c.option ? `event:${c.id}:${c.option}` : `event:${c.id}`;
    case 'model':
      if (c.id === 'de-escalates') return `model:${c.power}-de-escalates`;
      return c.term ? `model:${c.id}:${c.term}` : `model:${c.id}`;
    default: return `${c.kind}:${c.id}`;
  }
}

/** A cause in the player's words ("Your action: …", "Russia reacts to …", a model term's name). */
export function causeWords(c: CauseRef, rules: Rules | null): string {
  if (c.kind === 'model' && c.id === 'untracked') return t(hasKey(`explain.untracked.${c.term}`) ? `explain.untracked.${c.term}` : 'explain.untracked.other');
  if (c.kind === 'model' && c.term && hasKey(`explain.term.${c.term}`)) return t(`explain.term.${c.term}`);
  return causeLabel(causeString(c), rules);
}

/** Where a cause rests: the FACTS rows its action, event or power move cites, or the game's own abstraction. */
export function causeSource(c: CauseRef, rules: Rules | null): { words: string; address?: string } {
  const facts = !rules ? undefined
    : c.kind === 'action' || c.kind === 'project' ? rules.actions[c.id]?.facts
    : c.kind === 'event' ? rules.events[c.id]?.facts
    : c.kind === 'power' && c.term !== 'reaction' ? rules.powerRules.find((r) => r.id === c.id)?.facts
    : c.kind === 'power' ? (rules.actions[c.id]?.facts ?? rules.events[c.id]?.facts)
    : undefined;
  const fact = facts?.map((id) => FACTS.find((f) => f.id === id)).find((f) => f !== undefined);
  if (!fact) return { words: t('explain.abstraction') };
  const first = fact.source.split(/;\s*/)[0];
  const address = /^[\w.-]+\.[a-z]{2,}\//i.test(first) && !first.includes('…') ? `https://${first.replace(/\s.*$/, '')}` : undefined;
  return { words: `${fact.id} — ${fact.text}`, address };
}
