// The road not taken in words: what each alternative was ("Had you skipped …"), and what would most have differed
// ("“Chinese orbit” 0% instead of 18% · Sovereignty 54 instead of 48"), plus the report tests read.
import { t, textOf } from '../../i18n';
import type { ForecastSummary } from '../../lab/forecast';
import type { RoadChange } from '../../lab/roadNotTaken';
import type { RoadOutcome, RoadPointResult } from '../../lab/roadNotTakenRunner';
import type { Rules } from '../../sim/content';
import { ENDING_IDS, PILLAR_IDS, type EndingId, type PillarId } from '../../sim/ids';
import { num } from '../format';

/** What actually happened in the game: its ending and its pillars at the end. */
export interface ActualEnd {
  ending: EndingId;
  pillars: Record<PillarId, number>;
}

/** One turning point as tests read it (window.kz.roadNotTaken.points). */
export interface RoadPointReport extends Omit<RoadPointResult, 'outcomes'> {
  actual: ActualEnd;
  alternatives: (RoadOutcome & { label: string })[];
}

/** The roads not taken of the debrief shown now (window.kz.roadNotTaken): every turning point, and whether all are done. */
export interface RoadNotTakenReport {
  seeds: number; // futures behind the least-advanced turning point with decisions
  target: number;
  done: boolean;
  points: RoadPointReport[];
}

/** A share as a percentage that never rounds a possibility away ("0%", "<1%", "18%", ">99%", "100%"). */
export function percent(share: number): string {
  if (share <= 0) return '0%';
  if (share >= 1) return '100%';
  const n = Math.round(share * 100);
  return n === 0 ? '<1%' : n === 100 ? '>99%' : `${n}%`;
}

/**
 * The alternative in words: "Had you skipped “Build the port”" or "Had you chosen “Decline” (Chinese loan offer)";
 * `short` leaves the event's name out (a card, beside the timeline that names it).
 */
export function changeLabel(rules: Rules, change: RoadChange, short = false): string {
  if (change.kind === 'without') return t('road.without', { action: textOf(rules.actions[change.actionId]?.title) || change.actionId });
  const event = rules.events[change.eventId];
  const option = textOf(event?.options?.find((o) => o.id === change.optionId)?.title) || change.optionId;
  return short ? t('road.optionShort', { option }) : t('road.option', { option, event: textOf(event?.title) || change.eventId });
}

/** The ending whose chance differs most between the alternative and the choice made (ties: the likelier one). */
export function endingMoved(o: RoadOutcome): { ending: EndingId; alternative: number; chosen: number } {
  const gap = (e: EndingId) => Math.abs(o.alternative.endings[e] - o.chosen.endings[e]);
  const ending = [...ENDING_IDS].sort((a, b) => gap(b) - gap(a) || o.alternative.endings[b] + o.chosen.endings[b] - o.alternative.endings[a] - o.chosen.endings[a])[0] ?? 'muddlingThrough';
  return { ending, alternative: o.alternative.endings[ending], chosen: o.chosen.endings[ending] };
}

/** The pillar whose typical value differs most between the alternative and the choice made. */
export function pillarMoved(o: RoadOutcome): { pillar: PillarId; alternative: number; chosen: number } {
  const gap = (p: PillarId) => Math.abs(o.alternative.pillars[p].p50 - o.chosen.pillars[p].p50);
  const pillar = [...PILLAR_IDS].sort((a, b) => gap(b) - gap(a))[0] ?? 'sovereignty';
  return { pillar, alternative: o.alternative.pillars[pillar].p50, chosen: o.chosen.pillars[pillar].p50 };
}

/** How much an alternative changes the futures: percentage points of the most-moved ending plus points of the most-moved pillar. */
export function changeSize(o: RoadOutcome): number {
  const e = endingMoved(o);
  const p = pillarMoved(o);
  return 100 * Math.abs(e.alternative - e.chosen) + Math.abs(p.alternative - p.chosen);
}

/**
 * What would most have differed, a line each: the ending whose chance moved most and the pillar whose typical value
 * moved most ("“Chinese orbit” 0% instead of 18%", "Sovereignty 54 instead of 48"); "about the same" when neither did.
 */
export function shiftLines(o: RoadOutcome): string[] {
  const e = endingMoved(o);
  const p = pillarMoved(o);
  const lines: string[] = [];
  if (percent(e.alternative) !== percent(e.chosen)) lines.push(t('road.endingShift', { ending: t(`debrief.endings.${e.ending}`), alt: percent(e.alternative), chosen: percent(e.chosen) }));
  if (num(p.alternative, 0) !== num(p.chosen, 0)) lines.push(t('road.pillarShift', { pillar: t(`hud.pillars.${p.pillar}`), alt: num(p.alternative, 0), chosen: num(p.chosen, 0) }));
  return lines.length ? lines : [t('road.same')];
}

/** A band in words: "54 (41–63)". */
export const bandText = (b: ForecastSummary['pillars'][PillarId]): string => `${num(b.p50, 0)} (${num(b.p10, 0)}–${num(b.p90, 0)})`;

/** The report of every turning point, each alternative labelled (in the turn's order: actions, then each event's options). */
export function roadReport(rules: Rules, results: readonly RoadPointResult[], actual: ActualEnd, target: number): RoadNotTakenReport {
  const points = results.map(({ outcomes, ...rest }) => ({
    ...rest,
    actual,
    alternatives: outcomes.map((o) => ({ ...o, label: changeLabel(rules, o.change) })),
  }));
  const decided = points.filter((p) => p.decided);
  return {
    seeds: decided.length ? Math.min(...decided.map((p) => p.seeds)) : 0,
    target,
    done: points.every((p) => p.done),
    points,
  };
}
