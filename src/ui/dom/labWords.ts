// The lab's and the comparison's words: strategy and line names, problems with the form, numbers as people read them.
import { t } from '../../i18n';
import type { LabLine } from '../../lab/labRun';
import type { LabProblem } from '../../lab/labRequest';
import { turnDate } from '../../sim/dates';
import type { ScenarioData } from '../../sim/scenarioData';
import { branchLabel } from '../debrief';
import { dateLabel } from '../format';

/** A strategy's short name ("Balanced"). */
export const strategyName = (name: string): string => t(`lab.strategies.${name}.name`, { defaultValue: name });

/** What a strategy does, in one sentence. */
export const strategyAbout = (name: string): string => t(`lab.strategies.${name}.about`, { defaultValue: '' });

/** A line's name: the strategy, or "Main line: your first 3 turns (to 2023 H2), then Balanced". */
export function lineName(line: LabLine, scenario: ScenarioData, branchName: (id: string) => string): string {
  if (line.kind === 'strategy') return strategyName(line.strategy);
  const date = dateLabel(turnDate(scenario, Math.max(0, line.fromTurn - 1)));
  return t('lab.mineLabel', { line: branchLabel(branchName(line.branchId)), count: line.fromTurn, date, then: strategyName(line.strategy) });
}

/** A problem with the form in words. */
export function problemWords(p: LabProblem): string {
  return 'max' in p ? t(`lab.problems.${p.code}`, { max: p.max }) : 'name' in p ? t(`lab.problems.${p.code}`, { name: p.name }) : t(`lab.problems.${p.code}`);
}

/** A share as a whole percentage, with "<1%" for rare but possible outcomes. */
export function percent(share: number): string {
  if (!Number.isFinite(share) || share <= 0) return '0%';
  if (share < 0.005) return '<1%';
  return `${Math.round(share * 100)}%`;
}
