// Real coordinates (longitude, latitude) of the places the map names, and the polylines of routes and corridors.
import type { CorridorId, PowerId, RouteId } from '../../sim/ids';

/** A geographic position as [longitude, latitude] in degrees (GeoJSON order). */
export type LonLat = readonly [number, number];

/** Cities, terminals and border crossings the routes run through (approximate city/terminal centres). */
export const PLACES = {
  astana: [71.43, 51.13],
  almaty: [76.95, 43.24],
  atyrau: [51.92, 47.11],
  tengiz: [53.38, 46.15],
  aktau: [51.2, 43.65],
  atasu: [71.63, 48.68],
  kenkiyak: [57.06, 48.58],
  baku: [49.87, 40.41],
  tbilisi: [44.79, 41.72],
  ceyhan: [35.82, 36.87],
  novorossiysk: [37.77, 44.72],
  samara: [50.1, 53.2],
  alashankou: [82.57, 45.17],
  dostyk: [82.48, 45.25],
  khorgos: [80.38, 44.21],
  moscow: [37.62, 55.76],
  urumqi: [87.62, 43.83],
  istanbul: [28.98, 41.01],
  poti: [41.67, 42.15],
  batumi: [41.64, 41.65],
  ustLuga: [28.32, 59.68],
  orenburg: [55.1, 51.77],
  kars: [43.09, 40.6],
  brusselsEdge: [21.0, 50.8], // where the arrow towards Brussels leaves the map
  ankara: [32.85, 39.93],
  gulfEdge: [53.0, 36.6], // where the arrow towards the Gulf leaves the map
} as const satisfies Record<string, LonLat>;

/** Name of one of the map's places. */
export type PlaceId = keyof typeof PLACES;

/** One drawable path of a route or corridor: its waypoints and whether it crosses the sea (drawn differently). */
export interface PathLeg {
  points: readonly LonLat[];
  sea: boolean;
}

const p = (...ids: PlaceId[]): LonLat[] => ids.map((id) => PLACES[id]);

/** Oil export routes drawn as legs between real places (FACTS OIL4). */
export const ROUTE_LEGS: Record<RouteId, readonly PathLeg[]> = {
  // CPC: Tengiz → Atyrau → along the northern Caspian shore → Novorossiysk terminal.
  cpc: [{ points: [...p('tengiz', 'atyrau'), [47.9, 46.3], [44.2, 45.4], [40.4, 45.1], PLACES.novorossiysk], sea: false }],
  // Atyrau–Samara pipeline into the Russian Transneft system.
  samara: [{ points: p('atyrau', 'samara'), sea: false }],
  // Aktau tankers across the Caspian to Baku, then Baku–Tbilisi–Ceyhan pipeline.
  btc: [
    { points: p('aktau', 'baku'), sea: true },
    { points: [...p('baku', 'tbilisi'), [42.7, 40.9], PLACES.kars, [40.0, 39.3], [37.5, 37.9], PLACES.ceyhan], sea: false },
  ],
  // Kazakhstan–China pipeline: Kenkiyak → Atasu → Alashankou.
  china: [{ points: [...p('kenkiyak'), [62.5, 47.8], [67.6, 47.9], PLACES.atasu, [77.2, 46.7], PLACES.alashankou], sea: false }],
  // Rail tank cars north-west through Russia to the Baltic (Ust-Luga).
  rail: [{ points: [...p('atyrau', 'samara'), [44.0, 54.3], PLACES.moscow, [31.6, 58.5], PLACES.ustLuga], sea: false }],
};

/** Goods corridors drawn as legs between real places. */
export const CORRIDOR_LEGS: Record<CorridorId, readonly PathLeg[]> = {
  // Northern: China → Dostyk → Astana → Russia → Europe.
  northern: [{ points: [...p('dostyk'), [78.5, 50.0], PLACES.astana, [63.6, 53.2], PLACES.orenburg, PLACES.samara, PLACES.moscow, [29.0, 53.5], PLACES.brusselsEdge], sea: false }],
  // Middle Corridor (TITR): Dostyk → Aktau → ship → Baku → Tbilisi → Poti and Kars → Turkey.
  middle: [
    { points: [...p('dostyk'), [74.0, 45.9], [68.0, 45.3], [61.0, 44.4], [55.0, 43.9], PLACES.aktau], sea: false },
    { points: p('aktau', 'baku'), sea: true },
    { points: [...p('baku', 'tbilisi', 'poti')], sea: false },
    { points: [...p('tbilisi', 'kars'), [37.0, 39.8], PLACES.ankara, PLACES.istanbul], sea: false },
  ],
  // China–Europe trains through Khorgos, across Kazakhstan and Russia.
  khorgos: [{ points: [...p('urumqi', 'khorgos', 'almaty'), [69.6, 42.3], [65.5, 44.8], [61.4, 50.3], PLACES.orenburg, [46.0, 51.6], [36.5, 51.8], [30.5, 52.0], PLACES.brusselsEdge], sea: false }],
};

/** Where each partner's marker sits: inside its territory, or at the map's edge pointing towards it. */
export const PARTNER_ANCHORS: Record<PowerId, { at: LonLat; edge: boolean }> = {
  russia: { at: [47.5, 57.0], edge: false },
  china: { at: [88.5, 40.2], edge: false },
  eu: { at: [19.5, 48.2], edge: true },
  us: { at: [17.5, 55.2], edge: true },
  turkey: { at: [33.0, 38.6], edge: false },
  azerbaijan: { at: [47.0, 37.6], edge: false },
  gulf: { at: [55.6, 37.4], edge: true },
};

/** Where country and sea names are written (hand-placed so they avoid routes and markers). */
export const MAP_LABELS: readonly { key: string; at: LonLat; kind: 'country' | 'kazakhstan' | 'sea' }[] = [
  { key: 'map.country.Kazakhstan', at: [65.5, 50.4], kind: 'kazakhstan' },
  { key: 'map.country.Russia', at: [60.0, 58.2], kind: 'country' },
  { key: 'map.country.China', at: [92.0, 38.5], kind: 'country' },
  { key: 'map.country.Mongolia', at: [93.0, 48.6], kind: 'country' },
  { key: 'map.country.Uzbekistan', at: [63.8, 41.6], kind: 'country' },
  { key: 'map.country.Turkmenistan', at: [58.8, 39.3], kind: 'country' },
  { key: 'map.country.Kyrgyzstan', at: [74.5, 41.4], kind: 'country' },
  { key: 'map.country.Afghanistan', at: [65.5, 34.5], kind: 'country' },
  { key: 'map.country.Iran', at: [54.5, 33.5], kind: 'country' },
  { key: 'map.country.Georgia', at: [43.6, 42.3], kind: 'country' },
  { key: 'map.country.Turkey', at: [35.0, 39.2], kind: 'country' },
  { key: 'map.country.Ukraine', at: [31.5, 49.2], kind: 'country' },
  { key: 'map.country.Belarus', at: [28.0, 53.6], kind: 'country' },
  { key: 'map.country.Poland', at: [19.5, 52.2], kind: 'country' },
  { key: 'map.country.Romania', at: [25.0, 45.8], kind: 'country' },
  { key: 'map.country.Finland', at: [26.0, 62.5], kind: 'country' },
  { key: 'map.country.Iraq', at: [43.5, 33.5], kind: 'country' },
  { key: 'map.sea.caspian', at: [51.3, 39.2], kind: 'sea' },
  { key: 'map.sea.black', at: [34.0, 43.3], kind: 'sea' },
];
