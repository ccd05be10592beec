// Build-time map geometry with d3-geo: the region's conic projection and countries and routes projected through it.
// Only scripts/build-map.ts and the tests use it; the game reads the shapes it produced from assets/map/projected.json.
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPoint } from 'geojson';
import { PLACES, type LonLat, type PathLeg } from '../src/ui/map/places';
import { ringArea, type MapRect, type ProjectedLeg, type XY } from '../src/ui/map/geo';

/** Centre and standard parallels of the region's conic conformal projection (Europe's east to western China). */
export const PROJECTION_CENTRE: LonLat = [60, 47];
export const STANDARD_PARALLELS: readonly [number, number] = [40, 55];

/** The places that must always be inside the map, whatever its rectangle's shape. */
export const VIEW_POINTS: readonly LonLat[] = [
  PLACES.ustLuga, PLACES.moscow, PLACES.istanbul, PLACES.ceyhan, PLACES.urumqi, PLACES.alashankou,
  PLACES.astana, [26.0, 44.0], [90.0, 48.0], [68.0, 57.5], [56.0, 36.0],
];

/** VIEW_POINTS as one GeoJSON geometry (what the projection is fitted to). */
export const VIEW_GEOMETRY: MultiPoint = { type: 'MultiPoint', coordinates: VIEW_POINTS.map((c) => [c[0], c[1]]) };

/** The region's projection before fitting: conic conformal, rotated to the centre meridian. */
export function regionProjection(): GeoProjection {
  return geoConicConformal()
    .parallels([STANDARD_PARALLELS[0], STANDARD_PARALLELS[1]])
    .rotate([-PROJECTION_CENTRE[0], 0])
    .center([0, PROJECTION_CENTRE[1]]);
}

/** The projection fitted so VIEW_POINTS fill `rect` with a margin (what the game used to compute at start). */
export function fitProjection(rect: MapRect, margin = 0.03): GeoProjection {
  const padX = rect.width * margin;
  const padY = rect.height * margin;
  return regionProjection().fitExtent([[rect.x + padX, rect.y + padY], [rect.x + rect.width - padX, rect.y + rect.height - padY]], VIEW_GEOMETRY);
}

/** Projects one lon/lat position to pixels (null if the projection cannot place it). */
export function projectPoint(projection: GeoProjection, at: LonLat): XY | null {
  const xy = projection([at[0], at[1]]);
  return xy ? { x: xy[0], y: xy[1] } : null;
}

/**
 * Collects the rings geoPath draws into point arrays: d3-geo calls moveTo/lineTo/closePath on any context,
 * which turns its adaptive resampling of each shape into plain polygons.
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

/** A country projected into closed rings (outer rings and holes alike; fill with even-odd). */
export interface ProjectedCountry {
  id: string;
  name: string;
  rings: XY[][];
}

/** Projects every country of the regional collection into rings, dropping rings smaller than `minArea` px². */
export function projectCountries(projection: GeoProjection, countries: FeatureCollection<Geometry, { name: string }>, minArea = 1.5): ProjectedCountry[] {
  return countries.features.map((feature: Feature<Geometry, { name: string }>) => {
    const collector = new RingCollector();
    geoPath(projection, collector)(feature);
    const rings = collector.rings.filter((ring) => ring.length >= 3 && Math.abs(ringArea(ring)) >= minArea);
    return { id: String(feature.id ?? feature.properties.name), name: feature.properties.name, rings };
  });
}

/** Projects route legs, densifying each segment along the great circle so long legs follow the projection's curve. */
export function projectLegs(projection: GeoProjection, legs: readonly PathLeg[]): ProjectedLeg[] {
  return legs.map((leg) => {
    const collector = new RingCollector();
    geoPath(projection, collector)({ type: 'LineString', coordinates: leg.points.map((c) => [c[0], c[1]]) });
    return { points: collector.rings.flat(), sea: leg.sea };
  });
}
