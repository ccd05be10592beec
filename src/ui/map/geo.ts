// Pure map geometry: the conic projection fitted to a rectangle, and countries and routes projected to point arrays.
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPoint } from 'geojson';
import { PLACES, type LonLat, type PathLeg } from './places';

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

/** Centre and standard parallels of the region's conic conformal projection (Europe's east to western China). */
export const PROJECTION_CENTRE: LonLat = [60, 47];
export const STANDARD_PARALLELS: readonly [number, number] = [40, 55];

/** The places that must always be inside the map, whatever its rectangle's shape. */
export const VIEW_POINTS: readonly LonLat[] = [
  PLACES.ustLuga, PLACES.moscow, PLACES.istanbul, PLACES.ceyhan, PLACES.urumqi, PLACES.alashankou,
  PLACES.astana, [26.0, 44.0], [90.0, 48.0], [68.0, 57.5], [56.0, 36.0],
];

/** A d3 conic conformal projection for the region, fitted so VIEW_POINTS fill `rect` with a margin. */
export function fitProjection(rect: MapRect, margin = 0.03): GeoProjection {
  const padX = rect.width * margin;
  const padY = rect.height * margin;
  const view: MultiPoint = { type: 'MultiPoint', coordinates: VIEW_POINTS.map((c) => [c[0], c[1]]) };
  return geoConicConformal()
    .parallels([STANDARD_PARALLELS[0], STANDARD_PARALLELS[1]])
    .rotate([-PROJECTION_CENTRE[0], 0])
    .center([0, PROJECTION_CENTRE[1]])
    .fitExtent([[rect.x + padX, rect.y + padY], [rect.x + rect.width - padX, rect.y + rect.height - padY]], view);
}

/** Projects one lon/lat position to game pixels (null if the projection cannot place it). */
export function projectPoint(projection: GeoProjection, at: LonLat): XY | null {
  const xy = projection([at[0], at[1]]);
  return xy ? { x: xy[0], y: xy[1] } : null;
}

/**
 * Collects the rings geoPath draws into point arrays: d3-geo calls moveTo/lineTo/closePath on any context,
 * which lets the map hand plain polygons to Phaser (fillPoints) or use them as hit areas.
 */
class RingCollector {
  rings: XY[][] = [];
  private current: XY[] | null = null;
  beginPath(): void {
    this.current = null;
  }
  moveTo(x: number, y: number): void {
    this.current = [{ x, y }];
    this.rings.push(this.current);
  }
  lineTo(x: number, y: number): void {
    this.current?.push({ x, y });
  }
  closePath(): void {
    this.current = null;
  }
  arc(_x: number, _y: number, _radius: number, _start: number, _end: number): void {
    /* points are not drawn as circles on this map */
  }
  rect(_x: number, _y: number, _w: number, _h: number): void {
    /* no rectangles in country outlines */
  }
}

/** A country projected into closed rings (outer rings and holes alike; fill with even-odd or draw holes on top). */
export interface ProjectedCountry {
  id: string;
  name: string;
  rings: XY[][];
}

/** Projects every country of the regional collection into rings, dropping rings smaller than `minArea` px². */
export function projectCountries(
  projection: GeoProjection,
  countries: FeatureCollection<Geometry, { name: string }>,
  minArea = 1.5,
): ProjectedCountry[] {
  return countries.features.map((feature: Feature<Geometry, { name: string }>) => {
    const collector = new RingCollector();
    geoPath(projection, collector)(feature);
    const rings = collector.rings.filter((ring) => ring.length >= 3 && Math.abs(ringArea(ring)) >= minArea);
    return { id: String(feature.id ?? feature.properties.name), name: feature.properties.name, rings };
  });
}

/** Signed area of a ring by the shoelace formula (px²). */
export function ringArea(ring: readonly XY[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j].x - ring[i].x) * (ring[j].y + ring[i].y);
  }
  return sum / 2;
}

/** A projected route leg: its points in game pixels and whether it crosses the sea. */
export interface ProjectedLeg {
  points: XY[];
  sea: boolean;
}

/**
 * Projects route legs, densifying each segment along the great circle so long legs follow the projection's curve.
 */
export function projectLegs(projection: GeoProjection, legs: readonly PathLeg[]): ProjectedLeg[] {
  return legs.map((leg) => {
    const collector = new RingCollector();
    geoPath(projection, collector)({ type: 'LineString', coordinates: leg.points.map((c) => [c[0], c[1]]) });
    return { points: collector.rings.flat(), sea: leg.sea };
  });
}

/** Total length of a polyline in pixels. */
export function polylineLength(points: readonly XY[]): number {
  let length = 0;
  for (let i = 1; i < points.length; i++) length += Math.hypot(points[i].x - points[i - 1].x, points[i].y - points[i - 1].y);
  return length;
}

/** The point at `fraction` (0..1) of a polyline's length, with the direction of travel there (radians). */
export function pointAlong(points: readonly XY[], fraction: number): { at: XY; angle: number } {
  const target = polylineLength(points) * Math.min(1, Math.max(0, fraction));
  let walked = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
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
  let current: XY[] = points.length ? [points[0]] : [];
  for (let i = 1; i < points.length; i++) {
    let a = points[i - 1];
    const b = points[i];
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
    const a = points[i - 1];
    const b = points[i];
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((q.x - a.x) * dx + (q.y - a.y) * dy) / len2));
    best = Math.min(best, Math.hypot(q.x - (a.x + t * dx), q.y - (a.y + t * dy)));
  }
  return best;
}
