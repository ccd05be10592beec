// Keeps the canvas at the window's real pixel size and zooms every scene's cameras so the 1280×720 layout fills it.
import Phaser from 'phaser';
import { deviceSize, setRenderZoom, type DeviceSize } from './display';
import { requestRender } from './renderOnDemand';

/** The size the game should start at (before Phaser exists), from the window now. */
export function initialDeviceSize(): DeviceSize {
  const size = deviceSize(window.innerWidth, window.innerHeight, window.devicePixelRatio || 1);
  setRenderZoom(size.zoom);
  return size;
}

/** Zooms a scene's cameras about their top-left corner, so layout pixel (x, y) lands at (x·zoom, y·zoom). */
function zoomCameras(scene: Phaser.Scene, zoom: number): void {
  for (const camera of scene.cameras?.cameras ?? []) if (camera.zoom !== zoom || camera.originX !== 0) camera.setOrigin(0, 0).setZoom(zoom);
}

/**
 * Follows window size and device pixel ratio: resizes the canvas backing store to the fitted box in device pixels
 * (Phaser's FIT mode then shows it 1:1) and zooms the cameras of every scene as it starts. Input stays right because
 * Phaser maps pointer positions through the same camera zoom.
 */
export function installCrispDisplay(game: Phaser.Game, initial: DeviceSize): void {
  let current = initial;
  const apply = () => {
    const next = deviceSize(window.innerWidth, window.innerHeight, window.devicePixelRatio || 1);
    if (next.width === current.width && next.height === current.height) return;
    current = next;
    setRenderZoom(next.zoom);
    game.scale.setGameSize(next.width, next.height);
    for (const scene of game.scene.getScenes(false)) zoomCameras(scene, next.zoom);
    requestRender(); // the render gate draws the resized frame
  };
  // Every scene's cameras follow the zoom: checked before each frame (a handful of cameras), so scenes started or
  // restarted at any time, and cameras they add, are zoomed before they are drawn or clicked.
  game.events.on(Phaser.Core.Events.PRE_RENDER, () => {
    for (const scene of game.scene.getScenes(true)) zoomCameras(scene, current.zoom);
  });
  game.events.once(Phaser.Core.Events.READY, apply);
  let pending = 0;
  window.addEventListener('resize', () => {
    window.clearTimeout(pending);
    pending = window.setTimeout(apply, 100);
  });
}
