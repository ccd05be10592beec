// The game's look in one place: a newspaper data-graphics palette (Okabe–Ito, colour-blind safe), fonts and sizes.

/** The Okabe–Ito colour-blind-safe palette (as 0xRRGGBB numbers for Phaser). */
export const OKABE_ITO = {
  black: 0x000000,
  orange: 0xe69f00,
  sky: 0x56b4e9,
  green: 0x009e73,
  yellow: 0xf0e442,
  blue: 0x0072b2,
  vermillion: 0xd55e00,
  purple: 0xcc79a7,
} as const;

/** Surface and ink colours of the paper-like theme. */
export const COLORS = {
  paper: 0xf5f2ea,
  panel: 0xffffff,
  panelAlt: 0xece7dc,
  rule: 0xc9c2b3,
  ink: 0x1d2226,
  inkSoft: 0x5b6168,
  inkFaint: 0x8d939a,
  accent: 0x0072b2,
  focus: 0xe69f00,
  good: 0x009e73,
  bad: 0xd55e00,
  disabled: 0xdedad2,
  overlay: 0x1d2226,
} as const;

/** One fixed colour per power/partner so every chart and marker agrees (labels and shapes accompany colour). */
export const SERIES_COLORS = {
  russia: OKABE_ITO.vermillion,
  china: OKABE_ITO.orange,
  eu: OKABE_ITO.blue,
  us: OKABE_ITO.sky,
  turkey: OKABE_ITO.purple,
  azerbaijan: OKABE_ITO.green,
  gulf: 0xb5a300,
  centralAsia: 0x7f7f7f,
  other: 0xb0b0b0,
  west: OKABE_ITO.blue,
  domestic: OKABE_ITO.green,
  cpc: OKABE_ITO.vermillion,
  samara: 0xa0522d,
  btc: OKABE_ITO.green,
  rail: 0x7f7f7f,
  sovereignty: OKABE_ITO.blue,
  prosperity: OKABE_ITO.orange,
  security: OKABE_ITO.vermillion,
  stability: OKABE_ITO.green,
} as const satisfies Record<string, number>;

/** The colour of a series by id (grey for an id without one), for series whose ids are plain strings. */
export function seriesColor(id: string): number {
  const colors: Readonly<Partial<Record<string, number>>> = SERIES_COLORS;
  return colors[id] ?? 0x888888;
}

/** Marker shapes that tell series apart without colour. */
export const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross', 'ring', 'bar', 'star'] as const;
export type Marker = (typeof MARKERS)[number];

/** The font family used everywhere (PT Sans covers Cyrillic including Kazakh letters). */
export const FONT = '"PT Sans", sans-serif';

/** CSS colour string of a 0xRRGGBB number (for Phaser text styles). */
export const css = (color: number): string => `#${color.toString(16).padStart(6, '0')}`;

/** The game's base size; the canvas scales to fit the window. */
export const WIDTH = 1280;
export const HEIGHT = 720;
