// "Set up a lesson": a teacher picks scenario, seed, turns, language, open vectors and actions, and reflection questions,
// and gets one link (with a QR code and a copy button) that starts exactly that game for every student.
import { language, LANGUAGES, t, textOf } from '../../i18n';
import { lessonPlan, planQuestions } from '../../lesson/lessonPlans';
import { checkLesson, LESSON_LIMITS, lessonUrl, openActions, type Lesson } from '../../lesson/lessonLink';
import { isLessonScenarioId } from '../../lesson/lessonScenario';
import { buildRules } from '../../sim/index';
import { entry } from '../../sim/indexing';
import { VECTOR_IDS, type VectorId } from '../../sim/ids';
import type { ScenarioData } from '../../sim/scenarioData';
import { lessonCatalog, lessonProblemText } from '../lessonLaunch';
import { button, copyText, h, openSheet } from './dom';
import { markdownElement } from './markdownDom';
import { qrSvg } from './qr';

/** A fresh seed for a class (the teacher can type another). */
const freshSeed = (): number => {
  const [seed = 0] = crypto.getRandomValues(new Uint32Array(1));
  return seed % 1_000_000;
};

/** Opens the set-up sheet over the menu. */
export function openLessonSetup(catalog: Readonly<Record<string, ScenarioData>>): void {
  const scenarios = Object.values(catalog).filter((s) => !isLessonScenarioId(s.id));
  const sheet = openSheet('lesson-setup', t('lesson.title'));
  const form = h('form', { className: 'lesson-form', onsubmit: (e) => e.preventDefault() });
  const result = h('div', { className: 'lesson-result', 'aria-live': 'polite' });
  const planBox = h('div', { className: 'lesson-plan-box' });

  const scenarioSelect = h('select', { id: 'lesson-scenario', 'data-name': 'lesson:scenario' },
    ...scenarios.map((s) => h('option', { value: s.id }, textOf(s.title))));
  const preferred = scenarios.find((s) => s.id === 'classroom-short') ?? scenarios[0];
  if (preferred) scenarioSelect.value = preferred.id;
  const sameSeed = h('input', { type: 'radio', name: 'seed-mode', id: 'lesson-seed-same', value: 'same', checked: true });
  const ownSeed = h('input', { type: 'radio', name: 'seed-mode', id: 'lesson-seed-own', value: 'own' });
  const seedInput = h('input', { type: 'number', id: 'lesson-seed', min: 0, max: 4294967295, step: 1, value: freshSeed(), 'data-name': 'lesson:seed' });
  const turnsInput = h('input', { type: 'number', id: 'lesson-turns', min: 1, step: 1, 'data-name': 'lesson:turns' });
  const langSelect = h('select', { id: 'lesson-lang', 'data-name': 'lesson:lang' }, ...LANGUAGES.map((l) => h('option', { value: l }, t(`lang.${l}`))));
  langSelect.value = language();
  const vectorsBox = h('div', { className: 'lesson-vectors' });
  const questions = h('textarea', { id: 'lesson-questions', rows: 5, 'data-name': 'lesson:questions' });

  const scenario = (): ScenarioData => entry(catalog, scenarioSelect.value, 'scenarios');
  const vectorsOf = (s: ScenarioData): Record<string, VectorId> =>
    Object.fromEntries(Object.entries(buildRules(s).actions).map(([id, a]) => [id, a.vector]));

  /** One fieldset per vector: the vector's switch, then its actions. */
  const drawVectors = () => {
    const s = scenario();
    const rules = buildRules(s);
    vectorsBox.replaceChildren(...VECTOR_IDS.map((v) => {
      const actions = Object.entries(rules.actions).filter(([, a]) => a.vector === v).sort(([, a], [, b]) => textOf(a.title).localeCompare(textOf(b.title)));
      const vectorBox = h('input', { type: 'checkbox', checked: true, 'data-vector': v, 'data-name': `lesson:vector:${v}` });
      const actionBoxes = actions.map(([id, a]) => h('label', { className: 'lesson-action' },
        h('input', { type: 'checkbox', checked: true, 'data-action': id, 'data-name': `lesson:action:${id}` }), textOf(a.title)));
      const sync = () => actionBoxes.forEach((l) => l.classList.toggle('off', !vectorBox.checked));
      vectorBox.addEventListener('change', sync);
      return h('fieldset', {}, h('legend', {}, h('label', {}, vectorBox, t(`vector.${v}`))), ...actionBoxes);
    }));
  };

  const drawPlan = () => {
    const plan = lessonPlan(scenarioSelect.value, langSelect.value);
    planBox.replaceChildren(h('h2', {}, t('lesson.planTitle')),
      plan ? markdownElement(plan.blocks) : h('p', { className: 'muted' }, t('lesson.noPlan')));
    if (plan) planBox.append(button('lesson:print-plan', t('lesson.printPlan'), () => printPlan(planBox)));
  };

  const resetForScenario = () => {
    const s = scenario();
    turnsInput.max = String(s.turns);
    turnsInput.value = String(s.turns);
    const suggested = planQuestions(s.id, langSelect.value);
    questions.value = (suggested.length ? suggested : [t('lesson.defaultQuestion1'), t('lesson.defaultQuestion2'), t('lesson.defaultQuestion3')]).join('\n');
    drawVectors();
    drawPlan();
    result.replaceChildren();
  };

  /** The lesson the form describes now. */
  const current = (): Lesson => {
    const closedVectors = [...vectorsBox.querySelectorAll<HTMLInputElement>('input[data-vector]')].filter((b) => !b.checked).map((b) => b.dataset.vector as VectorId);
    const closedActions = [...vectorsBox.querySelectorAll<HTMLInputElement>('input[data-action]')]
      .filter((b) => {
        if (b.checked) return false;
        const vector = vectorsOf(scenario())[b.dataset.action!];
        return vector === undefined || !closedVectors.includes(vector);
      }).map((b) => b.dataset.action!);
    return {
      scenarioId: scenarioSelect.value,
      seed: ownSeed.checked ? null : Math.max(0, Math.min(0xffffffff, Math.floor(Number(seedInput.value) || 0))),
      turns: Math.floor(Number(turnsInput.value)),
      lang: langSelect.value as Lesson['lang'],
      closedVectors,
      closedActions,
      questions: questions.value.split(/\r?\n/).map((q) => q.trim()).filter((q) => q !== ''),
    };
  };

  const create = () => {
    const lesson = current();
    const problems = checkLesson(lesson, lessonCatalog(catalog));
    if (problems.length) {
      result.replaceChildren(h('div', { className: 'dom-problems', role: 'alert' },
        h('strong', {}, t('lesson.problemsTitle')), h('ul', {}, ...problems.map((p) => h('li', {}, lessonProblemText(p))))));
      result.scrollIntoView({ block: 'start' });
      return;
    }
    const url = lessonUrl(window.location.href, lesson);
    const linkBox = h('input', { type: 'text', readonly: true, value: url, id: 'lesson-link', 'data-name': 'lesson:link', 'aria-label': t('lesson.linkLabel') });
    const status = h('span', { className: 'muted', 'aria-live': 'polite' });
    const qr = qrSvg(url, t('lesson.qrLabel'));
    const open = openActions(lesson, vectorsOf(scenario())).length;
    result.replaceChildren(
      h('h2', {}, t('lesson.linkTitle')),
      h('div', { className: 'lesson-link-row' }, linkBox, button('lesson:copy', t('lesson.copy'), () => {
        linkBox.select();
        void copyText(url).then((ok) => (status.textContent = ok ? t('lesson.copied') : t('lesson.copyFailed')));
      }, true)),
      status,
      h('p', {}, t('lesson.summary', { turns: lesson.turns, open, seed: lesson.seed === null ? t('lesson.seedOwnShort') : String(lesson.seed), questions: lesson.questions.length })),
      qr ? h('div', { className: 'lesson-qr' }, qr) : h('p', { className: 'dom-problems' }, t('lesson.qrTooLong', { length: url.length })),
    );
    result.scrollIntoView({ block: 'start' });
    linkBox.focus({ preventScroll: true });
    linkBox.select();
  };

  const field = (labelText: string, control: HTMLElement, hint?: string) =>
    h('div', { className: 'field' }, h('label', { for: control.id }, labelText), control, hint ? h('small', { className: 'muted' }, hint) : null);

  form.append(
    field(t('lesson.scenario'), scenarioSelect),
    h('div', { className: 'field' }, h('span', { className: 'label' }, t('lesson.seed')),
      h('label', { className: 'inline' }, sameSeed, t('lesson.seedSame')), seedInput,
      h('label', { className: 'inline' }, ownSeed, t('lesson.seedOwn'))),
    field(t('lesson.turns'), turnsInput, t('lesson.turnsHint')),
    field(t('lesson.language'), langSelect),
    h('div', { className: 'field' }, h('span', { className: 'label' }, t('lesson.open')), h('small', { className: 'muted' }, t('lesson.openHint')), vectorsBox),
    field(t('lesson.questions'), questions, t('lesson.questionsHint', { max: LESSON_LIMITS.questions, chars: LESSON_LIMITS.questionChars })),
  );
  sheet.actions.append(button('lesson:create-link', t('lesson.create'), create, true));
  scenarioSelect.addEventListener('change', resetForScenario);
  langSelect.addEventListener('change', () => {
    drawPlan();
    const suggested = planQuestions(scenarioSelect.value, langSelect.value);
    if (suggested.length) questions.value = suggested.join('\n');
  });
  seedInput.addEventListener('focus', () => (sameSeed.checked = true));
  sheet.body.classList.add('lesson-layout');
  sheet.body.append(h('div', { className: 'lesson-col' }, h('p', { className: 'lead' }, t('lesson.intro')), form), h('div', { className: 'lesson-col' }, result, planBox));
  resetForScenario();
}

/** Prints only the lesson plan (the sheet's print rules show the element marked for printing). */
function printPlan(plan: HTMLElement): void {
  document.body.classList.add('printing-plan');
  plan.classList.add('print-only');
  const done = () => {
    document.body.classList.remove('printing-plan');
    plan.classList.remove('print-only');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
