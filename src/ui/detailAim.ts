// Which card's details stay open while the pointer travels from a card to its details panel ("menu aim"): the path
// from a card to a term in its details often crosses other cards, and switching to each of them would lose the term.

/** A point or rectangle in the scene's world coordinates. */
export interface Point { x: number; y: number }
export interface Rect { x: number; y: number; width: number; height: number }

/** How long the pointer may rest on another card inside the aim before that card's details replace the open ones. */
export const AIM_PAUSE_MS = 400;

/** What the pointer is over now, as the planning screen sees it. */
export interface AimInput {
  at: Point;
  card: string | null; // the card under the pointer, if any
  onDetails: boolean; // over the details panel or one of its terms
  shown: string | null; // the card whose details are open
  panel: Rect | null; // where those details are drawn
}

/** The decision: the card to show (null closes), and whether to look again after a pause (the pointer may be resting). */
export interface AimChoice { show: string | null; recheck: boolean }

/**
 * True when `q` lies in the convex hull of `p` and `r`, i.e. on some straight path from `p` into `r`: the ray from
 * `p` through `q` meets the rectangle at or beyond `q`.
 */
export function onWayTo(p: Point, r: Rect, q: Point): boolean {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  if (dx === 0 && dy === 0) return true;
  let enter = 0;
  let exit = Infinity;
  for (const [from, d, lo, hi] of [[p.x, dx, r.x, r.x + r.width], [p.y, dy, r.y, r.y + r.height]] as const) {
    if (d === 0) {
      if (from < lo || from > hi) return false;
      continue;
    }
    const a = (lo - from) / d;
    const b = (hi - from) / d;
    enter = Math.max(enter, Math.min(a, b));
    exit = Math.min(exit, Math.max(a, b));
  }
  return exit >= enter && exit >= 1;
}

/**
 * Keeps the open details while the pointer heads for them: the last point on the shown card is the anchor, and any
 * point on the way from it into the details panel keeps them, even over another card (which takes over after a pause,
 * see `recheck`). Over the details themselves the anchor is dropped, so a later move onto another card switches at once;
 * an anchor left on a card whose details are no longer shown (the keyboard moved them) counts for nothing.
 */
export class DetailAim {
  private anchor: { at: Point; card: string } | null = null;

  /** Decides what to show for the pointer's new position. */
  choose(input: AimInput): AimChoice {
    const { at, card, onDetails, shown, panel } = input;
    if (shown !== null && onDetails) {
      this.anchor = null;
      return { show: shown, recheck: false };
    }
    if (card !== null && card === shown) {
      this.anchor = { at, card };
      return { show: shown, recheck: false };
    }
    if (shown !== null && this.anchor?.card === shown && panel && onWayTo(this.anchor.at, panel, at)) return { show: shown, recheck: true };
    this.anchor = card === null ? null : { at, card };
    return { show: card, recheck: false };
  }

  /** Decides after a pause: the pointer rests, so whatever it is over wins. */
  settle(input: AimInput): AimChoice {
    this.anchor = null;
    return this.choose(input);
  }

}
