// Pure map geometry in game pixels: rectangles, points, polylines (lengths, points along, dashes, distances), ring areas.
// Projection happens at build time (scripts/mapProjection.ts); the game works on the projected shapes.
import { at } from '../../sim/indexing';

/** A rectangle on screen (game pixels). */
export interface MapRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A projected point in game pixels. */
export interface XY {
  x: number;
  y: number;
}

/** Signed area of a ring by the shoelace formula (px²). */
export function ringArea(ring: readonly XY[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = at(ring, j, 'ring');
    const b = at(ring, i, 'ring');
    sum += (a.x - b.x) * (a.y + b.y);
  }
  return sum / 2;
}

/** A projected route leg: its points in game pixels and whether it crosses the sea. */
export interface ProjectedLeg {
  points: XY[];
  sea: boolean;
}

/** Total length of a polyline in pixels. */
export function polylineLength(points: readonly XY[]): number {
  let length = 0;
  for (let i = 1; i < points.length; i++) {
    const a = at(points, i - 1, 'polyline');
    const b = at(points, i, 'polyline');
    length += Math.hypot(b.x - a.x, b.y - a.y);
  }
  return length;
}

/** The point at `fraction` (0..1) of a polyline's length, with the direction of travel there (radians). */
export function pointAlong(points: readonly XY[], fraction: number): { at: XY; angle: number } {
  const target = polylineLength(points) * Math.min(1, Math.max(0, fraction));
  let walked = 0;
  for (let i = 1; i < points.length; i++) {
    const a = at(points, i - 1, 'polyline');
    const b = at(points, i, 'polyline');
    const step = Math.hypot(b.x - a.x, b.y - a.y);
    if (walked + step >= target && step > 0) {
      const t = (target - walked) / step;
      return { at: { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }, angle: Math.atan2(b.y - a.y, b.x - a.x) };
    }
    walked += step;
  }
  const last = points[points.length - 1] ?? { x: 0, y: 0 };
  return { at: last, angle: 0 };
}

/** Splits a polyline into dashes of `dash` px separated by `gap` px (for disrupted routes drawn without colour alone). */
export function dashPolyline(points: readonly XY[], dash: number, gap: number): XY[][] {
  const dashes: XY[][] = [];
  let drawing = true;
  let left = dash;
  let current: XY[] = points.slice(0, 1);
  for (let i = 1; i < points.length; i++) {
    let a = at(points, i - 1, 'polyline');
    const b = at(points, i, 'polyline');
    let step = Math.hypot(b.x - a.x, b.y - a.y);
    while (step > left) {
      const t = left / step;
      const cut = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
      if (drawing) {
        current.push(cut);
        dashes.push(current);
      }
      current = [cut];
      drawing = !drawing;
      step -= left;
      left = drawing ? dash : gap;
      a = cut;
    }
    left -= step;
    if (drawing) current.push(b);
  }
  if (drawing && current.length > 1) dashes.push(current);
  return dashes;
}

/** Distance from point `q` to the nearest segment of a polyline (for hover hit-testing of thin lines). */
export function distanceToPolyline(q: XY, points: readonly XY[]): number {
  let best = Infinity;
  for (let i = 1; i < points.length; i++) {
    const a = at(points, i - 1, 'polyline');
    const b = at(points, i, 'polyline');
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((q.x - a.x) * dx + (q.y - a.y) * dy) / len2));
    best = Math.min(best, Math.hypot(q.x - (a.x + t * dx), q.y - (a.y + t * dy)));
  }
  return best;
}
