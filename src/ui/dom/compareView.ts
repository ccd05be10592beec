// Compare two lines: two of the player's rewound branches side by side — where they part, the scores and goals of
// each, a chart of both for any indicator the player picks, and each turn's decisions in two columns, differences marked.
import { t, textOf } from '../../i18n';
import type { Branch, GameContext } from '../../machine/index';
import { syncedBranches } from '../../machine/saveFormat';
import { COMPARE_INDICATORS, diffLines, indicatorSeries, type Decision, type LineDiff } from '../../lab/compareLines';
import { turnDate } from '../../sim/dates';
import { PILLAR_IDS } from '../../sim/ids';
import { finalScore, replay } from '../../sim/index';
import type { Rules } from '../../sim/content';
import type { ScenarioData } from '../../sim/scenarioData';
import type { World } from '../../sim/world';
import { branchLabel } from '../debrief';
import { fieldLabel } from '../explain/fieldLabel';
import { dateLabel, num } from '../format';
import { OKABE_ITO } from '../theme';
import { button, h, openSheet } from './dom';
import { lineChartSvg } from './svgChart';
import './lab.css';

/** The world path whose name labels each indicator of the chart picker. */
const FIELD_OF: Record<string, string> = {
  russiaAlarm: 'gauges.russiaAlarm', chinaLeverage: 'gauges.chinaLeverage', westConcern: 'gauges.westConcern',
  gdpUsdBn: 'economy.gdpUsdBn', gdpGrowthPct: 'economy.growthPct', nationalFundUsdBn: 'economy.nationalFundUsdBn',
  budgetUsdBn: 'economy.budgetUsdBn', oilExportsMt: 'oil.exportsMt', shutInMt: 'oil.shutInMt',
};

/** An indicator's name in the player's language. */
export const indicatorName = (path: string): string => fieldLabel(FIELD_OF[path] ?? path);

/** A decision in words: the action's title, or "event: option". */
function decisionWords(d: Decision, rules: Rules): string {
  if (d.kind === 'action') return textOf(rules.actions[d.id]?.title) || d.id;
  const event = rules.events[d.eventId];
  return `${textOf(event?.title) || d.eventId}: ${textOf(event?.options?.find((o) => o.id === d.optionId)?.title) || d.optionId}`;
}

/** The line to compare with by default: the branch this one left, else the newest other one. */
function defaultOther(branches: readonly Branch[], here: string): string | undefined {
  const mine = branches.find((b) => b.id === here);
  const parent = branches.find((b) => b.id === mine?.parentId);
  const child = [...branches].reverse().find((b) => b.parentId === here);
  return (parent ?? child ?? branches.find((b) => b.id !== here))?.id;
}

/** Opens the comparison over the current screen (a clear message when there is only one line); `other`: line B. */
export function openCompare(context: GameContext, onLab?: () => void, other?: string): void {
  const sheet = openSheet('compare-sheet', t('compare.title'));
  if (onLab) sheet.actions.append(button('compare:lab', t('compare.toLab'), onLab));
  const { scenario, rules } = context;
  const branches = scenario && rules ? syncedBranches(context) : [];
  if (!scenario || !rules || branches.length < 2) {
    sheet.body.append(h('div', { className: 'dom-problems', role: 'alert' }, h('strong', {}, t('compare.oneLine')), h('p', {}, t('compare.howToBranch'))));
    return;
  }
  const worlds = new Map<string, World | null>();
  const endOf = (b: Branch): World | null => {
    if (!worlds.has(b.id)) {
      const r = replay(rules, scenario, context.seed, b.log);
      worlds.set(b.id, r.ok ? r.value : null);
    }
    return worlds.get(b.id) ?? null;
  };
  let a = context.branchId;
  let b = (other !== a && branches.some((x) => x.id === other) ? other : undefined) ?? defaultOther(branches, a) ?? a;
  let indicator = 'balance';
  const pick = (id: string, which: 'A' | 'B', onChange: (v: string) => void) => {
    const select = h('select', { 'data-name': `compare:line-${which.toLowerCase()}`, id: `compare-${which}` },
      ...branches.map((x) => h('option', { value: x.id, selected: x.id === id }, `${branchLabel(x.name)} · ${t('compare.turnsPlayed', { count: x.log.length })}`)));
    select.addEventListener('change', () => onChange(select.value));
    return h('label', {}, h('span', {}, h('span', { className: `lab-letter c${which === 'A' ? 0 : 1}` }, which), ' ', t('compare.line')), select);
  };
  const out = h('div', { className: 'compare-out', 'aria-live': 'polite' });
  const draw = () => {
    const la = branches.find((x) => x.id === a);
    const lb = branches.find((x) => x.id === b);
    if (!la || !lb) return;
    const wa = endOf(la);
    const wb = endOf(lb);
    if (!wa || !wb) {
      out.replaceChildren(h('div', { className: 'dom-problems', role: 'alert' }, t('compare.broken')));
      return;
    }
    const diff = diffLines(la.log, lb.log);
    out.replaceChildren(
      partingLine(diff, scenario, la, lb, a === b),
      h('div', { className: 'compare-grid' },
        h('div', {}, chartBlock(wa, wb, la, lb, diff, scenario, indicator, (v) => ((indicator = v), draw())), scoresTable(rules, wa, wb, la, lb)),
        decisionsTable(diff, rules, scenario, la, lb)),
    );
  };
  sheet.body.append(
    h('p', { className: 'lead' }, t('compare.intro')),
    h('div', { className: 'compare-pick' }, pick(a, 'A', (v) => ((a = v), draw())), pick(b, 'B', (v) => ((b = v), draw()))),
    out,
  );
  draw();
}

/** Where the lines part, in one sentence. */
function partingLine(diff: LineDiff, scenario: ScenarioData, la: Branch, lb: Branch, same: boolean): HTMLElement {
  const text = same
    ? t('compare.sameLine')
    : diff.firstParting !== null
      ? t('compare.parting', { date: dateLabel(turnDate(scenario, diff.firstParting)), turn: diff.firstParting + 1 })
      : la.log.length === lb.log.length ? t('compare.identical') : t('compare.notYet', { count: diff.sharedTurns });
  return h('p', { className: 'compare-parting', id: 'compare-parting', 'data-turn': diff.firstParting ?? '' }, text);
}

/** Each line's scores (as the debrief grades them), ending and goals, side by side. */
function scoresTable(rules: Rules, wa: World, wb: World, la: Branch, lb: Branch): HTMLElement {
  const sa = finalScore(wa, rules);
  const sb = finalScore(wb, rules);
  const state = (w: World, s: ReturnType<typeof finalScore>) => (w.outcome ? t(`debrief.endings.${s.ending}`) : t('compare.unfinished', { played: w.history.length, turns: w.turns }));
  const row = (label: string, va: number, vb: number) => h('tr', {}, h('th', { scope: 'row' }, label),
    h('td', { className: `num${Math.round(va) > Math.round(vb) ? ' better' : ''}` }, num(va, 0)), h('td', { className: `num${Math.round(vb) > Math.round(va) ? ' better' : ''}` }, num(vb, 0)));
  const mark = (met: boolean | undefined) => (met === undefined ? '—' : met ? `✓ ${t('compare.met')}` : `✗ ${t('compare.missed')}`);
  return h('table', { className: 'compare-table', id: 'compare-scores' },
    h('caption', { className: 'lab-caption' }, t('compare.scoresTitle')),
    h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', {}, h('span', { className: 'lab-letter c0' }, 'A'), ' ', branchLabel(la.name)), h('th', {}, h('span', { className: 'lab-letter c1' }, 'B'), ' ', branchLabel(lb.name)))),
    h('tbody', {},
      h('tr', {}, h('th', { scope: 'row' }, t('compare.ending')), h('td', {}, state(wa, sa)), h('td', {}, state(wb, sb))),
      ...PILLAR_IDS.map((p) => row(t(`hud.pillars.${p}`), sa.pillars[p], sb.pillars[p])),
      row(t('hud.balance'), sa.balance, sb.balance),
      ...sa.goals.map((g, i) => h('tr', {}, h('th', { scope: 'row' }, textOf(g.text)), h('td', {}, mark(g.met)), h('td', {}, mark(sb.goals[i]?.met))))));
}

/** Both lines of one indicator over the turns, with the picker. */
function chartBlock(wa: World, wb: World, la: Branch, lb: Branch, diff: LineDiff, scenario: ScenarioData, indicator: string, onPick: (v: string) => void): HTMLElement {
  const select = h('select', { 'data-name': 'compare:indicator', id: 'compare-indicator', 'aria-label': t('compare.indicator') },
    ...COMPARE_INDICATORS.map((p) => h('option', { value: p, selected: p === indicator }, indicatorName(p))));
  select.addEventListener('change', () => onPick(select.value));
  const series = [ // B first, so A's line is drawn over it where the two lines run together
    { id: 'b', label: 'B', color: OKABE_ITO.vermillion, values: indicatorSeries(wb.history, indicator) },
    { id: 'a', label: 'A', color: OKABE_ITO.blue, values: indicatorSeries(wa.history, indicator) },
  ];
  const turns = Math.max(wa.history.length, wb.history.length);
  const fixed: [number, number] | undefined = indicator.startsWith('pillars.') || indicator === 'balance' || indicator in { russiaAlarm: 1, chinaLeverage: 1, westConcern: 1 } ? [0, 100] : indicator.startsWith('relations.') ? [-100, 100] : undefined;
  const chart = lineChartSvg(t('compare.chartTitle', { name: indicatorName(indicator) }), series, {
    fixed, xLabels: [dateLabel(turnDate(scenario, 0), true), dateLabel(turnDate(scenario, Math.max(0, turns - 1)), true)],
    turning: diff.firstParting !== null ? [diff.firstParting] : [],
  });
  return h('div', { className: 'compare-chart' },
    h('label', { className: 'label', for: 'compare-indicator' }, t('compare.indicator')), select,
    h('p', { className: 'muted' }, h('span', { className: 'lab-letter c0' }, 'A'), ` ${branchLabel(la.name)} · `, h('span', { className: 'lab-letter c1' }, 'B'), ` ${branchLabel(lb.name)}`, diff.firstParting !== null ? ` · ${t('compare.chartParting')}` : ''),
    chart);
}

/** Each turn's decisions in two columns; a decision the other line did not take that turn is marked. */
function decisionsTable(diff: LineDiff, rules: Rules, scenario: ScenarioData, la: Branch, lb: Branch): HTMLElement {
  const cell = (list: LineDiff['rows'][number]['a']) => h('td', {}, list === null
    ? h('span', { className: 'muted' }, t('compare.notPlayed'))
    : list.length === 0 ? h('span', { className: 'muted' }, t('debrief.noActions'))
      : h('ul', {}, ...list.map((m) => h('li', { className: m.differs ? 'differs' : undefined }, decisionWords(m.decision, rules)))));
  const rows = diff.rows.map((r) => h('tr', { className: r.turn === diff.firstParting ? 'parting' : r.differs ? 'differs' : 'same', 'data-turn': r.turn },
    h('th', { scope: 'row', className: 'date' }, dateLabel(turnDate(scenario, r.turn), true), h('br'), h('small', { className: 'muted' }, r.turn === diff.firstParting ? t('compare.partHere') : t('compare.turnN', { n: r.turn + 1 }))),
    cell(r.a), cell(r.b)));
  return h('div', {},
    h('table', { className: 'compare-table', id: 'compare-decisions' },
      h('caption', { className: 'lab-caption' }, t('compare.decisionsTitle')),
      h('thead', {}, h('tr', {}, h('th', { className: 'date' }, t('compare.turn')), h('th', {}, h('span', { className: 'lab-letter c0' }, 'A'), ' ', branchLabel(la.name)), h('th', {}, h('span', { className: 'lab-letter c1' }, 'B'), ' ', branchLabel(lb.name)))),
      h('tbody', {}, ...rows)),
    h('p', { className: 'muted' }, t('compare.key')));
}
