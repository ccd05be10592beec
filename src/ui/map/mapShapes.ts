// The prebuilt map (assets/map/projected.json, written by `npm run map`) placed into a rectangle on screen.
// Its shapes were projected and simplified at build time; at start the game only scales and shifts them.
import type { PowerId } from '../../sim/ids';
import projectedData from '../../../assets/map/projected.json';
import { at } from '../../sim/indexing';
import { ringArea, type MapRect, type ProjectedLeg, type XY } from './geo';

/** The file's shape: one reference plane, rings delta-encoded in whole units, the rest as plain numbers. */
export interface ProjectedMapFile {
  source: string;
  view: [number, number, number, number]; // box (x0, y0, x1, y1) of the places that must always be in view
  countries: { id: string; name: string; rings: number[][] }[]; // each ring: x0, y0, dx1, dy1, dx2, dy2, …
  legs: Record<string, { sea: boolean; points: number[] }[]>; // route:<id> and corridor:<id>: x, y, x, y, …
  labels: Record<string, [number, number]>; // map label key → position
  anchors: Record<PowerId, [number, number]>; // where each partner's marker wants to sit
}

/** A country's rings in game pixels (outer rings and holes alike; fill with even-odd). */
export interface PlacedCountry {
  id: string;
  name: string;
  rings: XY[][];
}

/** Everything the map draws that sits at a real place, in game pixels for one rectangle. */
export interface PlacedMap {
  countries: PlacedCountry[];
  legs: Record<string, ProjectedLeg[]>;
  labels: Record<string, XY>;
  anchors: Record<PowerId, XY>;
}

/** Scale and shift from the reference plane to the screen. */
interface Frame {
  k: number;
  x: number;
  y: number;
}

/**
 * Fits the view box into `rect` less a margin, centred: the same arithmetic as d3-geo's fitExtent, which is exact
 * because a projection's output only scales and shifts with its scale and translate.
 */
export function fitFrame(view: ProjectedMapFile['view'], rect: MapRect, margin = 0.03): Frame {
  const w = rect.width * (1 - 2 * margin);
  const h = rect.height * (1 - 2 * margin);
  const [x0, y0, x1, y1] = view;
  const k = Math.min(w / (x1 - x0), h / (y1 - y0));
  return { k, x: rect.x + rect.width * margin + (w - k * (x1 - x0)) / 2 - k * x0, y: rect.y + rect.height * margin + (h - k * (y1 - y0)) / 2 - k * y0 };
}

/** Places a prebuilt map into `rect`, dropping rings smaller than `minArea` px² at that size. */
export function placeMap(rect: MapRect, data: ProjectedMapFile = projectedData as unknown as ProjectedMapFile, minArea = 0.5): PlacedMap {
  const f = fitFrame(data.view, rect);
  const place = ([x, y]: readonly [number, number]): XY => ({ x: f.x + f.k * x, y: f.y + f.k * y });
  const flat = (points: readonly number[]): XY[] => {
    const out: XY[] = [];
    for (let i = 0; i + 1 < points.length; i += 2) out.push({ x: f.x + f.k * at(points, i, 'map points'), y: f.y + f.k * at(points, i + 1, 'map points') });
    return out;
  };
  const delta = (ring: readonly number[]): XY[] => {
    const out: XY[] = [];
    let x = 0;
    let y = 0;
    for (let i = 0; i + 1 < ring.length; i += 2) {
      x += at(ring, i, 'map ring');
      y += at(ring, i + 1, 'map ring');
      out.push({ x: f.x + f.k * x, y: f.y + f.k * y });
    }
    return out;
  };
  return {
    countries: data.countries.map((c) => ({ id: c.id, name: c.name, rings: c.rings.map(delta).filter((ring) => Math.abs(ringArea(ring)) >= minArea) })),
    legs: Object.fromEntries(Object.entries(data.legs).map(([name, legs]) => [name, legs.map((leg) => ({ sea: leg.sea, points: flat(leg.points) }))])),
    labels: Object.fromEntries(Object.entries(data.labels).map(([key, p]) => [key, place(p)])),
    anchors: Object.fromEntries(Object.entries(data.anchors).map(([id, p]) => [id, place(p)])) as Record<PowerId, XY>,
  };
}
