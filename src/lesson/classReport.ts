// The class view's data: many share codes (one a line, optionally "name: code" or a ?play= link) replayed and scored,
// with each bad line's number and reason, the spread of endings and the most common turning points.
import type { MachineError } from '../machine/errors';
import { gameFromShareCode, parseShareCode } from '../machine/shareCode';
import type { Text } from '../sim/content';
import { finalScore } from '../sim/index';
import type { EndingId, PillarId } from '../sim/ids';
import { at } from '../sim/indexing';
import type { ScenarioData } from '../sim/scenarioData';
import { turningPoints } from '../ui/debrief';
import { withLessonScenarios } from './lessonScenario';

/** Lines a class list may have at most (a class, or a few, not a database). */
export const MAX_CLASS_LINES = 500;

/** One decision as the class view names it: an action, or an event answered with an option. */
export type Decision = { kind: 'action'; id: string; title: Text } | { kind: 'choice'; id: string; title: Text; option: Text };

/** One student's game, replayed and scored. */
export interface StudentRow {
  line: number;
  label: string;
  code: string;
  scenarioId: string;
  scenarioTitle: Text;
  seed: number;
  turnsPlayed: number;
  turns: number;
  finished: boolean;
  ending: EndingId;
  pillars: Record<PillarId, number>;
  balance: number;
  goals: { id: string; text: Text; met: boolean }[];
  turning: { turn: number; date: string; decisions: Decision[] }[];
}

/** A line that could not be read, with why: the machine's own error (worded by src/ui/machineErrorWords.ts), or 'limit'. */
export interface BadLine {
  line: number;
  text: string;
  reason: MachineError | 'limit';
}

/** What the class view shows. */
export interface ClassReport {
  rows: StudentRow[];
  bad: BadLine[];
  endings: { ending: EndingId; count: number }[];
  commonTurning: { decision: Decision; count: number }[];
}

const CODE = /^[A-Za-z0-9_-]{8,}$/;

/** Splits a line into the student's name (if any) and the code: a bare code, a ?play= link, or "name: code". */
export function splitLine(raw: string): { label: string; code: string } {
  const text = raw.trim();
  const link = /(\S*[?&]play=([A-Za-z0-9_-]+)\S*)/.exec(text);
  if (link) {
    const [, whole = '', code = ''] = link;
    return { label: text.replace(whole, '').replace(/[\s:;,\t-]+$/, '').trim(), code };
  }
  const parts = text.split(/[\s,;:]+/);
  const last = parts[parts.length - 1] ?? '';
  if (parts.length > 1 && CODE.test(last)) return { label: text.slice(0, text.lastIndexOf(last)).replace(/[\s:;,\t-]+$/, '').trim(), code: last };
  return { label: '', code: text };
}

const decisionKey = (d: Decision): string => (d.kind === 'action' ? `a:${d.id}` : `c:${d.id}:${d.title.en}:${d.option.en}`);

/** Reads a pasted class list: every non-empty line that is not a "#" comment is one student's game. */
export function classReport(text: string, catalog: Readonly<Record<string, ScenarioData>>): ClassReport {
  const lines = text.split(/\r?\n/);
  const rows: StudentRow[] = [];
  const bad: BadLine[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    if (rows.length + bad.length >= MAX_CLASS_LINES) {
      if (bad.at(-1)?.reason !== 'limit') bad.push({ line, text: raw.trim().slice(0, 60), reason: 'limit' });
      return;
    }
    const { label, code } = splitLine(raw);
    const read = studentRow(line, label, code, catalog);
    if (read.ok) rows.push(read.row);
    else bad.push({ line, text: raw.trim().slice(0, 60), reason: read.reason });
  });
  return { rows, bad, endings: endingSpread(rows), commonTurning: commonTurning(rows) };
}

/** One code replayed with the sim and scored like the debrief does. */
function studentRow(line: number, label: string, code: string, catalog: Readonly<Record<string, ScenarioData>>): { ok: true; row: StudentRow } | { ok: false; reason: MachineError } {
  const parsed = parseShareCode(code);
  if (!parsed.ok) return { ok: false, reason: parsed.error };
  const game = gameFromShareCode(code, withLessonScenarios(catalog, [parsed.value.scenarioId]));
  if (!game.ok) return { ok: false, reason: game.error };
  const { world, rules, scenario, seed, log } = game.value;
  const score = finalScore(world, rules);
  const balances = world.history.map((r) => r.indicators.balance);
  const turns = turningPoints(balances.map((b, k) => (k === 0 ? 0 : b - at(balances, k - 1, 'balances'))));
  const decisionsOf = (k: number): Decision[] => {
    const r = at(world.history, k, 'history');
    return [
      ...r.actions.map((id): Decision => ({ kind: 'action', id, title: rules.actions[id]?.title ?? { en: id } })),
      ...r.choices.map((c): Decision => {
        const event = rules.events[c.eventId];
        return { kind: 'choice', id: c.eventId, title: event?.title ?? { en: c.eventId }, option: event?.options?.find((o) => o.id === c.optionId)?.title ?? { en: c.optionId } };
      }),
    ];
  };
  return {
    ok: true,
    row: {
      line, label, code,
      scenarioId: scenario.id, scenarioTitle: scenario.title, seed,
      turnsPlayed: log.length, turns: scenario.turns, finished: world.outcome !== null,
      ending: world.outcome?.ending ?? score.ending,
      pillars: score.pillars, balance: score.balance,
      goals: score.goals.map((g) => ({ id: g.id, text: g.text, met: g.met })),
      turning: [...turns].sort((a, b) => a - b).map((k) => ({ turn: k, date: at(world.history, k, 'history').date, decisions: decisionsOf(k) })),
    },
  };
}

/** How many students reached each ending, most common first. */
function endingSpread(rows: readonly StudentRow[]): ClassReport['endings'] {
  const counts = new Map<EndingId, number>();
  rows.forEach((r) => counts.set(r.ending, (counts.get(r.ending) ?? 0) + 1));
  return [...counts].map(([ending, count]) => ({ ending, count })).sort((a, b) => b.count - a.count || a.ending.localeCompare(b.ending));
}

/** The decisions that most often fell in a student's turning-point turns (counted once per student), up to five. */
function commonTurning(rows: readonly StudentRow[]): ClassReport['commonTurning'] {
  const counts = new Map<string, { decision: Decision; count: number }>();
  for (const row of rows) {
    const seen = new Set<string>();
    for (const d of row.turning.flatMap((x) => x.decisions)) {
      const key = decisionKey(d);
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key) ?? { decision: d, count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].filter((x) => x.count > 0).sort((a, b) => b.count - a.count || decisionKey(a.decision).localeCompare(decisionKey(b.decision))).slice(0, 5);
}
