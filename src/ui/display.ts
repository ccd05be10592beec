// The real pixel size the game draws at: the 1280×720 layout fitted to the window in device pixels, and its zoom.
import { HEIGHT, WIDTH } from './theme';

/** The largest canvas (in device pixels) the game draws at, so a 4K projector does not starve a weak GPU. */
export const MAX_DEVICE_WIDTH = 3840;

/** Canvas pixels and the camera zoom that maps the 1280×720 layout onto them. */
export interface DeviceSize {
  width: number;
  height: number;
  zoom: number;
}

/**
 * The canvas size for a window of `cssWidth`×`cssHeight` CSS pixels at `dpr` device pixels per CSS pixel: the
 * 16:9 box that fits the window, in device pixels (so nothing is upscaled by the browser), and the zoom from the
 * logical layout to it.
 */
export function deviceSize(cssWidth: number, cssHeight: number, dpr: number): DeviceSize {
  const ratio = Number.isFinite(dpr) && dpr > 0 ? dpr : 1;
  const fitCss = Math.min(Math.max(1, cssWidth), Math.max(1, cssHeight) * (WIDTH / HEIGHT));
  const width = Math.max(320, Math.min(MAX_DEVICE_WIDTH, Math.round(fitCss * ratio)));
  const height = Math.round((width * HEIGHT) / WIDTH);
  return { width, height, zoom: width / WIDTH };
}

let zoom = 1;

/** Device pixels per layout pixel now (texture resolutions follow it so text and the map stay sharp). */
export const renderZoom = (): number => zoom;

/** Records the zoom the cameras now use (called by the display controller only). */
export function setRenderZoom(value: number): void {
  zoom = Number.isFinite(value) && value > 0 ? value : 1;
}
