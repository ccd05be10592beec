// Bakes the static base map (water, countries, Kazakhstan, names) once into an offscreen canvas.
// Drawing ~15,000 projected points as a live Graphics re-tessellates every frame (~450 ms); baked, it is one image.
import type { MapRect } from './geo';
import type { PlacedMap } from './mapShapes';
import { textSize } from '../settings';
import { BASE_COLOURS, MAP_FONT } from './mapStyle';
import { MAP_LABELS } from './places';
import type { Translate } from './mapStrings';

const HIGHLIGHT = 'Kazakhstan';

/**
 * Paints the base map with Canvas 2D at `resolution` × the rectangle's size (crisp when the game is scaled up) into an
 * offscreen canvas that the map copies under its overlay. Same mechanism as Graphics.generateTexture, plus text.
 */
export function bakeBaseMap(rect: MapRect, placed: PlacedMap, t: Translate, resolution: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(rect.width * resolution);
  canvas.height = Math.ceil(rect.height * resolution);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(`Map: no 2D canvas context for a ${canvas.width}×${canvas.height} base map.`);
  ctx.setTransform(resolution, 0, 0, resolution, -rect.x * resolution, -rect.y * resolution);

  ctx.fillStyle = BASE_COLOURS.water;
  ctx.fillRect(rect.x, rect.y, rect.width, rect.height);

  const countries = placed.countries;
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
  const unit = textSize(Math.max(10, rect.width / 110)); // country names at the game's minimum text size
  for (const label of MAP_LABELS) {
    const at = placed.labels[label.key];
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
      const [first = '', ...rest] = text.split(' ');
      ctx.fillText(first, at.x, at.y - unit * 0.6);
      ctx.fillText(rest.join(' '), at.x, at.y + unit * 0.6);
    } else {
      ctx.fillText(text, at.x, at.y);
    }
  }
  ctx.strokeStyle = BASE_COLOURS.frame;
  ctx.lineWidth = 1;
  ctx.strokeRect(rect.x + 0.5, rect.y + 0.5, rect.width - 1, rect.height - 1);
  return canvas;
}
