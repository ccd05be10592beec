// Where the guided tour's notes sit: none may hide the words of what the player is about to read.
import { describe, expect, it } from 'vitest';
import { COACH_PLACES } from '../../src/ui/coach';

/** The planning panel (tabs and cards) starts here in the 1280×720 layout (Game.ts draws its background from x 784). */
const PANEL_LEFT = 784;

describe('coach marks', () => {
  it('keep the notes about the HUD and the map off the cards\' panel, and every note inside the screen', () => {
    for (const step of ['hud', 'map'] as const) {
      const { note } = COACH_PLACES[step];
      expect(note.x + note.w, `${step} note's right edge`).toBeLessThanOrEqual(PANEL_LEFT - 8);
    }
    for (const [step, { note }] of Object.entries(COACH_PLACES)) {
      expect(note.x, step).toBeGreaterThanOrEqual(0);
      expect(note.x + note.w, step).toBeLessThanOrEqual(1280);
    }
  });
});
