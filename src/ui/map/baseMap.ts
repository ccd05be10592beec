// Bakes the static base map (water, countries, Kazakhstan, names) once into a canvas texture shown as one image.
// Drawing ~20,000 projected points as a live Graphics re-tessellates every frame (~450 ms); baked, a frame costs one image.
import Phaser from 'phaser';
import type { GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import regionData from '../../../assets/map/region.json';
import { projectCountries, projectPoint, type MapRect } from './geo';
import { BASE_COLOURS, MAP_FONT } from './mapStyle';
import { MAP_LABELS } from './places';
import type { Translate } from './mapStrings';

const region = regionData as unknown as FeatureCollection<Geometry, { name: string }>;
const HIGHLIGHT = 'Kazakhstan';

/**
 * Paints the base map with Canvas 2D into texture `key` at `resolution` × the rectangle's size (crisp when the game is
 * scaled up) and returns it as an Image placed over `rect`. Same mechanism as Graphics.generateTexture, plus text.
 */
export function bakeBaseMap(scene: Phaser.Scene, key: string, rect: MapRect, projection: GeoProjection, t: Translate, resolution: number): Phaser.GameObjects.Image {
  const w = Math.ceil(rect.width * resolution);
  const h = Math.ceil(rect.height * resolution);
  if (scene.textures.exists(key)) scene.textures.remove(key);
  const texture = scene.textures.createCanvas(key, w, h);
  if (!texture) throw new Error(`Map: could not create the canvas texture "${key}" (${w}×${h}).`);
  const ctx = texture.getContext();
  ctx.setTransform(resolution, 0, 0, resolution, -rect.x * resolution, -rect.y * resolution);

  ctx.fillStyle = BASE_COLOURS.water;
  ctx.fillRect(rect.x, rect.y, rect.width, rect.height);

  const countries = projectCountries(projection, region, 0.5);
  const trace = (rings: { x: number; y: number }[][]) => {
    ctx.beginPath();
    for (const ring of rings) {
      ring.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
      ctx.closePath();
    }
  };
  ctx.lineJoin = 'round';
  for (const country of countries) {
    const highlighted = country.name === HIGHLIGHT;
    trace(country.rings);
    ctx.fillStyle = highlighted ? BASE_COLOURS.kazakhstan : BASE_COLOURS.land;
    ctx.fill('evenodd');
    ctx.strokeStyle = BASE_COLOURS.landBorder;
    ctx.lineWidth = 0.8;
    ctx.stroke();
  }
  const kz = countries.find((c) => c.name === HIGHLIGHT);
  if (kz) {
    trace(kz.rings);
    ctx.strokeStyle = BASE_COLOURS.kazakhstanBorder;
    ctx.lineWidth = 2;
    ctx.stroke();
  }

  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const unit = Math.max(10, rect.width / 110);
  for (const label of MAP_LABELS) {
    const at = projectPoint(projection, label.at);
    if (!at) continue;
    const text = t(label.key);
    if (label.kind === 'kazakhstan') {
      ctx.font = `bold ${Math.round(unit * 1.6)}px ${MAP_FONT}`;
      ctx.fillStyle = BASE_COLOURS.kazakhstanLabel;
    } else if (label.kind === 'sea') {
      ctx.font = `italic ${Math.round(unit * 1.05)}px ${MAP_FONT}`;
      ctx.fillStyle = BASE_COLOURS.waterLabel;
    } else {
      ctx.font = `${Math.round(unit)}px ${MAP_FONT}`;
      ctx.fillStyle = BASE_COLOURS.countryLabel;
    }
    if ('letterSpacing' in ctx) (ctx as CanvasRenderingContext2D & { letterSpacing: string }).letterSpacing = label.kind === 'sea' ? '0px' : '2px';
    if (label.kind === 'sea') {
      const [first, ...rest] = text.split(' ');
      ctx.fillText(first, at.x, at.y - unit * 0.6);
      ctx.fillText(rest.join(' '), at.x, at.y + unit * 0.6);
    } else {
      ctx.fillText(text, at.x, at.y);
    }
  }
  ctx.strokeStyle = BASE_COLOURS.frame;
  ctx.lineWidth = 1;
  ctx.strokeRect(rect.x + 0.5, rect.y + 0.5, rect.width - 1, rect.height - 1);
  texture.refresh();

  return scene.add.image(rect.x, rect.y, key).setOrigin(0, 0).setDisplaySize(rect.width, rect.height).setName('map:base');
}
