// Paints the map's labels and markers (route badges, partner cards, lens tabs and panel, legend) with Canvas 2D.
// Painted into the map's one texture, they cost nothing per frame; the map then places invisible hit zones on the boxes.
import type { PowerId } from '../../sim/ids';
import type { XY } from './geo';
import type { MapLens, MapModel } from './mapModel';
import { textSize } from '../settings';
import { ALARM_WARNING, CORRIDOR_COLOUR, css, MAP_FONT, OKABE_ITO, radiusForValue, STATUS_STYLE } from './mapStyle';
import type { Translate } from './mapStrings';

/** A painted, clickable box in game coordinates (top-left, size) and the name its hit zone carries. */
export interface HitBox {
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

const INK = '#1f2328';
const BORDER = '#6b6558';
const TRACK = '#e4e0d6';

/** Sets the canvas font in the map's typeface. */
export function font(ctx: CanvasRenderingContext2D, px: number, bold = false, italic = false): void {
  ctx.font = `${italic ? 'italic ' : ''}${bold ? 'bold ' : ''}${Math.round(textSize(px))}px ${MAP_FONT}`; // never below the game's minimum
}

function box(ctx: CanvasRenderingContext2D, b: { x: number; y: number; w: number; h: number }, fill: string, border: string, lineWidth: number, alpha = 0.93): void {
  ctx.globalAlpha = alpha;
  ctx.fillStyle = fill;
  ctx.beginPath();
  ctx.roundRect(b.x, b.y, b.w, b.h, 3);
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.lineWidth = lineWidth;
  ctx.strokeStyle = border;
  ctx.stroke();
}

function text(ctx: CanvasRenderingContext2D, s: string, x: number, y: number, colour: string, align: CanvasTextAlign = 'left'): void {
  ctx.fillStyle = colour;
  ctx.textAlign = align;
  ctx.textBaseline = 'middle';
  ctx.fillText(s, x, y);
}

/** A label box centred on `at`, outlined in the route's status colour. */
export function paintBadge(ctx: CanvasRenderingContext2D, name: string, label: string, at: XY, accent: number, alpha: number, s: number, lit: boolean): HitBox {
  font(ctx, s * 0.85, true);
  const w = ctx.measureText(label).width + s * 0.8;
  const h = s * 1.45;
  const b = { name, x: at.x - w / 2, y: at.y - h / 2, w, h };
  ctx.globalAlpha = alpha;
  box(ctx, b, '#ffffff', lit ? INK : css(accent), lit ? 3 : 2, 0.92 * alpha);
  ctx.globalAlpha = alpha;
  text(ctx, label, at.x, at.y + 0.5, INK, 'center');
  ctx.globalAlpha = 1;
  return b;
}

/** Where a partner's card goes and which way its edge arrow points. */
export interface MarkerPlace {
  at: XY;
  edge: 'west' | 'south' | null;
}

/** Card size of a partner's marker (Russia's is taller: it carries the alarm). */
export const cardSize = (id: PowerId, s: number) => ({ w: s * (id === 'russia' ? 11 : 9.2), h: s * (id === 'russia' ? 4.3 : 2.9) });

/** A partner card: flag, name, relation gauge (−100…+100 from the centre), Russia's alarm, and the lens's bubble. */
export function paintPartner(
  ctx: CanvasRenderingContext2D, model: MapModel, id: PowerId, place: MarkerPlace, title: string, alarmText: string,
  flag: CanvasImageSource | null, s: number, lit: boolean, bubbleOnLeft = false,
): HitBox {
  const partner = model.partners.find((p) => p.id === id)!;
  const { w, h } = cardSize(id, s);
  const b = { name: `partner:${id}`, x: place.at.x - w / 2, y: place.at.y - h / 2, w, h };
  if (partner.bubbleValue > 0) {
    // the bubble sits beside the card (left of it near the map's right edge), its figure underneath
    const r = radiusForValue(partner.bubbleValue, partner.bubbleUnit ?? (partner.bubbleLabel.endsWith('%') ? 2 : 1), s / 12);
    const cx = bubbleOnLeft ? b.x - r - s * 0.3 : b.x + w + r + s * 0.3;
    const cy = place.at.y;
    ctx.beginPath();
    ctx.arc(cx, cy, r, 0, Math.PI * 2);
    ctx.globalAlpha = 0.35;
    ctx.fillStyle = css(OKABE_ITO.sky);
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.lineWidth = 2;
    ctx.strokeStyle = css(OKABE_ITO.blue);
    ctx.stroke();
    font(ctx, s, true);
    text(ctx, partner.bubbleLabel, cx, cy + r + s * 0.75, '#0b3d63', 'center');
  }
  ctx.fillStyle = BORDER;
  if (place.edge === 'west') {
    ctx.beginPath();
    ctx.moveTo(b.x - s * 1.1, place.at.y);
    ctx.lineTo(b.x - 1, place.at.y - s * 0.7);
    ctx.lineTo(b.x - 1, place.at.y + s * 0.7);
    ctx.fill();
  } else if (place.edge === 'south') {
    ctx.beginPath();
    ctx.moveTo(place.at.x, b.y + h + s * 1.1);
    ctx.lineTo(place.at.x - s * 0.7, b.y + h + 1);
    ctx.lineTo(place.at.x + s * 0.7, b.y + h + 1);
    ctx.fill();
  }
  const high = id === 'russia' && model.russiaAlarm >= ALARM_WARNING;
  box(ctx, b, '#ffffff', lit ? INK : high ? css(OKABE_ITO.vermillion) : BORDER, lit || high ? 3 : 1.5);
  const flagH = s * 1.2;
  if (flag) ctx.drawImage(flag, b.x + s * 0.4, b.y + s * 0.4, (flagH * 4) / 3, flagH);
  // Longer names (e.g. in Kazakh) shrink to stay inside the card.
  const room = w - s * 2.8;
  let size = s;
  font(ctx, size, true);
  while (size > s * 0.7 && ctx.measureText(title).width > room) font(ctx, (size -= s * 0.05), true);
  text(ctx, title, b.x + s * 2.4, b.y + s * 1.0, INK);
  // relation gauge: centre line at 0, bar towards +100 (blue) or −100 (vermillion)
  const left = b.x + s * 0.4;
  const top = b.y + s * 1.85;
  const width = w - s * 3.6;
  const mid = left + width / 2;
  const r = Math.max(-100, Math.min(100, partner.relation));
  const span = (width / 2) * (Math.abs(r) / 100);
  ctx.fillStyle = TRACK;
  ctx.fillRect(left, top, width, s * 0.55);
  ctx.fillStyle = css(r >= 0 ? OKABE_ITO.blue : OKABE_ITO.vermillion);
  ctx.fillRect(r >= 0 ? mid : mid - span, top, span, s * 0.55);
  ctx.fillStyle = INK;
  ctx.fillRect(mid - 0.75, top - 2, 1.5, s * 0.55 + 4);
  font(ctx, s * 0.9);
  text(ctx, `${r > 0 ? '+' : ''}${Math.round(r)}`, b.x + w - s * 0.4, top + s * 0.3, INK, 'right');
  if (id === 'russia') {
    font(ctx, s * 0.95, true);
    text(ctx, `${high ? '⚠ ' : ''}${alarmText}`, left, b.y + s * 3.15, high ? '#8f3a00' : '#8f5a00');
    const y = b.y + s * 3.85;
    ctx.fillStyle = TRACK;
    ctx.fillRect(left, y, w - s * 0.8, s * 0.3);
    ctx.fillStyle = css(high ? OKABE_ITO.vermillion : OKABE_ITO.orange);
    ctx.fillRect(left, y, ((w - s * 0.8) * Math.min(100, model.russiaAlarm)) / 100, s * 0.3);
  }
  return b;
}

/** The lens tabs along the map's top-left corner; the current lens is filled. */
export function paintLensTabs(ctx: CanvasRenderingContext2D, lenses: readonly MapLens[], current: MapLens, origin: XY, s: number, t: Translate, lit: string | null): HitBox[] {
  let x = origin.x;
  return lenses.map((lens) => {
    const label = t(`map.lens.${lens}`);
    font(ctx, s, true);
    const b = { name: `lens:${lens}`, x, y: origin.y, w: ctx.measureText(label).width + s * 1.2, h: s * 1.9 };
    const on = lens === current;
    box(ctx, b, on ? INK : '#ffffff', lit === b.name ? css(OKABE_ITO.blue) : INK, lit === b.name ? 3 : 1.5, 0.95);
    text(ctx, label, b.x + b.w / 2, b.y + b.h / 2 + 0.5, on ? '#ffffff' : INK, 'center');
    x += b.w + s * 0.4;
    return b;
  });
}

/** The lens panel (memberships, arsenal or trade as labelled bars), anchored at its top-right corner; returns its box. */
export function paintPanel(ctx: CanvasRenderingContext2D, panel: NonNullable<MapModel['panel']>, topRight: XY, s: number, colour: number): Omit<HitBox, 'name'> {
  const pad = s * 0.6;
  const rowH = s * 2.1;
  font(ctx, s);
  const barW = s * 9;
  const w = Math.max(barW, ...panel.rows.map((r) => ctx.measureText(r.label).width), (font(ctx, s, true), ctx.measureText(panel.title).width)) + pad * 2;
  const h = pad * 2 + s * 1.6 + panel.rows.length * rowH;
  const x = topRight.x - w;
  const y = topRight.y;
  box(ctx, { x, y, w, h }, '#ffffff', '#8a8374', 1, 0.92);
  font(ctx, s, true);
  text(ctx, panel.title, x + pad, y + pad + s * 0.5, INK);
  font(ctx, s);
  panel.rows.forEach((row, i) => {
    const ry = y + pad + s * 1.6 + i * rowH;
    text(ctx, row.label, x + pad, ry + s * 0.55, INK);
    ctx.fillStyle = TRACK;
    ctx.fillRect(x + pad, ry + s * 1.2, barW, s * 0.45);
    ctx.fillStyle = css(colour);
    ctx.fillRect(x + pad, ry + s * 1.2, (barW * Math.max(0, Math.min(row.value, row.max))) / row.max, s * 0.45);
  });
  return { x, y, w, h };
}

/** The legend, baked with the base map: a sample of each line style, so no status is told by colour alone. */
export function paintLegend(ctx: CanvasRenderingContext2D, bottomLeft: XY, s: number, t: Translate): void {
  const line = s * 1.45;
  const pad = s * 0.6;
  const sample = s * 2.6;
  const rows: [string, (y: number, x: number) => void][] = [
    ['map.legend.open', (y, x) => seg(ctx, x, y, x + sample, y, 5, css(STATUS_STYLE.open.colour), [])],
    ['map.legend.disrupted', (y, x) => seg(ctx, x, y, x + sample, y, 5, css(STATUS_STYLE.disrupted.colour), [s * 0.9, s * 0.6])],
    ['map.legend.banned', (y, x) => {
      const c = css(STATUS_STYLE.banned.colour);
      seg(ctx, x, y, x + sample, y, 2.5, c, [s * 0.45, s * 0.45]);
      const m = x + sample / 2;
      const r = s * 0.35;
      seg(ctx, m - r, y - r, m + r, y + r, 3, c, []);
      seg(ctx, m - r, y + r, m + r, y - r, 3, c, []);
    }],
    ['map.legend.corridor', (y, x) => {
      const c = css(CORRIDOR_COLOUR);
      seg(ctx, x, y, x + sample, y, 4, c, []);
      for (let i = 1; i < 5; i++) seg(ctx, x + (i * sample) / 5, y - 6, x + (i * sample) / 5, y + 6, 1.5, c, []);
    }],
    ['map.legend.sea', (y, x) => seg(ctx, x, y, x + sample, y, 4, css(STATUS_STYLE.open.colour), [s * 0.25, s * 0.4])],
  ];
  font(ctx, s);
  // The two notes on lines of their own, at the legend's size (readable on a projector).
  const notes = [t('map.legend.width'), t('map.legend.gauge')];
  const labelW = Math.max(...rows.map(([key]) => ctx.measureText(t(key)).width));
  const w = Math.max(sample + s * 0.8 + labelW, ...notes.map((n) => ctx.measureText(n).width)) + pad * 2;
  const h = pad * 2 + rows.length * line + notes.length * s * 1.25;
  const x = bottomLeft.x;
  const y = bottomLeft.y - h;
  box(ctx, { x, y, w, h }, '#ffffff', '#8a8374', 1, 0.9);
  rows.forEach(([key, draw], i) => {
    const ry = y + pad + i * line + line / 2;
    draw(ry, x + pad);
    font(ctx, s);
    text(ctx, t(key), x + pad + sample + s * 0.8, ry, INK);
  });
  font(ctx, s);
  notes.forEach((n, i) => text(ctx, n, x + pad, y + h - pad - s * 0.5 - (notes.length - 1 - i) * s * 1.25, '#4a4a4a'));
}

function seg(ctx: CanvasRenderingContext2D, x0: number, y0: number, x1: number, y1: number, width: number, colour: string, dash: number[]): void {
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.setLineDash(dash);
  ctx.lineWidth = width;
  ctx.strokeStyle = colour;
  ctx.lineCap = 'butt';
  ctx.stroke();
  ctx.setLineDash([]);
}
