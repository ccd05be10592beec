// Turns the regional lon/lat data (assets/map/region.json) and the map's places into assets/map/projected.json:
// every shape already projected into one reference plane and simplified for the screen, so the game only scales it.
import type { FeatureCollection, Geometry } from 'geojson';
import { POWER_IDS, CORRIDOR_IDS, ROUTE_IDS } from '../src/sim/ids';
import { at } from '../src/sim/indexing';
import { CORRIDOR_LEGS, MAP_LABELS, PARTNER_ANCHORS, ROUTE_LEGS } from '../src/ui/map/places';
import type { ProjectedMapFile } from '../src/ui/map/mapShapes';
import type { XY } from '../src/ui/map/geo';
import { projectCountries, projectLegs, projectPoint, regionProjection, VIEW_GEOMETRY, VIEW_POINTS } from './mapProjection';

/** Width of the view (VIEW_POINTS' box) in the reference plane: about three device pixels per unit at the game's scale. */
export const REFERENCE_WIDTH = 2400;
/** Douglas–Peucker tolerance in reference units (under a third of a game pixel). */
const TOLERANCE = 0.75;
/** Rings smaller than this (reference units²) cannot show at any size the game draws the map. */
const MIN_RING_AREA = 4;

/** Douglas–Peucker simplification of an open polyline (first and last points kept). */
export function simplifyPoints(points: readonly XY[], tolerance: number): XY[] {
  if (points.length < 4) return [...points];
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    const a = at(points, first, 'points');
    const b = at(points, last, 'points');
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy);
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const p = at(points, i, 'points');
      const distance = len === 0 ? Math.hypot(p.x - a.x, p.y - a.y) : Math.abs(dy * p.x - dx * p.y + b.x * a.y - b.y * a.x) / len;
      if (distance > worstDistance) [worst, worstDistance] = [i, distance];
    }
    if (worst >= 0) {
      keep[worst] = true;
      stack.push([first, worst], [worst, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** Rounds a ring to whole units and writes it as x0, y0, then the differences to each next point (small numbers). */
function deltaEncode(points: readonly XY[]): number[] {
  const out: number[] = [];
  let px = 0;
  let py = 0;
  for (const p of points) {
    const x = Math.round(p.x);
    const y = Math.round(p.y);
    if (out.length && x === px && y === py) continue;
    out.push(x - px, y - py);
    [px, py] = [x, y];
  }
  return out;
}

const rounded = (p: XY | null): [number, number] => [Math.round((p?.x ?? 0) * 10) / 10, Math.round((p?.y ?? 0) * 10) / 10];

/** The prebuilt map: countries, route and corridor legs, label and partner positions, and the view's box. */
export function buildProjectedMap(region: FeatureCollection<Geometry, { name: string }>): ProjectedMapFile {
  const projection = regionProjection().fitWidth(REFERENCE_WIDTH, VIEW_GEOMETRY);
  const view = VIEW_POINTS.map((at) => projectPoint(projection, at)!);
  const countries = projectCountries(projection, region, MIN_RING_AREA)
    .map((country) => ({
      id: country.id,
      name: country.name,
      rings: country.rings.map((ring) => deltaEncode(simplifyPoints(ring, TOLERANCE))).filter((ring) => ring.length >= 6),
    }))
    .filter((country) => country.rings.length > 0);
  const legs: ProjectedMapFile['legs'] = {};
  const encodeLegs = (name: string, source: Parameters<typeof projectLegs>[1]) => {
    legs[name] = projectLegs(projection, source).map((leg) => ({ sea: leg.sea, points: leg.points.flatMap((p) => rounded(p)) }));
  };
  for (const id of ROUTE_IDS) encodeLegs(`route:${id}`, ROUTE_LEGS[id]);
  for (const id of CORRIDOR_IDS) encodeLegs(`corridor:${id}`, CORRIDOR_LEGS[id]);
  return {
    source: `${String((region as { source?: string }).source ?? 'assets/map/region.json')}; projected and simplified by scripts/build-map.ts`,
    view: [
      Math.min(...view.map((p) => p.x)), Math.min(...view.map((p) => p.y)), Math.max(...view.map((p) => p.x)), Math.max(...view.map((p) => p.y)),
    ].map((v) => Math.round(v * 1000) / 1000) as [number, number, number, number],
    countries,
    legs,
    labels: Object.fromEntries(MAP_LABELS.map((label) => [label.key, rounded(projectPoint(projection, label.at))])),
    anchors: Object.fromEntries(POWER_IDS.map((id) => [id, rounded(projectPoint(projection, PARTNER_ANCHORS[id].at))])) as ProjectedMapFile['anchors'],
  };
}

/** The file's text as build-map writes it (the freshness test compares against exactly this). */
export const projectedMapText = (map: ProjectedMapFile) => JSON.stringify(map) + '\n';
