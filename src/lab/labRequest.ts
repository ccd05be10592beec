// What the lab screen's form asks for, checked before anything runs: the number of seeds and the lines, with a typed
// problem for each bad input (worded by the screen), and the finished result in the shape tests and exports read.
import type { EndingId, PillarId } from '../sim/ids';
import { err, ok, type Result } from '../sim/result';
import type { Band } from './forecast';
import { LAB_STRATEGIES, type LabLine, MAX_LAB_LINES, MAX_LAB_SEEDS } from './labRun';

/** Why the form cannot run, as a code with the numbers the words need. */
export type LabProblem =
  | { code: 'seedsNotNumber' }
  | { code: 'seedsTooFew' }
  | { code: 'seedsTooMany'; max: number }
  | { code: 'noLines' }
  | { code: 'tooManyLines'; max: number }
  | { code: 'sameLines' }
  | { code: 'unknownStrategy'; name: string }
  | { code: 'noBranches' }
  | { code: 'noTurns' }
  | { code: 'turnRange'; max: number };

/** The seeds field read: a whole number from 1 to MAX_LAB_SEEDS (spaces and thousands separators allowed). */
export function parseSeeds(text: string): Result<number, LabProblem> {
  const clean = text.trim().replace(/[\s,_']/g, '');
  if (!/^\d+$/.test(clean)) return err({ code: 'seedsNotNumber' });
  const n = Number(clean);
  if (n < 1) return err({ code: 'seedsTooFew' });
  if (n > MAX_LAB_SEEDS) return err({ code: 'seedsTooMany', max: MAX_LAB_SEEDS });
  return ok(n);
}

/** What the lab knows of the player's game: each branch's played turns (its log length), by id. */
export type PlayedLines = Readonly<Record<string, number>>;

/** A stable key for a line, so two identical lines are caught and results can be matched. */
export const lineKey = (line: LabLine): string => (line.kind === 'strategy' ? `strategy:${line.strategy}` : `mine:${line.branchId}:${line.fromTurn}:${line.strategy}`);

/** Checks the chosen lines against the strategies and the player's game; every problem found, in order. */
export function checkLines(lines: readonly LabLine[], played: PlayedLines): LabProblem[] {
  const problems: LabProblem[] = [];
  if (!lines.length) problems.push({ code: 'noLines' });
  if (lines.length > MAX_LAB_LINES) problems.push({ code: 'tooManyLines', max: MAX_LAB_LINES });
  if (new Set(lines.map(lineKey)).size < lines.length) problems.push({ code: 'sameLines' });
  for (const line of lines) {
    if (!LAB_STRATEGIES.includes(line.strategy)) problems.push({ code: 'unknownStrategy', name: line.strategy });
    if (line.kind !== 'mine') continue;
    if (!Object.keys(played).length) problems.push({ code: 'noBranches' });
    else if (!Object.hasOwn(played, line.branchId) || !played[line.branchId]) problems.push({ code: 'noTurns' });
    else if (!Number.isInteger(line.fromTurn) || line.fromTurn < 1 || line.fromTurn > (played[line.branchId] ?? 0)) {
      problems.push({ code: 'turnRange', max: played[line.branchId] ?? 0 });
    }
  }
  return problems;
}

/** One line of a finished lab run, as `window.kz.lastLab` and the exports give it (shares 0..1). */
export interface LabLineResult {
  key: string;
  label: string;
  line: LabLine;
  seeds: number;
  endings: Record<EndingId, number>;
  pillars: Record<PillarId, Band>;
  balance: Band;
  alarm: Band;
  goals: Record<string, number>;
  allGoals: number;
}

/** A finished lab run: the scenario, seeds per line, how long it took, and each line's spread. */
export interface LabResult {
  scenarioId: string;
  scenarioTitle: string;
  seeds: number;
  ms: number;
  lines: LabLineResult[];
}
