// `npm run map`: writes assets/map/region.json (Natural Earth 1:50m countries from world-atlas, cropped to the game's
// region and simplified, in lon/lat) and from it assets/map/projected.json, the shapes the game draws, already projected.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { geoArea } from 'd3-geo';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { at } from '../src/sim/indexing';
import { fitProjection } from './mapProjection';
import { buildProjectedMap, projectedMapText } from './mapAsset';

type Ring = Position[];

/** A position's longitude and latitude (every position in these borders has both). */
const lonLat = (p: Position): [number, number] => [at(p, 0, 'position'), at(p, 1, 'position')];
type Box = { west: number; east: number; south: number; north: number };

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const TOLERANCE_DEG = 0.04; // Douglas–Peucker tolerance: ~4 km, under a pixel at 1920 px across ~5000 km
const DECIMALS = 2;

/** The lon/lat box that covers the map for any reasonable rectangle shape, with a margin. */
function regionBox(): Box {
  const box: Box = { west: 180, east: -180, south: 90, north: -90 };
  const shapes: [number, number][] = [[1600, 900], [1200, 900], [1800, 900], [1000, 900]];
  for (const [width, height] of shapes) {
    const projection = fitProjection({ x: 0, y: 0, width, height });
    for (let i = 0; i <= 40; i++) {
      const edgePoints: [number, number][] = [[(width * i) / 40, 0], [(width * i) / 40, height], [0, (height * i) / 40], [width, (height * i) / 40]];
      for (const [x, y] of edgePoints) {
        const ll = projection.invert?.([x, y]);
        if (!ll) continue;
        box.west = Math.min(box.west, ll[0]);
        box.east = Math.max(box.east, ll[0]);
        box.south = Math.min(box.south, ll[1]);
        box.north = Math.max(box.north, ll[1]);
      }
    }
  }
  const pad = 2;
  return { west: Math.floor(box.west - pad), east: Math.ceil(box.east + pad), south: Math.floor(box.south - pad), north: Math.ceil(box.north + pad) };
}

/** Sutherland–Hodgman clipping of one ring against one edge of the box. */
function clipEdge(ring: Ring, inside: (p: Position) => boolean, cross: (a: Position, b: Position) => Position): Ring {
  const out: Ring = [];
  for (let i = 0; i < ring.length; i++) {
    const current = at(ring, i, 'ring');
    const previous = at(ring, (i + ring.length - 1) % ring.length, 'ring');
    if (inside(current)) {
      if (!inside(previous)) out.push(cross(previous, current));
      out.push(current);
    } else if (inside(previous)) {
      out.push(cross(previous, current));
    }
  }
  return out;
}

/** Clips a ring (planar in lon/lat, which is fine for a box that does not cross the antimeridian). */
function clipRing(ring: Ring, box: Box): Ring {
  const atLon = (lon: number) => (a: Position, b: Position): Position => {
    const [ax, ay] = lonLat(a);
    const [bx, by] = lonLat(b);
    return [lon, ay + ((by - ay) * (lon - ax)) / (bx - ax)];
  };
  const atLat = (lat: number) => (a: Position, b: Position): Position => {
    const [ax, ay] = lonLat(a);
    const [bx, by] = lonLat(b);
    return [ax + ((bx - ax) * (lat - ay)) / (by - ay), lat];
  };
  let r = ring.slice(0, -1); // open the ring
  r = clipEdge(r, (p) => lonLat(p)[0] >= box.west, atLon(box.west));
  r = clipEdge(r, (p) => lonLat(p)[0] <= box.east, atLon(box.east));
  r = clipEdge(r, (p) => lonLat(p)[1] >= box.south, atLat(box.south));
  r = clipEdge(r, (p) => lonLat(p)[1] <= box.north, atLat(box.north));
  return r;
}

/** Douglas–Peucker simplification of an open ring's points. */
function simplify(points: Ring, tolerance: number): Ring {
  if (points.length < 4) return points;
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let worst = -1;
    let worstDistance = tolerance;
    const [ax, ay] = lonLat(at(points, first, 'ring'));
    const [bx, by] = lonLat(at(points, last, 'ring'));
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy);
    for (let i = first + 1; i < last; i++) {
      const [px, py] = lonLat(at(points, i, 'ring'));
      const distance = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (distance > worstDistance) {
        worst = i;
        worstDistance = distance;
      }
    }
    if (worst >= 0) {
      keep[worst] = true;
      stack.push([first, worst], [worst, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

const round = (v: number) => Math.round(v * 10 ** DECIMALS) / 10 ** DECIMALS;

/** Clips, simplifies and rounds one polygon; null if nothing of it is left in the box. */
function cropPolygon(rings: Ring[], box: Box): Ring[] | null {
  const out: Ring[] = [];
  const lons = at(rings, 0, 'polygon').map((p) => lonLat(p)[0]);
  if (Math.max(...lons) > 170 && Math.min(...lons) < -170) {
    // Russia's main ring runs past 180°E: unwrap it so the planar clip sees one continuous shape
    rings = rings.map((ring) => ring.map((p) => {
      const [lon, lat] = lonLat(p);
      return lon < 0 ? [lon + 360, lat] : p;
    }));
  }
  for (const ring of rings) {
    const clipped = simplify(clipRing(ring, box), TOLERANCE_DEG).map((p): [number, number] => {
      const [lon, lat] = lonLat(p);
      return [round(lon), round(lat)];
    });
    const unique = clipped.filter((p, i) => {
      const previous = clipped[i - 1];
      return !previous || p[0] !== previous[0] || p[1] !== previous[1];
    });
    if (unique.length < 3) {
      if (out.length === 0) return null; // outer ring gone: drop the polygon
      continue;
    }
    out.push([...unique, at(unique, 0, 'ring')]);
  }
  if (!out.length) return null;
  // d3-geo reads rings spherically: an outer ring wound the wrong way means "the whole globe except this"
  if (geoArea({ type: 'Polygon', coordinates: out }) > 2 * Math.PI) out.forEach((ring) => ring.reverse());
  return out;
}

function main(): void {
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const world = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const box = regionBox();
  const features: Feature<MultiPolygon, { name: string }>[] = [];
  for (const country of world.features) {
    if (!country.geometry) continue;
    const polygons = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
    const kept = polygons.map((rings) => cropPolygon(rings, box)).filter((rings): rings is Ring[] => rings !== null);
    if (kept.length === 0) continue;
    features.push({ type: 'Feature', id: country.id, properties: { name: country.properties.name }, geometry: { type: 'MultiPolygon', coordinates: kept } });
  }
  const collection = { type: 'FeatureCollection', bbox: [box.west, box.south, box.east, box.north], source: 'Natural Earth 1:50m via world-atlas 2.0.2, cropped and simplified by scripts/build-map.ts', features };
  const out = resolve(root, 'assets/map/region.json');
  mkdirSync(dirname(out), { recursive: true });
  const text = JSON.stringify(collection);
  writeFileSync(out, text + '\n');
  console.log(`box ${JSON.stringify(box)}; ${features.length} countries; ${(text.length / 1024).toFixed(1)} KB → ${out}`);
  console.log(features.map((f) => f.properties.name).join(', '));
  const projected = projectedMapText(buildProjectedMap(collection as unknown as FeatureCollection<Polygon | MultiPolygon, { name: string }>));
  const projectedOut = resolve(root, 'assets/map/projected.json');
  writeFileSync(projectedOut, projected);
  console.log(`projected shapes: ${(projected.length / 1024).toFixed(1)} KB → ${projectedOut}`);
}

main();
