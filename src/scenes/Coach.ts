// The guided first turn: coach marks over the HUD, the map, a card, End turn and the report, on top of every screen.
import Phaser from 'phaser';
import type { GameContext } from '../machine/index';
import { COACH_SCENARIO, COACH_STEPS, coachDone, coachMarkFor, finishCoach } from '../ui/coach';
import { drawCoachMark } from '../ui/widgets/coachMark';
import { snapshot, watch } from './session';

let reached = 0; // how far the tour got in this visit (the tour itself is remembered as done or not)

/** Runs above the game screen while it is open; draws the current mark of the tour, or nothing. */
export class CoachScene extends Phaser.Scene {
  private drawn: Phaser.GameObjects.GameObject[] = [];

  constructor() {
    super('Coach');
  }

  create(): void {
    this.drawn = [];
    watch(this, (state, context) => this.draw(state, context));
    const { state, context } = snapshot();
    this.draw(state, context);
  }

  private draw(state: string, context: GameContext): void {
    for (const o of this.drawn) o.destroy();
    this.drawn = [];
    const first = context.world?.turn === 0 && context.scenario?.id === COACH_SCENARIO;
    if (coachDone() || !first) return;
    if (state === 'report') reached = Math.max(reached, COACH_STEPS.length - 1);
    const step = coachMarkFor(reached, state);
    if (!step) return;
    const redraw = () => {
      const now = snapshot();
      this.draw(now.state, now.context);
    };
    this.drawn = drawCoachMark(this, step, () => {
      reached++;
      if (reached >= COACH_STEPS.length) finishCoach();
      redraw();
    }, () => {
      finishCoach();
      redraw();
    });
  }
}
