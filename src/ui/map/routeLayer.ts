// Paints the per-turn overlay of routes and corridors with Canvas 2D: width by flow, colour and pattern by status.
// Painted only when the world, lens or highlight changes; a live Graphics would re-tessellate every frame instead.
import { pointAlong, polylineLength, type ProjectedLeg, type XY } from './geo';
import { CORRIDOR_COLOUR, css, STATUS_STYLE, widthForFlow } from './mapStyle';
import type { CorridorVisual, RouteVisual } from './mapModel';

const CASING = '#ffffff';

function stroke(ctx: CanvasRenderingContext2D, points: readonly XY[], width: number, colour: string, alpha: number, dash: number[] = []): void {
  if (points.length < 2) return;
  ctx.beginPath();
  points.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
  ctx.setLineDash(dash);
  ctx.lineWidth = width;
  ctx.strokeStyle = colour;
  ctx.globalAlpha = alpha;
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
}

/** Draws an ✕ of half-size `r` at `at` (banned routes carry these so the status is not colour alone). */
function cross(ctx: CanvasRenderingContext2D, at: XY, r: number, colour: string, alpha: number): void {
  stroke(ctx, [{ x: at.x - r, y: at.y - r }, { x: at.x + r, y: at.y + r }], Math.max(2, r / 2), colour, alpha);
  stroke(ctx, [{ x: at.x - r, y: at.y + r }, { x: at.x + r, y: at.y - r }], Math.max(2, r / 2), colour, alpha);
}

/** Paints every route: white casing, then the line in its status colour and pattern; sea legs dotted. */
export function drawRoutes(ctx: CanvasRenderingContext2D, routes: readonly RouteVisual[], legs: Record<string, ProjectedLeg[]>, scale: number, highlighted: string | null): void {
  ctx.lineJoin = 'round';
  for (const route of routes) {
    const style = STATUS_STYLE[route.status];
    const colour = css(style.colour);
    const lit = highlighted === `route:${route.id}`;
    const alpha = lit ? 1 : route.emphasis;
    const width = route.status === 'banned' ? 2.5 * scale : widthForFlow(route.flowMt, scale);
    for (const leg of legs[route.id] ?? []) {
      ctx.lineCap = 'round';
      stroke(ctx, leg.points, width + 3 * scale, CASING, alpha * 0.85);
      ctx.lineCap = 'butt';
      if (leg.sea) stroke(ctx, leg.points, width, colour, alpha, [3 * scale, 5 * scale]);
      else if (style.pattern === 'dashed') stroke(ctx, leg.points, width, colour, alpha, [12 * scale, 8 * scale]);
      else if (style.pattern === 'crossed') {
        stroke(ctx, leg.points, width, colour, alpha, [6 * scale, 6 * scale]);
        const count = Math.max(1, Math.floor(polylineLength(leg.points) / (70 * scale)));
        for (let i = 0; i < count; i++) cross(ctx, pointAlong(leg.points, (i + 0.5) / count).at, 6 * scale, colour, alpha);
      } else {
        ctx.lineCap = 'round';
        stroke(ctx, leg.points, width, colour, alpha);
      }
      if (lit) stroke(ctx, leg.points, 1.5 * scale, '#000000', 0.9);
    }
  }
}

/** Paints every goods corridor as a green line with cross-ties (reads as rail). */
export function drawCorridors(ctx: CanvasRenderingContext2D, corridors: readonly CorridorVisual[], legs: Record<string, ProjectedLeg[]>, scale: number, highlighted: string | null): void {
  const colour = css(CORRIDOR_COLOUR);
  ctx.lineJoin = 'round';
  for (const corridor of corridors) {
    const lit = highlighted === `corridor:${corridor.id}`;
    const alpha = lit ? 1 : corridor.emphasis;
    const width = widthForFlow(corridor.volumeMt, scale * 0.8);
    for (const leg of legs[corridor.id] ?? []) {
      ctx.lineCap = 'round';
      stroke(ctx, leg.points, width + 3 * scale, CASING, alpha * 0.7);
      if (leg.sea) stroke(ctx, leg.points, width, colour, alpha, [3 * scale, 5 * scale]);
      else stroke(ctx, leg.points, width, colour, alpha);
      ctx.lineCap = 'butt';
      if (!leg.sea && alpha > 0.4) {
        const ties = Math.floor(polylineLength(leg.points) / (16 * scale));
        for (let i = 1; i < ties; i++) {
          const { at, angle } = pointAlong(leg.points, i / ties);
          const half = width / 2 + 3 * scale;
          const nx = -Math.sin(angle) * half;
          const ny = Math.cos(angle) * half;
          stroke(ctx, [{ x: at.x - nx, y: at.y - ny }, { x: at.x + nx, y: at.y + ny }], Math.max(1, scale * 1.2), colour, alpha);
        }
      }
      if (lit) stroke(ctx, leg.points, 1.5 * scale, '#000000', 0.9);
    }
  }
}
