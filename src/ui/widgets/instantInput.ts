// Every click and tap lands: objects made interactive since the last frame join Phaser's hit test before the next
// pointer event is handled, instead of at the next frame (a fast tap after a redraw would otherwise hit nothing).
import type Phaser from 'phaser';

/** Phaser's input plugin moves newly interactive objects into its hit-test list in preUpdate (once per frame). */
type Pending = { preUpdate?: () => void };

/** Makes a scene's new interactive objects clickable now (call after creating or destroying many of them). */
export function flushInput(scene: Phaser.Scene): void {
  ((scene.sys as unknown as { input?: Pending }).input)?.preUpdate?.();
}

const POINTER_EVENTS = ['mousedown', 'mouseup', 'mousemove', 'touchstart', 'touchmove', 'touchend', 'pointerdown', 'pointerup'];

/**
 * Before Phaser sees any pointer event (a capturing listener on window runs first), every running scene's pending
 * interactive objects are flushed, so objects created by the previous event's handlers are already under the pointer.
 */
export function installInstantInput(game: Phaser.Game): void {
  const flush = () => {
    for (const scene of game.scene.getScenes(true)) flushInput(scene);
  };
  for (const type of POINTER_EVENTS) window.addEventListener(type, flush, { capture: true, passive: true });
}
