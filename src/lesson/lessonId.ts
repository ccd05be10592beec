// How a lesson's derived scenario is named ("classroom-short~6~<bits>"): kept apart so the first screen can tell lesson
// scenarios from scenario files without loading the sim.

/** What joins a lesson scenario id's parts (never part of a scenario file's id). */
export const LESSON_ID_SEPARATOR = '~';

/** Whether an id names a lesson's derived scenario rather than a scenario file. */
export const isLessonScenarioId = (id: string): boolean => id.includes(LESSON_ID_SEPARATOR);
