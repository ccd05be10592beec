// Debrief view-model: the ending and grades, the timeline of decisions with turning points, and the scenario's sources.
import { hasKey, t, textOf } from '../i18n';
import type { Rules } from '../sim/content';
import { finalScore } from '../sim/index';
import { at } from '../sim/indexing';
import { bridgeShortfalls, settledScores } from '../sim/scoring';
import { PILLAR_IDS, type PillarId } from '../sim/ids';
import type { ScenarioData } from '../sim/scenarioData';
import type { World } from '../sim/world';
import { addressWords, dateLabel, num, signed } from './format';
import { pathLabel } from './labels';
import { scenarioSources } from '../scenario/parse';

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
  settledLabel: string; // what the grades and balance are: "average of the last N turns"
  verdict: string; // "Goals: 3 of 4 met" (empty without goals)
  grades: { id: PillarId; label: string; grade: string; value: string }[];
  balance: string;
  goals: GoalView[];
  timeline: TimelineTurn[];
  sources: SourcesView;
}

/** One scenario goal with whether it was met (said in words as well as by the mark). */
export interface GoalView {
  id: string;
  text: string;
  met: boolean;
}

/** One cited source: a FACTS row (id, its words, its address) or a web address, and the numbers resting on it. */
export interface SourceView {
  id: string;
  text: string;
  address: string;
  used: string[];
}

/** The scenario's sources for a teacher: real references first, the game's own abstractions counted in one line. */
export interface SourcesView {
  cited: SourceView[];
  abstractions: number;
}

/** The real sources of a scenario and how many of its starting numbers are game abstractions. */
export function sourcesView(scenario: ScenarioData | null): SourcesView {
  if (!scenario) return { cited: [], abstractions: 0 };
  const groups = scenarioSources(scenario);
  return {
    cited: groups.filter((g) => g.kind !== 'abstraction').map((g) => ({
      id: g.kind === 'fact' ? g.source : '',
      text: g.words ? textOf(g.words) : (g.text ?? ''),
      address: g.kind === 'fact' ? addressWords(g.address ?? g.source) : (g.address ?? g.source),
      used: g.paths.map(pathLabel),
    })),
    abstractions: groups.filter((g) => g.kind === 'abstraction').reduce((n, g) => n + g.paths.length, 0),
  };
}

/** Why the game ended, in the player's language: the scenario's defeat text when one ended it, else the ending's usual reason. */
export function reasonText(ending: string, defeatId: string | undefined, rules: Pick<Rules, 'defeat'> | null): string {
  const defeat = defeatId ? rules?.defeat.find((d) => d.id === defeatId) : undefined;
  if (defeat) return textOf(defeat.text);
  const key = `debrief.reasons.${ending}`;
  return hasKey(key) ? t(key) : ending;
}

/** The ending's reason with the numbers behind it: what a balanced bridge met, or what kept muddling through from one. */
export function endingReason(world: World, ending: string, defeatId: string | undefined, rules: Pick<Rules, 'defeat'> | null): string {
  const usual = reasonText(ending, defeatId, rules);
  if (defeatId || (ending !== 'muddlingThrough' && ending !== 'balancedBridge')) return usual;
  const { pillars: p, balance } = settledScores(world);
  if (ending === 'balancedBridge') return `${usual} (${t('explain.bridgeMet', { balance: Math.round(balance), sovereignty: Math.round(p.sovereignty) })})`;
  const missed = bridgeShortfalls(world).map((s) => s.what === 'balance' ? t('explain.balanceBelow', { value: s.value })
    : s.what === 'sovereignty' ? t('explain.sovereigntyBelow', { value: s.value })
    : t('explain.pillarBelow', { name: t(`hud.pillars.${s.what}`), value: s.value }));
  return missed.length ? `${usual}: ${t('explain.bridgeMissed', { list: missed.join('; ') })}` : usual;
}

/** A line of play's name in words: the machine's default names ("Main line", "Line 2 (from 2023-H1)") translated. */
export function branchLabel(name: string): string {
  if (name === 'Main line') return t('debrief.mainLine');
  const m = /^Line (\d+) \(from (.+)\)$/.exec(name);
  if (!m) return name;
  const [, n = '', date = ''] = m;
  return t('debrief.lineName', { n, date: dateLabel(date) });
}

/** The turns whose balance moved most (up to `count`, at least `min` points) are the turning points. */
export function turningPoints(deltas: readonly number[], count = 3, min = 2): Set<number> {
  return new Set(deltas.map((d, i) => ({ d: Math.abs(d), i })).filter((x) => x.d >= min).sort((a, b) => b.d - a.d).slice(0, count).map((x) => x.i));
}

/** The debrief of a finished (or abandoned) game. */
export function debriefView(rules: Rules, world: World, scenario: ScenarioData | null): DebriefView {
  const score = finalScore(world, rules);
  const balances = world.history.map((r) => r.indicators.balance);
  const deltas = balances.map((b, i) => (i === 0 ? 0 : b - at(balances, i - 1, 'balances')));
  const turning = turningPoints(deltas);
  const ending = world.outcome?.ending ?? score.ending;
  return {
    ending: t(`debrief.endings.${ending}`),
    endingText: t(`debrief.endingText.${ending}`),
    reason: endingReason(world, ending, score.defeatId, rules),
    settledLabel: t('explain.average', { count: score.settledOver }),
    verdict: score.goals.length ? t('explain.goalsVerdict', { met: score.goals.filter((g) => g.met).length, total: score.goals.length }) : '',
    grades: PILLAR_IDS.map((id) => ({ id, label: t(`hud.pillars.${id}`), grade: score.grades[id], value: num(Math.round(score.pillars[id]), 0) })),
    balance: `${t('debrief.balance', { value: num(Math.round(score.balance), 0) })} (${t('explain.average', { count: score.settledOver })})`,
    goals: score.goals.map((g) => ({ id: g.id, text: textOf(g.text), met: g.met })),
    timeline: world.history.map((r, i) => ({
      turn: r.turn,
      date: r.date,
      decisions: [
        ...r.actions.map((id) => textOf(rules.actions[id]?.title) || id),
        ...r.choices.map((c) => `${textOf(rules.events[c.eventId]?.title) || c.eventId}: ${textOf(rules.events[c.eventId]?.options?.find((o) => o.id === c.optionId)?.title) || c.optionId}`),
      ],
      balanceDelta: signed(at(deltas, i, 'balance changes'), 0),
      turning: turning.has(i),
    })),
    sources: sourcesView(scenario),
  };
}
