// Draws a scene's still parts (map image, HUD, panel, cards: everything at or below a depth) once into one texture and
// shows that single image on frames where only live things change (a hover highlight, a tooltip). On software WebGL a
// frame's cost grows with the number of objects drawn; a hover frame then draws about as much as one full-screen image.
// Input is untouched: the scene's main camera still receives every click (alpha 0: it takes input, draws nothing), and
// a second camera draws the cached image plus whatever is not cached.
import Phaser from 'phaser';
import { frameKind, requestFrames } from './renderOnDemand';

/** Which objects a frame cache may bake. */
export interface FrameCacheOptions {
  /** Objects at or below this depth are baked (the scene keeps whatever changes on its own above it). */
  maxDepth: number;
  /** Objects whose hover changes only live things (e.g. the map's zones): entering or leaving them keeps the cache. */
  hoverKeepsCache?: (object: Phaser.GameObjects.GameObject) => boolean;
}

let caches = 0;

type GLRenderer = Phaser.Renderer.WebGL.WebGLRenderer & {
  glTextureUnits: { bind(texture: unknown, unit: number): void };
};

/** One scene's cache: create it in the scene's create (it cleans up on the scene's shutdown). */
export class FrameCache {
  private readonly display: Phaser.Cameras.Scene2D.Camera;
  private readonly key = `frame-cache-${++caches}`;
  private texture: Phaser.Textures.DynamicTexture | null = null;
  private image: Phaser.GameObjects.Image | null = null;
  private baked: Phaser.GameObjects.GameObject[] = [];
  private hiddenFromMain: Phaser.GameObjects.GameObject[] = [];
  private stale = true;
  private cached = false;
  private baking = false;
  private readonly onPreRender = () => this.beforeFrame();
  private readonly onCameraRender = (scene: Phaser.Scene, camera: Phaser.Cameras.Scene2D.Camera) => {
    if (this.baking && scene === this.scene && camera === this.display) this.copyCanvas();
  };
  private readonly onPostRender = () => this.endBake(false);
  private readonly onHover = (_p: unknown, object: Phaser.GameObjects.GameObject) => {
    if (!this.options.hoverKeepsCache?.(object)) this.stale = true;
  };

  constructor(private readonly scene: Phaser.Scene, private readonly options: FrameCacheOptions) {
    const main = scene.cameras.main;
    this.display = scene.cameras.add(main.x, main.y, main.width, main.height, false, 'frame-cache').setVisible(false);
    this.display.inputEnabled = false; // clicks go through the main camera, which sees every object
    scene.input.on(Phaser.Input.Events.GAMEOBJECT_OVER, this.onHover);
    scene.input.on(Phaser.Input.Events.GAMEOBJECT_OUT, this.onHover);
    scene.game.events.on(Phaser.Core.Events.PRE_RENDER, this.onPreRender);
    scene.game.events.on(Phaser.Core.Events.POST_RENDER, this.onPostRender);
    scene.game.renderer.on(Phaser.Renderer.Events.RENDER, this.onCameraRender);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.destroy());
  }

  /** Marks the cache out of date (call after changing a baked object outside a redraw, input or requestRender). */
  invalidate(): void {
    this.stale = true;
  }

  /** Whether the last drawn frame showed the cached image (for tests and the benchmark). */
  get inUse(): boolean {
    return this.cached;
  }

  /**
   * Before each frame: a frame drawn while things may still change (after a signalled change: settling) draws
   * everything live and marks the cache stale; a frame drawn only because something asked for it (a hover highlight,
   * complete when asked) uses the cache, baking it during that frame if stale; an idle frame with a stale cache asks
   * for one frame to bake it, so the next hover does not pay for the bake.
   */
  private beforeFrame(): void {
    if (!this.scene.sys.isActive() || !this.scene.sys.settings.visible || !this.scene.sys.game.renderer) return;
    const kind = frameKind();
    if (kind === 'skipped') {
      if (this.stale) requestFrames(1);
      return;
    }
    if (kind === 'settling' || this.scene.tweens.getTweens().length > 0) {
      this.stale = true;
      return this.useLive();
    }
    if (this.stale) this.startBake();
    else this.useCached();
  }

  /** The main camera draws every object, as without a cache. */
  private useLive(): void {
    if (!this.cached) return;
    this.cached = false;
    this.scene.cameras.main.setAlpha(1);
    this.display.setVisible(false);
  }

  /** The display camera draws the cached image and the objects not baked into it; the main camera draws nothing. */
  private useCached(): void {
    this.cached = true;
    this.scene.cameras.main.setAlpha(0);
    this.syncDisplay();
    this.display.setVisible(true);
    this.image?.setVisible(true);
  }

  private syncDisplay(): void {
    const main = this.scene.cameras.main;
    if (this.display.width !== main.width || this.display.height !== main.height) this.display.setSize(main.width, main.height);
  }

  /**
   * A baking frame: the main camera draws the objects at or below the depth limit onto the canvas (multisampled, so
   * they look exactly as when drawn live), the canvas is copied into the cache texture before the display camera
   * draws the live objects over it. The frame looks like any other; the next ones show the copy.
   */
  private startBake(): void {
    const main = this.scene.cameras.main;
    const renderer = this.scene.sys.game.renderer as GLRenderer;
    const width = renderer.width;
    const height = renderer.height;
    if (width < 1 || height < 1 || !renderer.gl) return this.useLive();
    if (!this.texture) {
      this.texture = this.scene.textures.addDynamicTexture(this.key, width, height, false);
      if (!this.texture) return this.useLive();
      this.texture.setFilter(Phaser.Textures.FilterMode.NEAREST); // shown 1:1: a rounding error must not blend rows
    } else if (this.texture.width !== width || this.texture.height !== height) {
      this.texture.setSize(width, height, false);
    }
    const display = this.scene.sys.displayList;
    display.depthSort();
    for (const o of this.baked) o.cameraFilter &= ~this.display.id;
    this.baked = [];
    this.hiddenFromMain = [];
    for (const o of display.list) {
      if (o === this.image) continue;
      const depth = (o as Phaser.GameObjects.GameObject & { depth?: number }).depth ?? 0;
      if (depth <= this.options.maxDepth) {
        if (o.willRender(main)) this.baked.push(o);
      } else if (!(o.cameraFilter & main.id)) {
        this.hiddenFromMain.push(o);
      }
    }
    for (const o of this.baked) o.cameraFilter |= this.display.id;
    for (const o of this.hiddenFromMain) o.cameraFilter |= main.id; // for this frame's drawing only (input runs between frames)
    if (!this.image) {
      // Below everything, drawn by the display camera only (the main camera, when it draws, draws the objects).
      this.image = this.scene.add.image(0, 0, this.key).setOrigin(0, 0).setDepth(-1e9).setName('frame-cache');
      this.image.cameraFilter = main.id;
    }
    this.image.setVisible(false); // this frame the canvas already holds what the image will show
    this.baking = true;
    this.cached = true;
    main.setAlpha(1);
    this.syncDisplay();
    this.display.setVisible(true);
  }

  /** Copies the canvas (the main camera's drawing, batches flushed) into the cache texture. */
  private copyCanvas(): void {
    const renderer = this.scene.sys.game.renderer as GLRenderer;
    const gl = renderer.gl;
    const target = this.texture?.getWebGLTexture();
    const ok = !!target && gl.getParameter(gl.FRAMEBUFFER_BINDING) === null;
    if (ok) {
      renderer.glTextureUnits.bind(target, 0);
      // The canvas has no alpha channel: the copy redefines the texture as RGB (what copying allows), opaque anyway.
      gl.copyTexImage2D(gl.TEXTURE_2D, 0, gl.RGB, 0, 0, this.texture!.width, this.texture!.height, 0);
    }
    this.endBake(ok);
  }

  /** Ends a baking frame: live objects drawn by the main camera again; the cache is fresh if the copy was made. */
  private endBake(copied: boolean): void {
    if (!this.baking) return;
    this.baking = false;
    const main = this.scene.cameras.main;
    for (const o of this.hiddenFromMain) o.cameraFilter &= ~(main?.id ?? 0);
    this.hiddenFromMain = [];
    if (copied) {
      this.stale = false;
      this.image?.setTexture(this.key).setPosition(main.scrollX, main.scrollY).setScale(1 / main.zoom);
    } else {
      this.stale = true;
      for (const o of this.baked) o.cameraFilter &= ~this.display.id;
      this.baked = [];
      this.useLive();
    }
  }

  private destroy(): void {
    this.scene.game.events.off(Phaser.Core.Events.PRE_RENDER, this.onPreRender);
    this.scene.game.events.off(Phaser.Core.Events.POST_RENDER, this.onPostRender);
    this.scene.game.renderer?.off(Phaser.Renderer.Events.RENDER, this.onCameraRender);
    this.scene.input?.off(Phaser.Input.Events.GAMEOBJECT_OVER, this.onHover);
    this.scene.input?.off(Phaser.Input.Events.GAMEOBJECT_OUT, this.onHover);
    this.scene.cameras?.main?.setAlpha(1);
    this.image = null; // destroyed with the scene's display list
    this.baked = [];
    if (this.scene.textures?.exists(this.key)) this.scene.textures.remove(this.key);
    this.texture = null;
  }
}
