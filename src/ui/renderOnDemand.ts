// No per-frame drawing when nothing moves: Phaser still runs its update every frame (input, timers, scene changes),
// but the WebGL frame is drawn only while something may have changed; otherwise the canvas keeps the last frame.
// On software WebGL each full-screen layer costs ~16 ms a frame, so an idle map costs nothing instead. A mouse moving
// over the screen draws only when it enters or leaves something interactive (or a widget asks, as the map's hover does).
import Phaser from 'phaser';

/** How long (ms) frames keep being drawn after the last sign of change: covers handlers deferred a frame or two. */
const SETTLE_MS = 400;
/** Frames drawn after the pointer enters or leaves an object: its hover look is set by then (handlers run on the event). */
const HOVER_FRAMES = 2;
/** An idle screen is still redrawn this often (ms), so a change no signal caught cannot stay hidden for long. */
const SAFETY_MS = 5000;

/** Page events after which something may look different. A bare mouse move is not one (see moveWakes). */
const WAKE_EVENTS = [
  'pointerdown', 'pointerup', 'pointercancel', 'mousedown', 'mouseup', 'touchstart', 'touchmove', 'touchend',
  'wheel', 'keydown', 'keyup', 'resize', 'focus', 'blur', 'visibilitychange', 'drop',
];

/** Phaser input events (per scene) after which a hover look or a drag may have changed what is on screen. */
const INPUT_WAKES = ['gameobjectover', 'gameobjectout', 'dragstart', 'drag', 'dragend', 'drop', 'gameobjectwheel'];

/** A pointer move draws by itself only while a button is held (dragging) or from a pen or finger. */
const moveWakes = (e: PointerEvent) => e.buttons !== 0 || e.pointerType !== 'mouse';

let renderUntil = 0;
let framesWanted = 0;
let complete = 0; // > 0 while a change that is complete when it returns is being made (see completeChange)
let kind: FrameKind = 'settling';

/**
 * Makes a change that is complete when `change` returns (a screen redrawn from a snapshot outside any input): the
 * objects it adds or removes ask for the next frame only, not for a settling moment of frames drawn live. Whatever
 * the change defers asks for its own frames (afterPaint, tweens). The caller marks any frame cache stale.
 */
export function completeChange<T>(change: () => T): T {
  complete++;
  try {
    return change();
  } finally {
    complete--;
  }
}

/** A scene gained or lost an object: a settling moment, or only the next frame during a complete change. */
const sceneChanged = () => (complete > 0 ? requestFrames(1) : requestRender());

/**
 * Why the frame about to be drawn is drawn: 'settling' (a change was signalled and things may still move, or a tween
 * runs, or the idle safety redraw), 'asked' (only frames someone asked for with requestFrames: the change is complete,
 * e.g. a hover highlight), or 'skipped' (not drawn). A frame cache may show cached still parts on 'asked' frames.
 */
export type FrameKind = 'settling' | 'asked' | 'skipped';

/** The kind of the frame being decided now (valid from the renderer's pre-render on, e.g. in the game's PRE_RENDER). */
export function frameKind(): FrameKind {
  return kind;
}

/**
 * What the benchmark reads on `game.renderGate`: how many frames were drawn (a frame the gate skipped is not a frame
 * the player waits for), and a way to keep drawing for a while (to time frames drawn back to back).
 */
export interface RenderGate {
  drawn: number;
  lastDrawn: boolean;
  keepDrawing(ms: number): void;
}

/** Asks for frames to be drawn for a moment (call after changing what is on screen outside input or scene changes). */
export function requestRender(ms = SETTLE_MS): void {
  renderUntil = Math.max(renderUntil, performance.now() + ms);
}

/**
 * Asks for the next `count` frames only: for a change that is complete when this is called (a highlight or tooltip
 * drawn on a hover), so a pointer sweeping over the map draws one frame per change instead of frames for a moment.
 */
export function requestFrames(count = 1): void {
  framesWanted = Math.max(framesWanted, count);
}

type Renderer = { preRender(): void; postRender(): void; snapshotState?: { callback: unknown } };
type TweenHost = { tweens?: { getTweens(): unknown[] }; load?: { isLoading(): boolean } };

/** Whether any running scene animates (tweens) or loads files this frame. */
function busy(game: Phaser.Game): boolean {
  for (const scene of game.scene.getScenes<(Phaser.Scene & TweenHost)[]>(true)) {
    if ((scene.tweens?.getTweens().length ?? 0) > 0 || scene.load?.isLoading()) return true;
  }
  return false;
}

/** Installs the render gate on a game (call once, right after creating it). */
export function renderOnDemand(game: Phaser.Game): void {
  for (const type of WAKE_EVENTS) window.addEventListener(type, () => requestRender(), { capture: true, passive: true });
  window.addEventListener('pointermove', (e) => moveWakes(e) && requestRender(), { capture: true, passive: true });
  requestRender(2000); // the first frames, while the boot scene loads
  const hooked = new WeakSet<Phaser.Scene>();
  let lastSignature = '';
  let lastDrawn = 0;
  let drawing = true;
  const gate: RenderGate = { drawn: 0, lastDrawn: true, keepDrawing: (ms) => requestRender(ms) };
  (game as Phaser.Game & { renderGate?: RenderGate }).renderGate = gate;

  /** Scenes starting or stopping, and objects added to or removed from any scene, are changes to draw. */
  const watchScenes = (): string => {
    let signature = '';
    for (const scene of game.scene.scenes) {
      if (!hooked.has(scene)) {
        hooked.add(scene);
        scene.sys.events.on(Phaser.Scenes.Events.ADDED_TO_SCENE, sceneChanged);
        scene.sys.events.on(Phaser.Scenes.Events.REMOVED_FROM_SCENE, sceneChanged);
        // A scene's input plugin drops its listeners when the scene shuts down: listen again at every start.
        const hookInput = () => INPUT_WAKES.forEach((type) => scene.input?.on(type, () => requestFrames(HOVER_FRAMES)));
        hookInput();
        scene.sys.events.on(Phaser.Scenes.Events.START, hookInput);
      }
      signature += `${scene.sys.settings.key}:${scene.sys.settings.status}:${scene.sys.settings.visible ? 1 : 0};`;
    }
    return signature;
  };

  const decide = (renderer: Renderer): boolean => {
    const now = performance.now();
    const signature = watchScenes();
    if (signature !== lastSignature) {
      lastSignature = signature;
      requestRender();
    }
    const wanted = framesWanted > 0;
    if (wanted) framesWanted--;
    const settling = now < renderUntil || now - lastDrawn >= SAFETY_MS || !!renderer.snapshotState?.callback || busy(game);
    const draw = wanted || settling;
    kind = settling ? 'settling' : draw ? 'asked' : 'skipped';
    if (draw) {
      lastDrawn = now;
      gate.drawn++;
    }
    gate.lastDrawn = draw;
    return draw;
  };

  const install = () => {
    const renderer = game.renderer as unknown as Renderer;
    const scenes = game.scene as unknown as { render(r: unknown): void; isProcessing: boolean };
    const preRender = renderer.preRender.bind(renderer);
    const postRender = renderer.postRender.bind(renderer);
    const renderScenes = scenes.render.bind(scenes);
    renderer.preRender = () => {
      drawing = decide(renderer);
      if (drawing) preRender();
    };
    scenes.render = (r: unknown) => {
      if (drawing) renderScenes(r);
      else scenes.isProcessing = false; // what SceneManager.render does at its end, so scene operations are not queued
    };
    renderer.postRender = () => {
      if (drawing) postRender();
    };
  };
  if (game.renderer) install();
  else game.events.once(Phaser.Core.Events.BOOT, install);
  game.scale.on(Phaser.Scale.Events.RESIZE, () => requestRender());
}
