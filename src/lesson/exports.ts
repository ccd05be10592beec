// Exports a teacher can open elsewhere: one game's debrief as JSON and CSV, and the class view as CSV.
import type { Text } from '../sim/content';
import type { Command } from '../sim/replay';
import { PILLAR_IDS } from '../sim/ids';
import type { TurnRecord } from '../sim/world';
import type { ClassReport, Decision } from './classReport';
import { toCsv, type Cell } from './csv';

/** How exports name things: content text in a language, endings by id. */
export interface Words {
  text: (t: Text | undefined) => string;
  ending: (id: string) => string;
  header: (key: string) => string;
}

/** What the debrief exports are made from (a finished or stopped game). */
export interface GameRecord {
  scenarioId: string;
  scenarioTitle: Text;
  seed: number;
  shareCode: string;
  ending: string;
  reason: string;
  pillars: Record<string, number>;
  balance: number;
  goals: { id: string; text: Text; met: boolean }[];
  history: readonly TurnRecord[];
  log: readonly Command[];
  titles: { action: (id: string) => Text | undefined; event: (id: string) => Text | undefined; option: (eventId: string, optionId: string) => Text | undefined };
}

/** Names one turn's decisions in words: actions, then "event: option". */
export function decisionsOf(r: Pick<TurnRecord, 'actions' | 'choices'>, game: Pick<GameRecord, 'titles'>, words: Pick<Words, 'text'>): string[] {
  return [
    ...r.actions.map((id) => words.text(game.titles.action(id)) || id),
    ...r.choices.map((c) => `${words.text(game.titles.event(c.eventId)) || c.eventId}: ${words.text(game.titles.option(c.eventId, c.optionId)) || c.optionId}`),
  ];
}

/** The debrief as a JSON document (format name and version first, so a later tool can tell what it reads). */
export function debriefJson(game: GameRecord, words: Words): string {
  return JSON.stringify({
    format: 'multi-vector-debrief',
    version: 1,
    scenario: { id: game.scenarioId, title: words.text(game.scenarioTitle) },
    seed: game.seed,
    shareCode: game.shareCode,
    ending: { id: game.ending, name: words.ending(game.ending), reason: game.reason },
    pillars: game.pillars,
    balance: game.balance,
    goals: game.goals.map((g) => ({ id: g.id, text: words.text(g.text), met: g.met })),
    turns: game.history.map((r) => ({
      turn: r.turn + 1,
      date: r.date,
      actions: r.actions,
      choices: r.choices,
      decisions: decisionsOf(r, game, words),
      pillars: r.indicators.pillars,
      balance: r.indicators.balance,
      relations: r.indicators.relations,
    })),
  }, null, 2);
}

/** The debrief as CSV: one row per turn with its decisions, pillars and balance. */
export function debriefCsv(game: GameRecord, words: Words): string {
  const head = ['turn', 'date', 'decisions', ...PILLAR_IDS, 'balance'].map(words.header);
  const rows: Cell[][] = game.history.map((r) => [r.turn + 1, r.date, decisionsOf(r, game, words).join('; '), ...PILLAR_IDS.map((p) => r.indicators.pillars[p]), r.indicators.balance]);
  return toCsv([head, ...rows]);
}

/** A decision in words (for the class table and CSV). */
export function decisionText(d: Decision, words: Pick<Words, 'text'>): string {
  return d.kind === 'action' ? words.text(d.title) : `${words.text(d.title)}: ${words.text(d.option)}`;
}

/** The class view as CSV: one row per student game. */
export function classCsv(report: ClassReport, words: Words): string {
  const head = ['line', 'student', 'scenario', 'seed', 'turnsPlayed', 'turns', 'ending', ...PILLAR_IDS, 'balance', 'goalsMet', 'goalsTotal', 'keyDecisions'].map(words.header);
  const rows: Cell[][] = report.rows.map((r) => [
    r.line, r.label, words.text(r.scenarioTitle), r.seed, r.turnsPlayed, r.turns, words.ending(r.ending),
    ...PILLAR_IDS.map((p) => Math.round(r.pillars[p])), Math.round(r.balance),
    r.goals.filter((g) => g.met).length, r.goals.length,
    r.turning.map((x) => `${x.date}: ${x.decisions.map((d) => decisionText(d, words)).join(', ') || '—'}`).join(' | '),
  ]);
  return toCsv([head, ...rows]);
}
