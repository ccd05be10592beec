// The prebuilt map: assets/map/projected.json is up to date with its sources, and placed on screen it matches the live
// projection the game used to compute at start (same places, same Kazakhstan), so shipping it changes nothing visible.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import { buildProjectedMap, projectedMapText } from '../../scripts/mapAsset';
import { fitProjection, projectCountries, projectLegs, projectPoint } from '../../scripts/mapProjection';
import { distanceToPolyline, ringArea, type XY } from '../../src/ui/map/geo';
import { placeMap } from '../../src/ui/map/mapShapes';
import { CORRIDOR_LEGS, MAP_LABELS, PARTNER_ANCHORS, ROUTE_LEGS } from '../../src/ui/map/places';
import { CORRIDOR_IDS, POWER_IDS, ROUTE_IDS } from '../../src/sim/ids';
import { at, entry } from '../../src/sim/indexing';

const read = (file: string) => readFileSync(new URL(`../../assets/map/${file}`, import.meta.url), 'utf8');
const region = JSON.parse(read('region.json')) as FeatureCollection<Geometry, { name: string }>;
const GAME_RECT = { x: 0, y: 64, width: 780, height: 656 }; // where the game screen draws the map
const far = (a: XY, b: XY) => Math.hypot(a.x - b.x, a.y - b.y);

describe('the prebuilt map file', () => {
  it('is what `npm run map` writes from region.json and the map places (run it after changing either)', () => {
    expect(read('projected.json') === projectedMapText(buildProjectedMap(region)), 'assets/map/projected.json is stale: run `npm run map`').toBe(true);
  });

  it('is smaller than the lon/lat data it replaces', () => {
    expect(read('projected.json').length).toBeLessThan(read('region.json').length / 2);
  });
});

describe.each([GAME_RECT, { x: 0, y: 0, width: 1280, height: 720 }, { x: 100, y: 50, width: 1000, height: 900 }])('placed into %o', (rect) => {
  const placed = placeMap(rect);
  const live = fitProjection(rect);

  it('puts every route and corridor point, partner anchor and label where the live projection does (within half a pixel)', () => {
    // d3 resamples curves more finely at larger scales, so the lines are compared as lines, both ways
    const lines: [string, ReturnType<typeof projectLegs>][] = [
      ...ROUTE_IDS.map((id) => [`route:${id}`, projectLegs(live, ROUTE_LEGS[id])] as [string, ReturnType<typeof projectLegs>]),
      ...CORRIDOR_IDS.map((id) => [`corridor:${id}`, projectLegs(live, CORRIDOR_LEGS[id])] as [string, ReturnType<typeof projectLegs>]),
    ];
    for (const [name, legs] of lines) {
      const mine = entry(placed.legs, name);
      expect(mine.map((l) => l.sea), name).toEqual(legs.map((l) => l.sea));
      legs.forEach((leg, i) => {
        for (const p of leg.points) expect(distanceToPolyline(p, at(mine, i).points), name).toBeLessThan(0.5);
        for (const p of at(mine, i).points) expect(distanceToPolyline(p, leg.points), name).toBeLessThan(0.5);
      });
    }
    for (const id of POWER_IDS) expect(far(placed.anchors[id], projectPoint(live, PARTNER_ANCHORS[id].at)!)).toBeLessThan(0.5);
    for (const label of MAP_LABELS) expect(far(entry(placed.labels, label.key), projectPoint(live, label.at)!)).toBeLessThan(0.5);
  });

  it('draws each country with the area and extent the live projection gives it', () => {
    const liveCountries = projectCountries(live, region, 0.5);
    const area = (rings: XY[][]) => rings.reduce((sum, ring) => sum + ringArea(ring), 0);
    for (const name of ['Kazakhstan', 'Russia', 'China', 'Azerbaijan', 'Georgia', 'Turkey', 'Uzbekistan', 'Iran', 'Mongolia']) {
      const mine = placed.countries.find((c) => c.name === name)!;
      const theirs = liveCountries.find((c) => c.name === name)!;
      expect(Math.abs(area(mine.rings) - area(theirs.rings)) / Math.abs(area(theirs.rings)), name).toBeLessThan(0.005);
      const xs = (rings: XY[][]) => rings.flat().map((p) => p.x);
      expect(Math.abs(Math.min(...xs(mine.rings)) - Math.min(...xs(theirs.rings))), name).toBeLessThan(0.5);
      expect(Math.abs(Math.max(...xs(mine.rings)) - Math.max(...xs(theirs.rings))), name).toBeLessThan(0.5);
    }
  });
});
