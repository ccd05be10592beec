// Starting what the address asks for: ?lang= picks the language, ?lesson= starts the teacher's set-up, and the lesson
// scenarios that saves or share codes name are rebuilt so they load like any other game.
import { languageParam, loadLanguage, setLanguage, t } from '../i18n';
import { loadFonts } from './fonts';
import { listSavedGames, parseShareCode, type SaveStorage } from '../machine/index';
import { buildRules } from '../sim/index';
import { entry } from '../sim/indexing';
import type { ScenarioData } from '../sim/scenarioData';
import { rememberLesson } from '../lesson/activeLesson';
import { checkLesson, closedActionIds, decodeLesson, lessonCodeFrom, type Lesson, type LessonCatalog, type LessonProblem } from '../lesson/lessonLink';
import { isLessonScenarioId, lessonScenario, withLessonScenarios } from '../lesson/lessonScenario';
import type { GameActor } from '../scenes/session';

export { languageParam };

/** What a lesson is checked against: each scenario's turns and its actions' vectors. */
export function lessonCatalog(catalog: Readonly<Record<string, ScenarioData>>): LessonCatalog {
  const out: LessonCatalog = {};
  for (const [id, s] of Object.entries(catalog)) {
    if (isLessonScenarioId(id)) continue;
    out[id] = { turns: s.turns, actions: Object.fromEntries(Object.entries(buildRules(s).actions).map(([a, def]) => [a, def.vector])) };
  }
  return out;
}

/** A lesson problem in the player's words, with where it is ("closedActions[2]: …"). */
export function lessonProblemText(p: LessonProblem): string {
  const text = t(`lesson.errors.${p.code}`, p.values);
  const at = /^(\w+)(?:\[(\d+)\])?$/.exec(p.where);
  return at ? `${t(`lesson.where.${at[1]}`, { n: Number(at[2] ?? 0) + 1 })}: ${text}` : text;
}

/** The scenario a lesson's game is played on (base scenario cut and filtered). */
export function scenarioOfLesson(lesson: Lesson, catalog: Readonly<Record<string, ScenarioData>>): ScenarioData {
  const base = entry(catalog, lesson.scenarioId, 'scenarios');
  const vectors = entry(lessonCatalog({ [base.id]: base }), base.id, 'lesson catalog').actions;
  return lessonScenario(base, lesson.turns, closedActionIds(lesson, vectors));
}

/**
 * Starts a lesson from a link's code: checked first (every problem located), then the lesson's language is loaded (unless
 * the address chose one), its scenario is added and a new game starts with the lesson's seed (or a fresh one). Resolves
 * to the problems in words, or [] when the game started.
 */
export async function startLesson(actor: GameActor, code: string, languageChosen: boolean): Promise<string[]> {
  const decoded = decodeLesson(lessonCodeFrom(code));
  if (!decoded.ok) return [lessonProblemText(decoded.error)];
  const lesson = decoded.value;
  const catalog = actor.getSnapshot().context.catalog;
  const problems = checkLesson(lesson, lessonCatalog(catalog));
  if (problems.length) return problems.map(lessonProblemText);
  if (!languageChosen) {
    // Strings that cannot load (offline before caching) leave the lesson in the language on screen.
    const loaded = await Promise.all([loadLanguage(lesson.lang), loadFonts(lesson.lang)]).then(() => true, () => false);
    if (loaded) setLanguage(lesson.lang);
  }
  const scenario = scenarioOfLesson(lesson, catalog);
  actor.send({ type: 'ADD_SCENARIO', scenario });
  rememberLesson(scenario.id, lesson);
  actor.send({ type: 'NEW_GAME', scenarioId: scenario.id, ...(lesson.seed !== null ? { seed: lesson.seed } : {}) });
  return [];
}

/** Adds the lesson scenarios that a share code needs (so LOAD_CODE finds them); no-op for ordinary codes. */
export function prepareForCode(actor: GameActor, code: string): void {
  const parsed = parseShareCode(code);
  if (parsed.ok) addLessonScenarios(actor, [parsed.value.scenarioId]);
}

/** Adds the lesson scenarios every saved game (autosave, kept earlier games, slots) was made with, so each loads after a reload. */
export function prepareForSaves(actor: GameActor, storage: SaveStorage): void {
  const ids = listSavedGames(storage).flatMap((e) => (e.summary.ok ? [e.summary.scenarioId] : []));
  addLessonScenarios(actor, ids);
}

function addLessonScenarios(actor: GameActor, ids: string[]): void {
  const catalog = actor.getSnapshot().context.catalog;
  const rebuilt = withLessonScenarios(catalog, ids);
  for (const id of ids) {
    const scenario = Object.hasOwn(rebuilt, id) ? rebuilt[id] : undefined;
    if (!Object.hasOwn(catalog, id) && scenario) actor.send({ type: 'ADD_SCENARIO', scenario });
  }
}
