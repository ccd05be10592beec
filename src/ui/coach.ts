// The guided first turn of classroom-short: which coach mark shows when, and remembering that the tour is done.

const DONE_KEY = 'multi-vector-ui:coach-done'; // outside the saves' 'multi-vector:' prefix

/** The scenario whose first game gets the tour. */
export const COACH_SCENARIO = 'classroom-short';

/** The marks in order: four on the planning screen, the last on the first report. */
export const COACH_STEPS = ['hud', 'map', 'card', 'endTurn', 'report'] as const;
export type CoachStep = (typeof COACH_STEPS)[number];

/** What each mark points at (layout pixels) and where its note sits. */
export const COACH_PLACES: Record<CoachStep, { target: { x: number; y: number; w: number; h: number }; note: { x: number; y: number; w: number } }> = {
  hud: { target: { x: 4, y: 2, w: 1272, h: 62 }, note: { x: 290, y: 90, w: 480 } }, // ends left of the cards' panel (x 784)
  map: { target: { x: 4, y: 68, w: 772, h: 648 }, note: { x: 160, y: 230, w: 460 } },
  card: { target: { x: 786, y: 140, w: 488, h: 66 }, note: { x: 300, y: 140, w: 460 } },
  endTurn: { target: { x: 1104, y: 650, w: 172, h: 64 }, note: { x: 620, y: 470, w: 460 } },
  report: { target: { x: 128, y: 146, w: 462, h: 546 }, note: { x: 610, y: 380, w: 520 } },
};

/** Whether the tour was finished or skipped in this browser (storage off: treated as done, so it never nags). */
export function coachDone(): boolean {
  try {
    return globalThis.localStorage?.getItem(DONE_KEY) === 'done';
  } catch {
    return true;
  }
}

/** Remembers that the tour is over (finished or skipped): it is never shown again here. */
export function finishCoach(): void {
  try {
    globalThis.localStorage?.setItem(DONE_KEY, 'done');
  } catch {
    // storage off: nothing to remember
  }
}

/**
 * The mark to show now, or null: `step` is how far the player got; the first four belong to planning, the last to
 * the report (reached also when the player ends the turn before reading the planning marks).
 */
export function coachMarkFor(step: number, state: string): CoachStep | null {
  if (step >= COACH_STEPS.length) return null;
  if (state === 'report') return 'report';
  if (state === 'planning' && step < 4) return COACH_STEPS[step] ?? null;
  return null;
}
