// The lessons this browser was started with, by their derived scenario id, so the briefing and the print can show the
// teacher's settings and questions (kept outside the saves' storage prefix; a few at most).
import type { Lesson } from './lessonLink';

const KEY = 'multi-vector-ui:lessons';
const KEEP = 8;

let memory: Record<string, Lesson> = {};

function read(): Record<string, Lesson> {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, Lesson>) : {};
  } catch {
    return {};
  }
}

/** Remembers the lesson a game was started with (by the game's scenario id). */
export function rememberLesson(scenarioId: string, lesson: Lesson): void {
  const all = { ...read(), ...memory };
  delete all[scenarioId];
  const kept = Object.entries(all).slice(-(KEEP - 1));
  memory = Object.fromEntries([...kept, [scenarioId, lesson]]);
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(memory));
  } catch {
    // storage off: the lesson is remembered for this visit only
  }
}

/** The lesson a game's scenario was started from, if this browser knows it (own keys only). */
export function lessonFor(scenarioId: string | undefined | null): Lesson | null {
  if (!scenarioId) return null;
  const all = { ...read(), ...memory };
  if (!Object.hasOwn(all, scenarioId)) return null;
  const lesson = all[scenarioId];
  return lesson && typeof lesson === 'object' && Array.isArray(lesson.questions) && Array.isArray(lesson.closedActions) ? lesson : null;
}
