// Decision view-model: an event waiting for a choice, with each option's trade-offs spelled out from its effects.
import { t, textOf } from '../i18n';
import type { Effect, Rules } from '../sim/content';
import { changeAt, num, signed, valueAt } from './format';
import { pathLabel, persistence } from './labels';

/** One option as a card: title, the trade-off in words, and its effects and reactions as short lines. */
export interface OptionView {
  id: string;
  title: string;
  description: string;
  lines: string[];
}

/** The event and its options. */
export interface DecisionView {
  eventId: string;
  title: string;
  description: string;
  options: OptionView[];
}

/** An effect as a short line ("Russia's alarm +5", "CPC status → open"). */
export function effectLine(e: Effect): string {
  const later = e.delay ? ` ${t('decision.later', { count: e.delay })}` : '';
  const lasting = persistence(e.path);
  if (e.op === 'add') return `${pathLabel(e.path)} ${changeAt(e.path, 0, e.value)}${later} (${lasting})`;
  if (e.op === 'mul') return `${pathLabel(e.path)} ×${num(e.value, 2)}${later} (${lasting})`;
  return `${pathLabel(e.path)} → ${valueAt(e.path, e.value)}${later}`;
}

/** The decision card of a pending event (null if the event is unknown). */
export function decisionView(rules: Rules, eventId: string): DecisionView | null {
  const event = rules.events[eventId];
  if (!event) return null;
  return {
    eventId,
    title: textOf(event.title),
    description: textOf(event.description),
    options: (event.options ?? []).map((o) => ({
      id: o.id,
      title: textOf(o.title),
      description: textOf(o.description),
      lines: [
        ...o.effects.filter((e) => !e.path.startsWith('flags.') && !e.path.endsWith('disruptedTurns')).map(effectLine),
        ...(o.reactions ?? []).map((r) => `${pathLabel(`relations.${r.power}`)} ${signed(r.relation, 0)}`),
      ],
    })),
  };
}
