// Two lines of play side by side: each turn's decisions in two columns with the differences marked, the first turn
// where the lines part, and any indicator of both over the turns. Pure data for the compare sheet (no words, no DOM).
import type { Command } from '../sim/replay';
import type { Indicators, TurnRecord } from '../sim/world';

/** One decision of a turn: an action taken, or an event's answer. */
export type Decision = { kind: 'action'; id: string } | { kind: 'choice'; eventId: string; optionId: string };

/** One decision in its column, marked when the other line did not decide the same that turn. */
export interface MarkedDecision {
  decision: Decision;
  differs: boolean;
}

/** One turn of both lines: each side's decisions (null where that line has not played the turn). */
export interface ComparedRow {
  turn: number;
  a: MarkedDecision[] | null;
  b: MarkedDecision[] | null;
  differs: boolean; // the two lines decided differently this turn (both played it)
}

/** The turn-by-turn comparison of two logs. */
export interface LineDiff {
  rows: ComparedRow[];
  firstParting: number | null; // the first turn both played and decided differently; null if they have not parted
  sharedTurns: number; // turns played the same from the start, before they part (or all common turns)
}

const keyOf = (d: Decision): string => (d.kind === 'action' ? `a:${d.id}` : `c:${d.eventId}:${d.optionId}`);

/** A command's decisions in order: its actions, then its answers. */
export function decisionsOf(command: Pick<Command, 'actions' | 'choices'>): Decision[] {
  return [
    ...command.actions.map((id): Decision => ({ kind: 'action', id })),
    ...command.choices.map((c): Decision => ({ kind: 'choice', eventId: c.eventId, optionId: c.optionId })),
  ];
}

/** Whether two turns decided the same: the same decisions, in any order. */
const sameTurn = (a: Decision[], b: Decision[]): boolean => {
  const ka = a.map(keyOf).sort();
  const kb = b.map(keyOf).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i]);
};

/** Compares two command logs turn by turn: a decision is marked when the other line did not take it that turn. */
export function diffLines(logA: readonly Command[], logB: readonly Command[]): LineDiff {
  const length = Math.max(logA.length, logB.length);
  const rows: ComparedRow[] = [];
  let firstParting: number | null = null;
  for (let turn = 0; turn < length; turn++) {
    const ca = logA[turn];
    const cb = logB[turn];
    const da = ca ? decisionsOf(ca) : null;
    const db = cb ? decisionsOf(cb) : null;
    const keysA = new Set((da ?? []).map(keyOf));
    const keysB = new Set((db ?? []).map(keyOf));
    const both = !!da && !!db;
    const differs = both && !sameTurn(da, db);
    if (differs && firstParting === null) firstParting = turn;
    rows.push({
      turn,
      a: da && da.map((decision) => ({ decision, differs: both && !keysB.has(keyOf(decision)) })),
      b: db && db.map((decision) => ({ decision, differs: both && !keysA.has(keyOf(decision)) })),
      differs,
    });
  }
  const common = Math.min(logA.length, logB.length);
  return { rows, firstParting, sharedTurns: firstParting ?? common };
}

/** An indicator the compare chart can draw: a path into a turn's indicators (e.g. `pillars.security`, `relations.russia`). */
export type IndicatorPath = string;

/** The indicators offered in the compare sheet's chart picker, in order. */
export const COMPARE_INDICATORS: readonly IndicatorPath[] = [
  'pillars.sovereignty', 'pillars.prosperity', 'pillars.security', 'pillars.stability', 'balance',
  'russiaAlarm', 'chinaLeverage', 'westConcern',
  'gdpUsdBn', 'gdpGrowthPct', 'nationalFundUsdBn', 'budgetUsdBn', 'oilExportsMt', 'shutInMt',
  'relations.russia', 'relations.china', 'relations.eu', 'relations.us', 'relations.turkey', 'relations.azerbaijan', 'relations.gulf',
];

/** The value of an indicator in one turn's record (NaN if the path names nothing numeric). */
export function indicatorValue(indicators: Indicators, path: IndicatorPath): number {
  let at: unknown = indicators;
  for (const part of path.split('.')) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, part)) return NaN;
    at = (at as Record<string, unknown>)[part];
  }
  return typeof at === 'number' ? at : NaN;
}

/** An indicator over a line's recorded turns, one value per turn played. */
export const indicatorSeries = (history: readonly TurnRecord[], path: IndicatorPath): number[] => history.map((r) => indicatorValue(r.indicators, path));
