// The policy lab: pick up to four lines (built-in strategies, or your own line up to a turn and then a strategy), a
// scenario and a number of seeds; the games run in Web Workers while the page stays live, and each line's spread of
// endings and pillar bands shows side by side, refining as games finish. Exports CSV and JSON; publishes window.kz.lastLab.
import { t, textOf } from '../../i18n';
import { isLessonScenarioId } from '../../lesson/lessonId';
import type { GameContext } from '../../machine/index';
import { syncedBranches } from '../../machine/saveFormat';
import { labCsv, labJson } from '../../lab/labExport';
import { startLabWorkers } from '../../lab/labPool';
import { checkLines, type LabLineResult, type LabProblem, type LabResult, lineKey, parseSeeds } from '../../lab/labRequest';
import { LAB_STRATEGIES, type LabLine, MAX_LAB_LINES, MAX_LAB_SEEDS, studyStart } from '../../lab/labRun';
import type { LabProgress, LabRunLine } from '../../lab/labService';
import { buildRules, replay } from '../../sim/index';
import type { Rules } from '../../sim/content';
import type { ScenarioData } from '../../sim/scenarioData';
import type { World } from '../../sim/world';
import { branchLabel } from '../debrief';
import { button, download, h, openSheet } from './dom';
import { renderLabResults } from './labResults';
import { lineName, problemWords, strategyAbout, strategyName } from './labWords';
import './lab.css';

/** The seeds a run starts with. */
const DEFAULT_SEEDS = 200;

/** Opens the lab over the current screen; the game's context supplies the scenarios and the player's lines. */
export function openLab(context: GameContext, onCompare?: () => void): void {
  const workers = startLabWorkers();
  const sheet = openSheet('lab-sheet', t('lab.title'), () => workers.destroy());
  // Whatever removes the sheet (another sheet, the game moving on), its games stop with it.
  const watcher = new MutationObserver(() => {
    if (!sheet.root.isConnected) {
      workers.destroy();
      watcher.disconnect();
    }
  });
  watcher.observe(document.body, { childList: true });

  const scenarios = Object.values(context.catalog).filter((s) => !isLessonScenarioId(s.id) || s.id === context.scenario?.id);
  const game = context.scenario && context.rules && context.log !== undefined ? context : null;
  const branches = game ? syncedBranches(context) : [];
  let scenarioId = game?.scenario?.id ?? scenarios.find((s) => s.id === 'classroom-short')?.id ?? scenarios[0]?.id ?? '';
  let lines: LabLine[] = [{ kind: 'strategy', strategy: 'historical' }, { kind: 'strategy', strategy: 'balanced' }];
  let result: LabResult | null = null;

  const scenarioOf = (): ScenarioData | undefined => scenarios.find((s) => s.id === scenarioId);
  const mineHere = () => (game && game.scenario?.id === scenarioId ? branches.filter((b) => b.log.length > 0) : []);
  const played = () => Object.fromEntries(mineHere().map((b) => [b.id, b.log.length]));
  const branchName = (id: string) => branches.find((b) => b.id === id)?.name ?? id;

  const scenarioSelect = h('select', { id: 'lab-scenario', 'data-name': 'lab:scenario' },
    ...scenarios.map((s) => h('option', { value: s.id, selected: s.id === scenarioId }, `${textOf(s.title)} · ${t('lab.turnsOf', { count: s.turns })}`)));
  scenarioSelect.addEventListener('change', () => {
    scenarioId = scenarioSelect.value;
    lines = lines.map((l) => (l.kind === 'mine' && !mineHere().length ? { kind: 'strategy', strategy: l.strategy } : l));
    drawLines();
  });
  const seedsInput = h('input', { id: 'lab-seeds', type: 'text', inputmode: 'numeric', value: String(DEFAULT_SEEDS), 'data-name': 'lab:seeds', size: 6 });
  const linesBox = h('div', { className: 'lab-lines' });
  const problems = h('div', { 'aria-live': 'assertive' });
  const progress = h('progress', { max: 1, value: 0, className: 'lab-progress', hidden: true });
  const status = h('p', { className: 'lab-status', 'aria-live': 'polite' });
  const out = h('div', { className: 'lab-out' });
  const runButton = button('lab:run', t('lab.run'), () => run(), true);
  const stopButton = button('lab:stop', t('lab.stop'), () => stop());
  stopButton.hidden = true;
  const csvButton = button('lab:csv', t('lab.csv'), () => result && download('policy-lab.csv', labCsv(result, csvWords), 'text/csv;charset=utf-8'));
  const jsonButton = button('lab:json', t('lab.json'), () => result && download('policy-lab.json', labJson(result), 'application/json'));
  csvButton.disabled = jsonButton.disabled = true;
  sheet.actions.append(csvButton, jsonButton);
  if (branches.length > 1 && onCompare) sheet.actions.prepend(button('compare:open', t('compare.open'), onCompare));

  /** One row of the form per line: what it plays and, for your own line, up to which turn. */
  function drawLines(): void {
    const mine = mineHere();
    linesBox.replaceChildren(...lines.map((line, i) => {
      const letter = String.fromCharCode(65 + i);
      const what = h('select', { id: `lab-line-${i}`, 'data-name': `lab:line:${i}`, 'aria-label': t('lab.lineLabel', { letter }) },
        h('optgroup', { label: t('lab.builtIn') }, ...LAB_STRATEGIES.map((s) => h('option', { value: `strategy:${s}`, selected: line.kind === 'strategy' && line.strategy === s }, strategyName(s)))),
        mine.length
          ? h('optgroup', { label: t('lab.yours') }, ...mine.map((b) => h('option', { value: `mine:${b.id}`, selected: line.kind === 'mine' && line.branchId === b.id }, t('lab.mineOption', { line: branchLabel(b.name) }))))
          : null);
      what.addEventListener('change', () => {
        const [kind, id] = what.value.split(/:(.*)/s);
        const branch = mine.find((b) => b.id === id);
        lines[i] = kind === 'mine' && branch ? { kind: 'mine', branchId: branch.id, fromTurn: Math.max(1, Math.min(branch.log.length, Math.ceil(branch.log.length / 2))), strategy: line.strategy === 'none' ? 'balanced' : line.strategy } : { kind: 'strategy', strategy: id ?? 'none' };
        drawLines();
      });
      const row = h('div', { className: 'lab-line', 'data-line': letter }, h('span', { className: `lab-letter c${i}` }, letter), what);
      if (line.kind === 'mine') {
        const branch = mine.find((b) => b.id === line.branchId);
        const turn = h('input', { type: 'number', min: 1, max: branch?.log.length ?? 1, value: line.fromTurn, 'data-name': `lab:turn:${i}`, 'aria-label': t('lab.keepTurns'), className: 'lab-turn' });
        const current = () => (lines[i]?.kind === 'mine' ? lines[i] : line);
        turn.addEventListener('input', () => {
          lines[i] = { ...current(), fromTurn: Number(turn.value) };
          note.textContent = noteOf(lines[i]);
        });
        const then = h('select', { 'data-name': `lab:then:${i}`, 'aria-label': t('lab.then') }, ...LAB_STRATEGIES.map((s) => h('option', { value: s, selected: s === line.strategy }, strategyName(s))));
        then.addEventListener('change', () => {
          lines[i] = { ...current(), strategy: then.value };
          note.textContent = noteOf(lines[i]);
        });
        row.append(h('label', { className: 'inline' }, t('lab.keepTurns'), turn), h('label', { className: 'inline' }, t('lab.then'), then));
      }
      const note = h('small', { className: 'muted lab-about' }, noteOf(line));
      if (lines.length > 1) {
        const remove = button(`lab:remove:${i}`, '✕', () => (lines.splice(i, 1), drawLines()));
        remove.setAttribute('aria-label', t('lab.remove', { letter }));
        remove.title = t('lab.remove', { letter });
        row.append(remove);
      }
      row.append(note);
      return row;
    }));
    addButton.disabled = lines.length >= MAX_LAB_LINES;
    if (!mine.length) linesBox.append(h('p', { className: 'muted' }, game && game.scenario?.id !== scenarioId ? t('lab.mineOtherScenario') : t('lab.mineNone')));
  }
  /** What a line does, or how far your own line goes. */
  function noteOf(line: LabLine): string {
    const scenario = scenarioOf();
    if (line.kind === 'strategy' || !scenario) return strategyAbout(line.strategy);
    return `${lineName(line, scenario, branchName)}. ${strategyAbout(line.strategy)}`;
  }
  const addButton = button('lab:add', t('lab.add'), () => {
    const unused = LAB_STRATEGIES.find((s) => !lines.some((l) => l.kind === 'strategy' && l.strategy === s)) ?? 'none';
    lines.push({ kind: 'strategy', strategy: unused });
    drawLines();
  });

  function showProblems(list: (LabProblem | string)[]): void {
    problems.replaceChildren(...(list.length ? [h('div', { className: 'dom-problems', role: 'alert' }, h('strong', {}, t('lab.cannotRun')), h('ul', {}, ...list.map((p) => h('li', {}, typeof p === 'string' ? p : problemWords(p)))))] : []));
  }

  /** The lines to play, each with the world it starts from (your own line replayed up to its turn). */
  function runLines(scenario: ScenarioData, rules: Rules): LabRunLine[] | string {
    const start = studyStart(scenario);
    const starts = new Map<string, World>();
    const out: LabRunLine[] = [];
    for (const line of lines) {
      let from = start;
      if (line.kind === 'mine') {
        const branch = branches.find((b) => b.id === line.branchId);
        const key = `${line.branchId}:${line.fromTurn}`;
        const known = starts.get(key);
        if (known) from = known;
        else {
          const replayed = branch && game ? replay(rules, scenario, game.seed, branch.log.slice(0, line.fromTurn)) : null;
          if (!replayed?.ok) return t('lab.problems.replay');
          starts.set(key, (from = replayed.value));
        }
      }
      out.push({ key: lineKey(line), label: lineName(line, scenario, branchName), line, start: from });
    }
    return out;
  }

  function run(): void {
    const scenario = scenarioOf();
    const seeds = parseSeeds(seedsInput.value);
    const list: (LabProblem | string)[] = [...(seeds.ok ? [] : [seeds.error]), ...checkLines(lines, played())];
    if (!scenario) list.push(t('lab.problems.noScenario'));
    if (list.length || !scenario || !seeds.ok) return showProblems(list);
    // Your own line plays on your game's rules (a lesson's scenario may close actions); the others on the scenario's.
    const rules = game && game.scenario?.id === scenario.id && game.rules ? game.rules : buildRules(scenario);
    const planned = runLines(scenario, rules);
    if (typeof planned === 'string') return showProblems([planned]);
    showProblems([]);
    result = null;
    csvButton.disabled = jsonButton.disabled = true;
    setRunning(true);
    const began = performance.now();
    const title = textOf(scenario.title);
    const goalTexts = Object.fromEntries(rules.victory.map((g) => [g.id, textOf(g.text)]));
    workers.service.start(rules, planned, seeds.value, (p) => {
      if (!sheet.root.isConnected) return;
      progress.max = p.target;
      progress.value = p.played;
      status.textContent = p.failed ? t('lab.failed', { reason: p.failed }) : p.done ? t('lab.done', { count: p.seeds, lines: p.lines.length }) : t('lab.running', { played: p.played, target: p.target });
      const first = !out.querySelector('table');
      out.replaceChildren(...renderLabResults(p, title, goalTexts));
      if (first && out.querySelector('table') && out.getBoundingClientRect().top > window.innerHeight * 0.6) out.scrollIntoView({ block: 'start' });
      if (!p.done) return;
      setRunning(false);
      if (p.failed) return;
      result = finished(p, scenario, title, Math.round(performance.now() - began));
      window.kz.lastLab = result;
      csvButton.disabled = jsonButton.disabled = false;
    });
  }

  function stop(): void {
    workers.service.cancel();
    setRunning(false);
    status.textContent = t('lab.stopped');
  }

  function setRunning(on: boolean): void {
    runButton.disabled = on;
    const lost = document.activeElement === runButton || document.activeElement === stopButton || document.activeElement === document.body;
    stopButton.hidden = !on;
    progress.hidden = !on;
    scenarioSelect.disabled = on;
    if (!on) progress.value = 0;
    if (lost && sheet.root.isConnected) (on ? stopButton : runButton).focus(); // the keyboard stays in the sheet (Esc still closes it)
  }

  out.append(h('p', { className: 'muted lab-empty' }, t('lab.empty')));
  sheet.body.append(h('div', { className: 'lab-layout' },
    h('div', { className: 'lab-form' },
      h('p', { className: 'lead' }, t('lab.intro')),
      h('label', { className: 'field', for: 'lab-scenario' }, h('span', { className: 'label' }, t('lab.scenario')), scenarioSelect),
      h('label', { className: 'field', for: 'lab-seeds' }, h('span', { className: 'label' }, t('lab.seeds')), h('span', { className: 'row tight' }, seedsInput, h('small', { className: 'muted' }, t('lab.seedsHint', { max: MAX_LAB_SEEDS })))),
      h('span', { className: 'label' }, t('lab.lines')),
      linesBox,
      h('div', { className: 'row' }, addButton, runButton, stopButton),
      progress,
      problems,
      status),
    out));
  drawLines();
  runButton.focus();
}

/** The words the CSV uses. */
const csvWords = {
  header: (key: string) => t(`lab.columns.${key}`),
  ending: (id: string) => t(`debrief.endings.${id}`),
  pillar: (id: string) => t(`hud.pillars.${id}`),
};

/** A finished run as the result tests and exports read. */
function finished(p: LabProgress, scenario: ScenarioData, title: string, ms: number): LabResult {
  const lines: LabLineResult[] = p.lines.flatMap((l) => (l.summary ? [{
    key: l.key, label: l.label, line: l.line, seeds: l.summary.seeds, endings: l.summary.endings, pillars: l.summary.pillars,
    balance: l.summary.balance, alarm: l.summary.alarm, goals: l.summary.goals, allGoals: l.summary.allGoals,
  }] : []));
  return { scenarioId: scenario.id, scenarioTitle: title, seeds: p.seeds, ms, lines };
}
