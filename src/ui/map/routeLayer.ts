// Draws the per-turn overlay of routes and corridors into one Graphics: width by flow, colour and pattern by status.
import Phaser from 'phaser';
import { dashPolyline, pointAlong, polylineLength, type ProjectedLeg, type XY } from './geo';
import { CORRIDOR_COLOUR, STATUS_STYLE, widthForFlow } from './mapStyle';
import type { CorridorVisual, RouteVisual } from './mapModel';

const CASING = 0xffffff;

const v2 = (points: readonly XY[]) => points.map((p) => new Phaser.Math.Vector2(p.x, p.y));

function strokeLine(g: Phaser.GameObjects.Graphics, points: readonly XY[], width: number, colour: number, alpha: number): void {
  if (points.length < 2) return;
  g.lineStyle(width, colour, alpha);
  g.strokePoints(v2(points), false, false);
  if (width >= 4 && alpha >= 0.99) {
    // round joints so thick polylines do not show notches where segments meet
    g.fillStyle(colour, alpha);
    for (let i = 1; i < points.length - 1; i++) g.fillCircle(points[i].x, points[i].y, width / 2);
  }
}

function strokePattern(g: Phaser.GameObjects.Graphics, points: readonly XY[], width: number, colour: number, alpha: number, dash: number, gap: number): void {
  for (const piece of dashPolyline(points, dash, gap)) strokeLine(g, piece, width, colour, alpha);
}

/** Draws an ✕ of size `r` at `at` (banned routes carry these so the status is not colour alone). */
function cross(g: Phaser.GameObjects.Graphics, at: XY, r: number, colour: number, alpha: number): void {
  g.lineStyle(Math.max(2, r / 2.5), colour, alpha);
  g.lineBetween(at.x - r, at.y - r, at.x + r, at.y + r);
  g.lineBetween(at.x - r, at.y + r, at.x + r, at.y - r);
}

/** Redraws every route: white casing, then the line in its status colour and pattern; sea legs dotted. */
export function drawRoutes(g: Phaser.GameObjects.Graphics, routes: readonly RouteVisual[], legs: Record<string, ProjectedLeg[]>, scale: number, highlighted: string | null): void {
  for (const route of routes) {
    const style = STATUS_STYLE[route.status];
    const lit = highlighted === `route:${route.id}`;
    const alpha = lit ? 1 : route.emphasis;
    const width = route.status === 'banned' ? 2.5 * scale : widthForFlow(route.flowMt, scale);
    for (const leg of legs[route.id] ?? []) {
      strokeLine(g, leg.points, width + 3 * scale, CASING, alpha * 0.85);
      if (leg.sea) strokePattern(g, leg.points, width, style.colour, alpha, 3 * scale, 5 * scale);
      else if (style.pattern === 'dashed') strokePattern(g, leg.points, width, style.colour, alpha, 12 * scale, 8 * scale);
      else if (style.pattern === 'crossed') {
        strokePattern(g, leg.points, width, style.colour, alpha, 6 * scale, 6 * scale);
        const length = polylineLength(leg.points);
        const count = Math.max(1, Math.floor(length / (70 * scale)));
        for (let i = 0; i < count; i++) cross(g, pointAlong(leg.points, (i + 0.5) / count).at, 6 * scale, style.colour, alpha);
      } else strokeLine(g, leg.points, width, style.colour, alpha);
      if (lit) strokeLine(g, leg.points, 1.5 * scale, 0x000000, 0.9);
    }
  }
}

/** Redraws every goods corridor as a green line with cross-ties every few pixels (reads as rail). */
export function drawCorridors(g: Phaser.GameObjects.Graphics, corridors: readonly CorridorVisual[], legs: Record<string, ProjectedLeg[]>, scale: number, highlighted: string | null): void {
  for (const corridor of corridors) {
    const lit = highlighted === `corridor:${corridor.id}`;
    const alpha = lit ? 1 : corridor.emphasis;
    const width = widthForFlow(corridor.volumeMt, scale * 0.8);
    for (const leg of legs[corridor.id] ?? []) {
      strokeLine(g, leg.points, width + 3 * scale, CASING, alpha * 0.7);
      if (leg.sea) strokePattern(g, leg.points, width, CORRIDOR_COLOUR, alpha, 3 * scale, 5 * scale);
      else strokeLine(g, leg.points, width, CORRIDOR_COLOUR, alpha);
      if (!leg.sea && alpha > 0.4) {
        const length = polylineLength(leg.points);
        const ties = Math.floor(length / (16 * scale));
        g.lineStyle(Math.max(1, scale * 1.2), CORRIDOR_COLOUR, alpha);
        for (let i = 1; i < ties; i++) {
          const { at, angle } = pointAlong(leg.points, i / ties);
          const half = width / 2 + 3 * scale;
          const nx = -Math.sin(angle) * half;
          const ny = Math.cos(angle) * half;
          g.lineBetween(at.x - nx, at.y - ny, at.x + nx, at.y + ny);
        }
      }
      if (lit) strokeLine(g, leg.points, 1.5 * scale, 0x000000, 0.9);
    }
  }
}
