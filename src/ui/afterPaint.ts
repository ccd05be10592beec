// Slow drawing (charts, the map's repaint) waits until the frame that shows a new screen has been drawn, so the
// screen appears at once and the rest fills in a moment later, between frames, without holding up input.
import Phaser from 'phaser';
import { requestRender } from './renderOnDemand';

/** Runs `task` after the game's next frame has been rendered (skipped if `stillWanted` says the drawing is gone). */
export function afterPaint(scene: Phaser.Scene, task: () => void, stillWanted: () => boolean = () => true): void {
  requestRender(); // make sure that frame is drawn, then the one with the filled-in parts
  scene.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
    setTimeout(() => {
      if (!scene.sys.isActive() || !stillWanted()) return;
      task();
      requestRender();
    }, 0);
  });
}
