// Display settings a player keeps between visits (larger text), stored outside the saves' 'multi-vector:' prefix.

const LARGE_TEXT_KEY = 'multi-vector-ui:large-text';

/** The smallest text the game draws, in layout pixels (1280×720): readable from the back of a classroom. */
export const MIN_TEXT = 14;
/** The smallest text with "Larger text" on: body text grows to this, titles keep their size. */
export const MIN_TEXT_LARGE = 17;

let large: boolean | null = null;

/** Whether the player asked for larger text (remembered in this browser; off if storage is unavailable). */
export function largeText(): boolean {
  if (large === null) {
    try {
      large = globalThis.localStorage?.getItem(LARGE_TEXT_KEY) === 'on';
    } catch {
      large = false;
    }
  }
  return large;
}

/** Turns larger text on or off and remembers it for the next visit; screens redraw after calling it. */
export function setLargeText(on: boolean): void {
  large = on;
  try {
    globalThis.localStorage?.setItem(LARGE_TEXT_KEY, on ? 'on' : 'off');
  } catch {
    // storage off: the choice lasts for this visit only
  }
}

/** The smallest text size now (14 px, or 17 px with larger text). */
export const minTextSize = (): number => (largeText() ? MIN_TEXT_LARGE : MIN_TEXT);

/** The size a label asked to be `px` is drawn at: never below the minimum. */
export const textSize = (px: number): number => Math.max(minTextSize(), px);
