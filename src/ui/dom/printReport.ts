// The debrief as a printable page (#print-report): scenario, decisions by turn, goals ✓/✗, pillars and charts, the
// ending and why, sources, and reflection questions with room to write; also exported as JSON and CSV.
import { reasonText } from '../debrief';
import { language, t, textOf } from '../../i18n';
import { shareCode, type GameContext } from '../../machine/index';
import { lessonFor } from '../../lesson/activeLesson';
import { debriefCsv, debriefJson, type GameRecord } from '../../lesson/exports';
import { planQuestions } from '../../lesson/lessonPlans';
import { baseScenarioId } from '../../lesson/lessonScenario';
import { finalScore } from '../../sim/index';
import { branchLabel, debriefView } from '../debrief';
import { chartSeries } from '../report';
import { pageWords } from './classView';
import { button, download, h, openSheet } from './dom';
import { lineChartSvg } from './svgChart';

/** What the exports need from the machine's context. */
export function gameRecord(context: GameContext): GameRecord | null {
  const { world, rules, scenario } = context;
  if (!world || !rules || !scenario) return null;
  const score = finalScore(world, rules);
  return {
    scenarioId: scenario.id, scenarioTitle: scenario.title, seed: context.seed, shareCode: shareCode(context),
    ending: world.outcome?.ending ?? score.ending, reason: reasonText(world.outcome?.ending ?? score.ending, score.defeatId, rules), pillars: score.pillars, balance: score.balance,
    goals: score.goals, history: world.history, log: context.log,
    titles: {
      action: (id) => rules.actions[id]?.title,
      event: (id) => rules.events[id]?.title,
      option: (e, o) => rules.events[e]?.options?.find((x) => x.id === o)?.title,
    },
  };
}

/** The reflection questions for this game: the lesson's, else the scenario plan's, else the game's general ones. */
export function reflectionQuestions(scenarioId: string): string[] {
  const lesson = lessonFor(scenarioId);
  if (lesson?.questions.length) return lesson.questions;
  const planned = planQuestions(baseScenarioId(scenarioId), language());
  return planned.length ? planned : [t('lesson.defaultQuestion1'), t('lesson.defaultQuestion2'), t('lesson.defaultQuestion3')];
}

/** Opens the print view of the game in `context`. */
export function openPrintReport(context: GameContext): void {
  const record = gameRecord(context);
  const { world, rules, scenario } = context;
  if (!record || !world || !rules || !scenario) return;
  const view = debriefView(rules, world, scenario);
  const sheet = openSheet('print-sheet', t('print.title'));
  const safeName = scenario.id.replace(/[^a-z0-9-]+/gi, '-');
  sheet.actions.append(
    button('print:print', t('print.print'), () => window.print(), true),
    button('print:json', t('print.json'), () => download(`${safeName}-debrief.json`, debriefJson(record, pageWords), 'application/json')),
    button('print:csv', t('print.csv'), () => download(`${safeName}-debrief.csv`, debriefCsv(record, pageWords), 'text/csv;charset=utf-8')),
  );
  const first = world.history[0]?.date ?? '';
  const last = world.history.at(-1)?.date ?? '';
  const turning = view.timeline.map((x, i) => (x.turning ? i : -1)).filter((i) => i >= 0);
  const line = context.branches.find((b) => b.id === context.branchId);
  const lesson = lessonFor(scenario.id);

  const report = h('article', { id: 'print-report', lang: language() },
    h('header', {},
      h('p', { className: 'kicker' }, t('print.kicker')),
      h('h1', { className: 'scenario-title' }, textOf(scenario.title)),
      h('p', {}, t('print.meta', { first, last, turns: world.history.length, seed: context.seed, line: branchLabel(line?.name ?? '') })),
      lesson ? h('p', {}, t('print.lesson', { turns: lesson.turns, closed: lesson.closedVectors.map((v) => t(`vector.${v}`)).join(', ') || '—', actions: lesson.closedActions.length })) : null,
      h('p', { className: 'write-line' }, t('print.student'))),
    h('section', {},
      h('h2', {}, `${t('print.ending')}: ${view.ending}`),
      h('p', {}, view.endingText),
      view.reason ? h('p', {}, h('strong', {}, t('debrief.reason', { reason: view.reason }))) : null),
    view.goals.length ? h('section', {}, h('h2', {}, t('debrief.goals')),
      h('ul', { className: 'goals' }, ...view.goals.map((g) => h('li', { className: g.met ? 'met' : 'missed' }, h('span', { className: 'mark' }, g.met ? '✓' : '✗'), ` ${t(g.met ? 'debrief.goalMet' : 'debrief.goalMissed')}: ${g.text}`)))) : null,
    h('section', {}, h('h2', {}, t('print.pillars')),
      h('table', { className: 'grades' },
        h('tr', {}, ...view.grades.map((g) => h('th', { scope: 'col' }, g.label)), h('th', { scope: 'col' }, t('print.balanceHead'))),
        h('tr', {}, ...view.grades.map((g) => h('td', {}, `${g.grade} (${g.value})`)), h('td', {}, String(Math.round(record.balance))))),
      h('div', { className: 'chart-row' },
        lineChartSvg(t('report.charts.pillars'), chartSeries(world.history, 'pillars'), { fixed: [0, 100], xLabels: [first, last], turning }),
        lineChartSvg(t('report.charts.relations'), chartSeries(world.history, 'relations'), { fixed: [-100, 100], xLabels: [first, last], turning }))),
    h('section', { className: 'turns' }, h('h2', {}, t('print.decisions')),
      h('table', { className: 'timeline' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('print.date')), h('th', { scope: 'col' }, t('print.what')), h('th', { scope: 'col' }, t('print.balanceChange')))),
        h('tbody', {}, ...view.timeline.map((x) => h('tr', { className: x.turning ? 'turning' : undefined, 'data-turn': x.turn },
          h('td', {}, `${x.turning ? '★ ' : ''}${x.date}`),
          h('td', {}, x.decisions.join('; ') || t('debrief.noActions')),
          h('td', { className: 'num' }, x.balanceDelta))))),
      h('p', { className: 'muted' }, `★ ${t('debrief.turning')}`)),
    h('section', { className: 'sources' }, h('h2', {}, t('debrief.sources')),
      h('p', {}, t('debrief.sourcesSummary', { count: view.sources.cited.length, abstractions: view.sources.abstractions })),
      h('ul', {}, ...view.sources.cited.map((s) => h('li', {}, `${s.id ? `${s.id} · ` : ''}${s.text || s.address}${s.text && s.address ? ` — ${s.address}` : ''}`)))),
    h('section', { className: 'questions' }, h('h2', {}, t('print.questions')),
      h('ol', {}, ...reflectionQuestions(scenario.id).map((q) => h('li', {}, h('p', {}, q), h('div', { className: 'answer-space' }))))),
    h('footer', {}, h('p', { className: 'muted code' }, t('print.code', { code: record.shareCode }))),
  );
  sheet.body.append(report);
}
