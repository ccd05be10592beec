// The lab's results, one column per line: the share of each ending, each pillar's band (middle game and the range of
// 8 in 10), the balance, and how often the scenario's goals were met. Text stays text: nothing here is parsed as HTML.
import { t } from '../../i18n';
import type { Band } from '../../lab/forecast';
import type { LabProgress } from '../../lab/labService';
import { ENDING_IDS, PILLAR_IDS } from '../../sim/ids';
import { num } from '../format';
import { OKABE_ITO } from '../theme';
import { h } from './dom';
import { bandSvg, shareSvg } from './labCells';
import { percent } from './labWords';

/** The colour of each line's column (A, B, C, D), colour-blind safe, matching the form's letters. */
export const LINE_COLORS = [OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.green, OKABE_ITO.purple] as const;

const colorOf = (i: number): number => LINE_COLORS[i % LINE_COLORS.length] ?? OKABE_ITO.blue;

/** "52 (44–60)": the middle game and the range of the middle 8 of 10. */
export const bandText = (b: Band): string => `${num(b.p50, 0)} (${num(b.p10, 0)}–${num(b.p90, 0)})`;

/** The results so far as page elements (empty before the first games finish). */
export function renderLabResults(p: LabProgress, scenarioTitle: string, goalTexts: Readonly<Record<string, string>> = {}): HTMLElement[] {
  if (!p.lines.some((l) => l.summary)) return p.done ? [] : [h('p', { className: 'muted' }, t('lab.waiting'))];
  const head = h('tr', {}, h('th', { scope: 'col' }, ''), ...p.lines.map((l, i) =>
    h('th', { scope: 'col', className: 'lab-col' }, h('span', { className: `lab-letter c${i}` }, String.fromCharCode(65 + i)), ' ', l.label,
      h('br'), h('small', { className: 'muted' }, t('lab.games', { count: l.played })))));
  const table = (caption: string, id: string, rows: HTMLElement[]) => h('div', { className: 'table-wrap' },
    h('table', { className: 'lab-table', id }, h('caption', {}, caption), h('thead', {}, head.cloneNode(true)), h('tbody', {}, ...rows)));

  const likeliest = p.lines.map((l) => (l.summary ? ENDING_IDS.reduce((best, e) => (l.summary!.endings[e] > l.summary!.endings[best] ? e : best), ENDING_IDS[0]) : null));
  const endingRows = ENDING_IDS.map((e) => h('tr', { 'data-ending': e },
    h('th', { scope: 'row' }, t(`debrief.endings.${e}`)),
    ...p.lines.map((l, i) => {
      const share = l.summary?.endings[e] ?? 0;
      const top = likeliest[i] === e && share > 0;
      return h('td', { className: top ? 'top' : undefined }, shareSvg(share, colorOf(i), percent(share)), ' ', h('span', { className: 'num' }, `${top ? '★ ' : ''}${percent(share)}`));
    })));

  const bandRow = (label: string, pick: (s: NonNullable<LabProgress['lines'][number]['summary']>) => Band, key: string) => h('tr', { 'data-band': key },
    h('th', { scope: 'row' }, label),
    ...p.lines.map((l, i) => {
      if (!l.summary) return h('td', {}, '…');
      const b = pick(l.summary);
      return h('td', {}, bandSvg(b, colorOf(i), t('lab.bandAria', { label, p50: num(b.p50, 0), p10: num(b.p10, 0), p90: num(b.p90, 0) })), h('div', { className: 'num' }, bandText(b)));
    }));
  const pillarRows = [
    ...PILLAR_IDS.map((id) => bandRow(t(`hud.pillars.${id}`), (s) => s.pillars[id], id)),
    bandRow(t('hud.balance'), (s) => s.balance, 'balance'),
  ];

  const goalIds = Object.keys(p.lines.find((l) => l.summary)?.summary?.goals ?? {});
  const goalRows = goalIds.length
    ? [
      ...goalIds.map((id) => h('tr', {}, h('th', { scope: 'row' }, goalTexts[id] || id), ...p.lines.map((l, i) => h('td', {}, shareSvg(l.summary?.goals[id] ?? 0, colorOf(i), percent(l.summary?.goals[id] ?? 0)), ' ', h('span', { className: 'num' }, percent(l.summary?.goals[id] ?? 0)))))),
      h('tr', { className: 'all' }, h('th', { scope: 'row' }, t('lab.allGoals')), ...p.lines.map((l, i) => h('td', {}, shareSvg(l.summary?.allGoals ?? 0, colorOf(i), percent(l.summary?.allGoals ?? 0)), ' ', h('strong', { className: 'num' }, percent(l.summary?.allGoals ?? 0))))),
    ]
    : [];

  return [
    h('h2', {}, t('lab.resultsTitle', { title: scenarioTitle })),
    h('p', { className: 'lab-how' }, t('lab.how', { count: p.seeds })),
    table(t('lab.endingsTitle'), 'lab-endings', endingRows),
    table(t('lab.pillarsTitle'), 'lab-pillars', pillarRows),
    h('p', { className: 'muted lab-key' }, h('span', { className: 'key-band' }), ' ', t('lab.bandKey')),
    ...(goalRows.length ? [table(t('lab.goalsTitle'), 'lab-goals', goalRows)] : []),
  ];
}
