// Every click and tap lands: objects made interactive since the last frame join Phaser's hit test before the next
// pointer event is handled, instead of at the next frame (a fast tap after a redraw would otherwise hit nothing), and
// the object on top is the one drawn on top, even before it has been drawn once.
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

type Input = { sortGameObjects: (objects: Phaser.GameObjects.GameObject[], pointer: Phaser.Input.Pointer) => Phaser.GameObjects.GameObject[] };

/** Where an object is drawn: its top-level index in the depth-sorted display list, then its index in each container down. */
function drawOrder(scene: Phaser.Scene, object: Phaser.GameObjects.GameObject): number[] {
  const order: number[] = [];
  let o = object;
  while (o.parentContainer) {
    order.unshift(o.parentContainer.getIndex(o));
    o = o.parentContainer;
  }
  order.unshift(scene.sys.displayList.getIndex(o));
  return order;
}

/** Positive when `a` is drawn after (above) `b`. */
function above(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length; // a child is drawn after its container
}

/**
 * Phaser puts the objects under the pointer in the order the camera last rendered them, so an object made since the
 * last frame (a redrawn panel) or one never rendered by itself (drawn into a cached image, a zone) counts as the bottom
 * one, and with "top only" a pointer over a fresh panel reached the map beneath it. Order them as they are drawn.
 */
export function orderHitsAsDrawn(scene: Phaser.Scene): void {
  (scene.input as unknown as Input).sortGameObjects = (objects) => {
    if (objects.length < 2) return objects;
    scene.sys.depthSort();
    const keyed = objects.map((o) => ({ o, order: drawOrder(scene, o) }));
    keyed.sort((a, b) => above(b.order, a.order));
    keyed.forEach((k, i) => (objects[i] = k.o));
    return objects;
  };
}
