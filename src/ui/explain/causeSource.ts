// Where a ledger cause rests (the FACTS rows its action, event or power rule cites) and the words of the explanation's own causes.
import { t, textOf } from '../../i18n';
import type { Rules } from '../../sim/content';
import type { Cause } from '../../sim/world';
import { factById, factWords } from '../../content/facts';
import { causeWords } from '../causeWords';

/** The part of a change the ledger does not itemise (kept as a cause value so the parts always add up). */
export const UNTRACKED: Cause = Object.freeze({ kind: 'model', id: 'untracked' });

/** A cause of an explanation in the player's words: main's wording for ledger causes, one line for the untracked rest. */
export function explainedCauseWords(cause: Cause, rules: Rules | null): string {
  if (cause.kind === 'model' && cause.id === 'untracked') return t('explain.untracked.other');
  return causeWords(cause, rules);
}

/** The FACTS ids a cause's content cites: the action (or project), the event, the power's rule, or the move a reaction answers. */
function citedFacts(cause: Cause, rules: Rules | null): readonly string[] | undefined {
  if (!rules) return undefined;
  switch (cause.kind) {
    case 'action':
    case 'project': return rules.actions[cause.id]?.facts;
    case 'event': return rules.events[cause.id]?.facts;
    case 'power': return rules.powerRules.find((r) => r.id === cause.id)?.facts;
    case 'model': return undefined;
  }
}

/** Where a cause rests: the first FACTS row it cites (with a web address when the row gives one), else the game's own abstraction. */
export function causeSource(cause: Cause, rules: Rules | null): { words: string; address?: string } {
  const fact = citedFacts(cause, rules)?.map(factById).find((f) => f !== undefined);
  if (!fact) return { words: t('explain.abstraction') };
  const first = fact.source.split(/;\s*/)[0] ?? '';
  const address = /^[\w.-]+\.[a-z]{2,}\//i.test(first) && !first.includes('…') ? `https://${first.replace(/\s.*$/, '')}` : undefined;
  return { words: `${fact.id} — ${textOf(factWords(fact))}`, address }; // the fact in the player's language
}
