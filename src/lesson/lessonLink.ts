// Lesson links: a teacher's set-up (scenario, seed, turns, language, closed vectors and actions, questions) as one URL-safe code, read back strictly.
import { ByteReader, ByteWriter, Malformed, fnv1a32, fromBase64Url, toBase64Url } from '../machine/bytes';
import { VECTOR_IDS, type VectorId } from '../sim/ids';
import { at } from '../sim/indexing';
import { err, ok, type Result } from '../sim/result';

/** The lesson-link layout version this build writes and reads. */
export const LESSON_LINK_VERSION = 1;
/** The languages a lesson can be set in (the game's UI languages). */
export const LESSON_LANGUAGES = ['en', 'ru', 'kk'] as const;
export type LessonLanguage = (typeof LESSON_LANGUAGES)[number];

/** Bounds every lesson respects; a code that breaks one is refused before anything is built from it. */
export const LESSON_LIMITS = { code: 4000, idBytes: 64, actions: 80, questions: 8, questionChars: 300, turns: 200 } as const;

/** What a teacher sets up for a class. */
export interface Lesson {
  scenarioId: string;
  seed: number | null; // null: each student gets a seed of their own
  turns: number;
  lang: LessonLanguage;
  closedVectors: VectorId[];
  closedActions: string[];
  questions: string[];
}

/** Why a lesson code or lesson could not be used: a code for the words, where it happened, and values to fill in. */
export interface LessonProblem {
  code: 'empty' | 'tooLong' | 'badCharacter' | 'damaged' | 'checksum' | 'newerVersion' | 'unknownVersion' | 'noScenario'
    | 'unknownScenario' | 'turnsRange' | 'unknownAction' | 'questionTooLong' | 'tooManyQuestions' | 'tooManyActions' | 'allClosed';
  where: string; // e.g. "closedActions[2]", "" when it concerns the whole link
  values: Record<string, string | number>;
}

const problem = (code: LessonProblem['code'], where = '', values: LessonProblem['values'] = {}): LessonProblem => ({ code, where, values });

/** Encodes a lesson: version, scenario, seed (flag + u32), turns, language, closed vectors as bits, closed actions, questions, checksum. */
export function encodeLesson(lesson: Lesson): string {
  const w = new ByteWriter();
  w.varint(LESSON_LINK_VERSION);
  w.text(lesson.scenarioId);
  w.varint(lesson.seed === null ? 0 : 1);
  if (lesson.seed !== null) w.u32(lesson.seed >>> 0);
  w.varint(lesson.turns);
  w.varint(LESSON_LANGUAGES.indexOf(lesson.lang));
  w.varint(VECTOR_IDS.reduce((bits, v, i) => (lesson.closedVectors.includes(v) ? bits | (1 << i) : bits), 0));
  w.varint(lesson.closedActions.length);
  lesson.closedActions.forEach((a) => w.text(a));
  w.varint(lesson.questions.length);
  lesson.questions.forEach((q) => w.text(q));
  const body = w.bytes();
  const tail = new ByteWriter();
  tail.u32(fnv1a32(body));
  return toBase64Url(Uint8Array.from([...body, ...tail.bytes()]));
}

/** Reads a lesson code; damage, tampering, unknown versions and out-of-bounds fields are problems, never throws. */
export function decodeLesson(code: unknown): Result<Lesson, LessonProblem> {
  if (typeof code !== 'string' || code.trim() === '') return err(problem('empty'));
  const text = code.trim();
  if (text.length > LESSON_LIMITS.code) return err(problem('tooLong', '', { length: text.length, max: LESSON_LIMITS.code }));
  const bad = text.search(/[^A-Za-z0-9_-]/);
  if (bad >= 0) return err(problem('badCharacter', '', { char: text.charAt(bad), position: bad + 1 }));
  const bytes = fromBase64Url(text);
  if (!bytes || bytes.length < 5 || toBase64Url(bytes) !== text) return err(problem('damaged'));
  const body = bytes.subarray(0, bytes.length - 4);
  if (new ByteReader(bytes.subarray(bytes.length - 4)).u32() !== fnv1a32(body)) return err(problem('checksum'));
  try {
    const r = new ByteReader(body);
    const version = r.varint(0xffff);
    if (version !== LESSON_LINK_VERSION) return err(problem(version > LESSON_LINK_VERSION ? 'newerVersion' : 'unknownVersion', '', { version, supported: LESSON_LINK_VERSION }));
    const scenarioId = r.text(LESSON_LIMITS.idBytes);
    const seed = r.varint(1) === 1 ? r.u32() : null;
    const turns = r.varint(LESSON_LIMITS.turns);
    const lang = at(LESSON_LANGUAGES, r.varint(LESSON_LANGUAGES.length - 1), 'lesson languages');
    const bits = r.varint((1 << VECTOR_IDS.length) - 1);
    const closedVectors = VECTOR_IDS.filter((_, i) => bits & (1 << i));
    const closedActions = Array.from({ length: r.varint(LESSON_LIMITS.actions) }, () => r.text(LESSON_LIMITS.idBytes));
    const questions = Array.from({ length: r.varint(LESSON_LIMITS.questions) }, () => r.text(LESSON_LIMITS.questionChars * 4));
    if (!r.done) return err(problem('damaged'));
    if (!scenarioId) return err(problem('noScenario', 'scenarioId'));
    const long = questions.findIndex((q) => [...q].length > LESSON_LIMITS.questionChars);
    if (long >= 0) return err(problem('questionTooLong', `questions[${long}]`, { n: long + 1, max: LESSON_LIMITS.questionChars }));
    return ok({ scenarioId, seed, turns, lang, closedVectors, closedActions, questions });
  } catch (e) {
    if (e instanceof Malformed) return err(problem('damaged', '', { detail: e.message }));
    throw e;
  }
}

/** What a lesson is checked against: the scenarios on offer, each with its turn count and its actions' vectors. */
export interface LessonCatalog {
  [scenarioId: string]: { turns: number; actions: Record<string, VectorId> };
}

/** Checks a decoded lesson against the scenarios this game has: every problem, each located (own keys only, no prototype lookups). */
export function checkLesson(lesson: Lesson, catalog: LessonCatalog): LessonProblem[] {
  const scenario = Object.hasOwn(catalog, lesson.scenarioId) ? catalog[lesson.scenarioId] : undefined;
  if (!scenario) return [problem('unknownScenario', 'scenarioId', { id: lesson.scenarioId })];
  const problems: LessonProblem[] = [];
  if (!Number.isInteger(lesson.turns) || lesson.turns < 1 || lesson.turns > scenario.turns)
    problems.push(problem('turnsRange', 'turns', { turns: lesson.turns, max: scenario.turns }));
  if (lesson.closedActions.length > LESSON_LIMITS.actions) problems.push(problem('tooManyActions', 'closedActions', { max: LESSON_LIMITS.actions }));
  lesson.closedActions.forEach((id, i) => {
    if (!Object.hasOwn(scenario.actions, id)) problems.push(problem('unknownAction', `closedActions[${i}]`, { id }));
  });
  if (lesson.questions.length > LESSON_LIMITS.questions) problems.push(problem('tooManyQuestions', 'questions', { max: LESSON_LIMITS.questions }));
  lesson.questions.forEach((q, i) => {
    if ([...q].length > LESSON_LIMITS.questionChars) problems.push(problem('questionTooLong', `questions[${i}]`, { n: i + 1, max: LESSON_LIMITS.questionChars }));
  });
  if (problems.length === 0 && openActions(lesson, scenario.actions).length === 0) problems.push(problem('allClosed', 'closedActions'));
  return problems;
}

/** The actions a lesson leaves open: not closed by id, and not in a closed vector. */
export function openActions(lesson: Pick<Lesson, 'closedVectors' | 'closedActions'>, actions: Record<string, VectorId>): string[] {
  return Object.entries(actions).filter(([id, vector]) => !lesson.closedActions.includes(id) && !lesson.closedVectors.includes(vector)).map(([id]) => id);
}

/** Every action a lesson closes (by id or through its vector), sorted. */
export function closedActionIds(lesson: Pick<Lesson, 'closedVectors' | 'closedActions'>, actions: Record<string, VectorId>): string[] {
  const open = new Set(openActions(lesson, actions));
  return Object.keys(actions).filter((id) => !open.has(id)).sort();
}

/** The address a student opens: this page with `?lesson=<code>` (and nothing else of the teacher's own address). */
export function lessonUrl(base: string, lesson: Lesson): string {
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  url.searchParams.set('lesson', encodeLesson(lesson));
  return url.toString();
}

/** Pulls a lesson code out of what a teacher or student pasted: a whole link with `?lesson=`, or the bare code. */
export function lessonCodeFrom(text: string): string {
  const trimmed = text.trim();
  if (/^https?:\/\//i.test(trimmed)) {
    try {
      return new URL(trimmed).searchParams.get('lesson') ?? '';
    } catch {
      return trimmed;
    }
  }
  return trimmed;
}
