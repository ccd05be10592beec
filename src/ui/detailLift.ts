// Where a card's details sit over the map: as drawn, unless they would hide the top of the goals panel below them.

/** Space (px) kept between the details' bottom and the goals panel's top. */
const GAP = 6;

/**
 * How far (px) to lift details drawn from `top` with `height` so that they end above the goals panel (whose top edge
 * is `goalsTop`, null when it is not shown), never above `ceiling` (just under the HUD). Details too tall to fit even
 * then are lifted to the ceiling and cover as little of the goals as they can.
 */
export function detailLift(top: number, height: number, goalsTop: number | null, ceiling: number): number {
  if (goalsTop === null) return 0;
  const overlap = top + height + GAP - goalsTop;
  return Math.max(0, Math.min(overlap, top - ceiling));
}
