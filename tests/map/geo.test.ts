// The map's geometry: the regional data holds the countries a player must see, and places land where geography puts them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import { dashPolyline, distanceToPolyline, pointAlong, polylineLength, ringArea } from '../../src/ui/map/geo';
import { fitProjection, projectCountries, projectLegs, projectPoint } from '../../scripts/mapProjection';
import { CORRIDOR_LEGS, PARTNER_ANCHORS, PLACES, ROUTE_LEGS } from '../../src/ui/map/places';
import { CORRIDOR_IDS, POWER_IDS, ROUTE_IDS } from '../../src/sim/ids';

const region = JSON.parse(readFileSync(new URL('../../assets/map/region.json', import.meta.url), 'utf8')) as FeatureCollection<Geometry, { name: string }>;
const rect = { x: 0, y: 0, width: 1280, height: 720 };
const projection = fitProjection(rect);
const at = (lonLat: readonly [number, number]) => projectPoint(projection, lonLat)!;
const inside = (p: { x: number; y: number }) => p.x >= rect.x && p.x <= rect.width && p.y >= rect.y && p.y <= rect.height;

describe('regional map data', () => {
  it('keeps the countries of the game and stays small', () => {
    const names = region.features.map((f) => f.properties.name);
    for (const name of ['Kazakhstan', 'Russia', 'China', 'Azerbaijan', 'Georgia', 'Turkey', 'Uzbekistan', 'Turkmenistan', 'Iran', 'Ukraine', 'Mongolia']) {
      expect(names).toContain(name);
    }
    expect(readFileSync(new URL('../../assets/map/region.json', import.meta.url)).length).toBeLessThan(150 * 1024);
  });

  it('projects Kazakhstan as a large country in the middle of the map', () => {
    const countries = projectCountries(projection, region);
    const kz = countries.find((c) => c.name === 'Kazakhstan')!;
    const area = kz.rings.reduce((sum, ring) => sum + Math.abs(ringArea(ring)), 0);
    expect(area).toBeGreaterThan(rect.width * rect.height * 0.05);
    const xs = kz.rings.flat().map((p) => p.x);
    expect(Math.min(...xs)).toBeGreaterThan(rect.width * 0.2);
    expect(Math.max(...xs)).toBeLessThan(rect.width * 0.95);
  });
});

describe('projection', () => {
  it('puts every place the routes use inside the map, with west left of east and north above south', () => {
    for (const place of Object.values(PLACES)) expect(inside(at(place))).toBe(true);
    expect(at(PLACES.baku).x).toBeLessThan(at(PLACES.aktau).x); // the Caspian lies between them
    expect(at(PLACES.moscow).y).toBeLessThan(at(PLACES.ceyhan).y);
    expect(at(PLACES.astana).y).toBeLessThan(at(PLACES.almaty).y);
  });

  it('keeps the same layout when the rectangle moves or grows', () => {
    const big = fitProjection({ x: 100, y: 50, width: 1920, height: 1080 });
    const a = projectPoint(big, PLACES.astana)!;
    const b = at(PLACES.astana);
    expect((a.x - 100) / 1920).toBeCloseTo(b.x / 1280, 2);
    expect((a.y - 50) / 1080).toBeCloseTo(b.y / 720, 2);
  });

  it('projects every route, corridor and partner anchor inside the map', () => {
    for (const id of ROUTE_IDS) for (const leg of projectLegs(projection, ROUTE_LEGS[id])) expect(leg.points.every(inside)).toBe(true);
    for (const id of CORRIDOR_IDS) for (const leg of projectLegs(projection, CORRIDOR_LEGS[id])) expect(leg.points.length).toBeGreaterThan(1);
    for (const id of POWER_IDS) expect(inside(at(PARTNER_ANCHORS[id].at))).toBe(true);
  });

  it('draws the Aktau–Baku leg of the BTC route as a sea crossing', () => {
    const legs = projectLegs(projection, ROUTE_LEGS.btc);
    expect(legs.map((l) => l.sea)).toEqual([true, false]);
  });
});

describe('polyline helpers', () => {
  const line = [{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 50 }];

  it('measures length and finds points along it', () => {
    expect(polylineLength(line)).toBe(150);
    expect(pointAlong(line, 0.5).at).toEqual({ x: 75, y: 0 });
    expect(pointAlong(line, 0.9).angle).toBeCloseTo(Math.PI / 2);
  });

  it('splits a line into dashes that cover about dash/(dash+gap) of it', () => {
    const dashes = dashPolyline(line, 10, 5);
    const drawn = dashes.reduce((sum, d) => sum + polylineLength(d), 0);
    expect(dashes.length).toBe(10);
    expect(drawn).toBeCloseTo(100, 5);
  });

  it('measures how far a pointer is from the line', () => {
    expect(distanceToPolyline({ x: 50, y: 10 }, line)).toBe(10);
    expect(distanceToPolyline({ x: 110, y: 25 }, line)).toBe(10);
  });
});
