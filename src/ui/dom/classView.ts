// The class view: a teacher pastes students' share codes (or drops a text file of them); each is replayed here in the
// browser and shown as a table row, with the spread of endings and pillars, the common turning points, CSV and print.
import { t, textOf } from '../../i18n';
import { classReport, type ClassReport } from '../../lesson/classReport';
import { machineErrorWords } from '../machineErrorWords';
import { classCsv, decisionText, type Words } from '../../lesson/exports';
import { ENDING_IDS, PILLAR_IDS, type EndingId } from '../../sim/ids';
import type { ScenarioData } from '../../sim/scenarioData';
import { OKABE_ITO, SERIES_COLORS } from '../theme';
import { button, download, h, openSheet } from './dom';
import { barChartSvg, dotStripSvg } from './svgChart';

/** How the page words exports and tables. */
export const pageWords: Words = {
  text: (x) => textOf(x),
  ending: (id) => t(`debrief.endings.${id}`),
  header: (key) => t(`classView.columns.${key}`),
};

/** The largest file of codes read (about 1,500 share codes). */
const MAX_FILE_BYTES = 2_000_000;

const ENDING_COLORS: Record<EndingId, number> = {
  balancedBridge: OKABE_ITO.green, russianOrbit: OKABE_ITO.vermillion, chineseOrbit: OKABE_ITO.orange,
  westernPivot: OKABE_ITO.blue, collapse: OKABE_ITO.black, muddlingThrough: 0x7f7f7f,
};

/** Opens the class view over the menu. */
export function openClassView(catalog: Readonly<Record<string, ScenarioData>>): void {
  const sheet = openSheet('class-view', t('classView.title'));
  const input = h('textarea', { id: 'class-codes', rows: 6, spellcheck: 'false', 'data-name': 'classView:codes', 'aria-label': t('classView.label'), placeholder: t('classView.placeholder') });
  const file = h('input', { type: 'file', accept: '.txt,.csv,text/plain', id: 'class-file', hidden: true });
  const out = h('div', { className: 'class-out', 'aria-live': 'polite' });
  let report: ClassReport | null = null;

  const read = () => {
    report = classReport(input.value, catalog);
    out.replaceChildren(...renderReport(report));
    csvButton.disabled = printButton.disabled = report.rows.length === 0;
  };
  const csvButton = button('classView:csv', t('classView.csv'), () => report && download('class-results.csv', classCsv(report, pageWords), 'text/csv;charset=utf-8'));
  const printButton = button('classView:print', t('classView.print'), () => window.print());
  csvButton.disabled = printButton.disabled = true;
  const readText = (text: string) => {
    input.value = input.value.trim() ? `${input.value.trimEnd()}\n${text}` : text;
    read();
  };
  /** Reads a dropped or picked file of codes (a class list is small: big files are refused before reading). */
  const readFile = (f: File) => {
    const fail = (key: string) => out.replaceChildren(h('p', { className: 'dom-problems', role: 'alert' }, t(key, { file: f.name, max: MAX_FILE_BYTES / 1_000_000 })));
    if (f.size > MAX_FILE_BYTES) fail('classView.fileTooBig');
    else void f.text().then(readText, () => fail('classView.fileUnreadable'));
  };
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (f) readFile(f);
    file.value = '';
  });
  sheet.root.addEventListener('drop', (e) => {
    const f = e.dataTransfer?.files?.[0];
    if (f) readFile(f);
  });
  sheet.actions.append(csvButton, printButton);
  sheet.body.append(
    h('div', { className: 'no-print' },
      h('p', { className: 'lead' }, t('classView.intro')),
      input,
      h('div', { className: 'row' }, button('classView:read', t('classView.read'), read, true), button('classView:file', t('classView.file'), () => file.click()), h('span', { className: 'muted' }, t('classView.drop'))),
      file),
    out,
  );
  input.focus();
}

/** The report as page elements: summary, table, bad lines, charts, common turning points. */
function renderReport(report: ClassReport): HTMLElement[] {
  const titles = [...new Set(report.rows.map((r) => textOf(r.scenarioTitle)))];
  const oneScenario = titles.length === 1 ? titles[0] : null;
  const parts: HTMLElement[] = [h('p', { className: 'summary' }, t('classView.summary', { count: report.rows.length, bad: report.bad.length }), oneScenario ? ` · ${oneScenario}` : '')];
  if (report.rows.length) parts.push(studentTable(report, oneScenario !== null));
  if (report.bad.length) {
    parts.push(h('div', { className: 'dom-problems', id: 'class-bad' }, h('strong', {}, t('classView.badTitle')),
      h('ul', {}, ...report.bad.map((b) => h('li', {}, t('classView.badLine', { line: b.line, reason: b.reason === 'limit' ? t('classView.limit') : machineErrorWords(b.reason) }))))));
  }
  if (report.rows.length) {
    const charts = h('div', { className: 'chart-row' },
      barChartSvg(t('classView.endingsChart'), ENDING_IDS.map((e) => ({ label: t(`debrief.endings.${e}`), value: report.endings.find((x) => x.ending === e)?.count ?? 0, color: ENDING_COLORS[e] }))),
      dotStripSvg(t('classView.pillarsChart'), PILLAR_IDS.map((p) => ({ label: t(`hud.pillars.${p}`), values: report.rows.map((r) => r.pillars[p]), color: SERIES_COLORS[p] }))));
    parts.push(charts);
    parts.push(h('h2', {}, t('classView.commonTitle')));
    parts.push(report.commonTurning.length
      ? h('ol', { className: 'common' }, ...report.commonTurning.map((c) => h('li', {}, `${decisionText(c.decision, pageWords)} — ${t('classView.students', { count: c.count })}`)))
      : h('p', { className: 'muted' }, t('classView.commonNone')));
  }
  return parts;
}

function studentTable(report: ClassReport, sameScenario: boolean): HTMLElement {
  const head = h('tr', {}, ...['line', 'student', 'ending', ...PILLAR_IDS, 'balance', 'goals', 'keyDecisions'].map((k) => h('th', { scope: 'col' }, t(`classView.columns.${k}`))));
  const rows = report.rows.map((r) => h('tr', { 'data-line': r.line },
    h('td', {}, String(r.line)),
    h('td', {}, r.label || '—', h('br'), h('small', { className: 'muted' }, `${sameScenario ? '' : `${textOf(r.scenarioTitle)} · `}${t('classView.seed', { seed: r.seed })}${r.finished ? '' : ` · ${t('classView.unfinished', { played: r.turnsPlayed, turns: r.turns })}`}`)),
    h('td', {}, t(`debrief.endings.${r.ending}`)),
    ...PILLAR_IDS.map((p) => h('td', { className: 'num' }, String(Math.round(r.pillars[p])))),
    h('td', { className: 'num' }, String(Math.round(r.balance))),
    h('td', {}, r.goals.length ? `${r.goals.filter((g) => g.met).length}/${r.goals.length} ${r.goals.map((g) => (g.met ? '✓' : '✗')).join('')}` : '—'),
    h('td', { className: 'decisions' }, ...r.turning.map((x) => h('div', {}, h('strong', {}, `${x.date}: `), x.decisions.map((d) => decisionText(d, pageWords)).join('; ') || t('debrief.noActions')))),
  ));
  return h('div', { className: 'table-wrap' }, h('table', { id: 'class-table' }, h('thead', {}, head), h('tbody', {}, ...rows)));
}
