// The map's look in one place: a colour-blind-safe palette (Okabe–Ito), line patterns per status, fonts and sizes.
import type { RouteStatus } from '../../sim/ids';

/** Okabe–Ito colours (the game's one palette, from the theme): distinguishable with the common colour-vision deficiencies. */
import { OKABE_ITO } from '../theme';

export { OKABE_ITO };

/** Calm base-map colours (CSS strings: the base map is painted with Canvas 2D). */
export const BASE_COLOURS = {
  water: '#c6dae8',
  waterLabel: '#4d7391',
  land: '#ebe7de',
  landBorder: '#b3ab9c',
  kazakhstan: '#f5d58f',
  kazakhstanBorder: '#8a6a1f',
  countryLabel: '#7a7264',
  kazakhstanLabel: '#5b4510',
  frame: '#8a8374',
} as const;

/** Colour and line pattern of each route status: colour never carries the meaning alone. */
export const STATUS_STYLE: Record<RouteStatus, { colour: number; pattern: 'solid' | 'dashed' | 'crossed' }> = {
  open: { colour: OKABE_ITO.blue, pattern: 'solid' },
  disrupted: { colour: OKABE_ITO.orange, pattern: 'dashed' },
  banned: { colour: OKABE_ITO.vermillion, pattern: 'crossed' },
};

/** Goods corridors are drawn in green with cross-ties, like a railway. */
export const CORRIDOR_COLOUR = OKABE_ITO.green;

/** Line width in pixels for an annual flow (Mt), square-root scaled so small routes stay visible. */
export function widthForFlow(flowMt: number, scale = 1): number {
  return scale * Math.min(16, 2 + 1.9 * Math.sqrt(Math.max(0, flowMt)));
}

/** Bubble radius in pixels for a value, area-proportional to it. */
export function radiusForValue(value: number, unit: number, scale = 1): number {
  return scale * Math.max(6, Math.min(48, Math.sqrt(Math.max(0, value) / unit) * 6));
}

/** Words for Russia's alarm so the gauge reads without knowing the scale (the same bands as the HUD's). */
export { alarmLevel } from '../alarm';

/** Alarm from which the map marks Russia's card with a warning sign and a thick vermillion border. */
export const ALARM_WARNING = 50;

/** The UI font (loaded by the game before text is created) with fallbacks. */
export const MAP_FONT = '"PT Sans", "Noto Sans", Arial, sans-serif';

/** Hex number → CSS colour string. */
export const css = (colour: number): string => `#${colour.toString(16).padStart(6, '0')}`;
