// Debrief view-model: the ending and grades, the timeline of decisions with turning points, and the scenario's sources.
import { t, textOf } from '../i18n';
import type { Rules } from '../sim/content';
import { finalScore } from '../sim/index';
import { PILLAR_IDS, type PillarId } from '../sim/ids';
import type { ScenarioData } from '../sim/scenarioData';
import type { World } from '../sim/world';
import { num, signed } from './format';
import { pathLabel } from './labels';

/** One turn of the timeline: what the player did, how the balance moved, and whether it was a turning point. */
export interface TimelineTurn {
  turn: number;
  date: string;
  decisions: string[];
  balanceDelta: string;
  turning: boolean;
}

/** Everything the debrief shows in words. */
export interface DebriefView {
  ending: string;
  endingText: string;
  reason: string;
  grades: { id: PillarId; label: string; grade: string; value: string }[];
  balance: string;
  timeline: TimelineTurn[];
  sources: string[];
}

/** The turns whose balance moved most (up to `count`, at least `min` points) are the turning points. */
export function turningPoints(deltas: readonly number[], count = 3, min = 2): Set<number> {
  return new Set(deltas.map((d, i) => ({ d: Math.abs(d), i })).filter((x) => x.d >= min).sort((a, b) => b.d - a.d).slice(0, count).map((x) => x.i));
}

/** The debrief of a finished (or abandoned) game. */
export function debriefView(rules: Rules, world: World, scenario: ScenarioData | null): DebriefView {
  const score = finalScore(world);
  const balances = world.history.map((r) => r.indicators.balance);
  const deltas = balances.map((b, i) => (i === 0 ? 0 : b - balances[i - 1]));
  const turning = turningPoints(deltas);
  const ending = world.outcome?.ending ?? score.ending;
  return {
    ending: t(`debrief.endings.${ending}`),
    endingText: t(`debrief.endingText.${ending}`),
    reason: world.outcome?.reason ?? '',
    grades: PILLAR_IDS.map((id) => ({ id, label: t(`hud.pillars.${id}`), grade: score.grades[id], value: num(score.pillars[id], 0) })),
    balance: t('debrief.balance', { value: num(score.balance, 0) }),
    timeline: world.history.map((r, i) => ({
      turn: r.turn,
      date: r.date,
      decisions: [
        ...r.actions.map((id) => textOf(rules.actions[id]?.title) || id),
        ...r.choices.map((c) => `${textOf(rules.events[c.eventId]?.title) || c.eventId}: ${textOf(rules.events[c.eventId]?.options?.find((o) => o.id === c.optionId)?.title) || c.optionId}`),
      ],
      balanceDelta: signed(deltas[i], 0),
      turning: turning.has(i),
    })),
    // Real references (FACTS ids, web addresses) first; the game's own abstractions after them.
    sources: Object.entries(scenario?.sources ?? {})
      .sort(([, a], [, b]) => Number(a === 'abstraction') - Number(b === 'abstraction'))
      .map(([path, ref]) => `${pathLabel(path)}: ${ref}`),
  };
}
