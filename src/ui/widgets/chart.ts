// A small chart widget: stacked areas or lines over turns, drawn with Graphics, labelled at the line ends (not colour alone).
import Phaser from 'phaser';
import { layoutChart, pickPoint, spreadSized, type Rect, type Series } from '../chartModel';
import { num } from '../format';
import { at } from '../../sim/indexing';
import { COLORS, MARKERS, type Marker } from '../theme';
import { label, shrinkToWidth } from './text';

/** What to draw: title, series, stacked or lines, optional fixed range and x labels (first and last turn). */
export interface ChartOptions {
  title: string;
  stacked: boolean;
  fixed?: [number, number];
  xLabels?: [string, string];
  turning?: number[]; // indexes of turns to mark with a vertical rule
  onPoint?: (seriesId: string, index: number) => void; // when given, a click on a point (or a stack's band) reports which
  name?: string; // the name of the plot's click zone (e.g. 'chart:pillars'), for tests and the focus ring
}

function marker(g: Phaser.GameObjects.Graphics, shape: Marker, x: number, y: number, r: number): void {
  switch (shape) {
    case 'circle': g.fillCircle(x, y, r); break;
    case 'square': g.fillRect(x - r, y - r, r * 2, r * 2); break;
    case 'triangle': g.fillTriangle(x, y - r * 1.2, x - r * 1.1, y + r * 0.9, x + r * 1.1, y + r * 0.9); break;
    case 'diamond': g.fillTriangle(x, y - r * 1.3, x - r * 1.1, y, x + r * 1.1, y).fillTriangle(x, y + r * 1.3, x - r * 1.1, y, x + r * 1.1, y); break;
    case 'cross': g.fillRect(x - r, y - r / 3, r * 2, (r * 2) / 3).fillRect(x - r / 3, y - r, (r * 2) / 3, r * 2); break;
    case 'ring': g.strokeCircle(x, y, r); break;
    case 'bar': g.fillRect(x - r * 1.3, y - r / 2, r * 2.6, r); break;
    case 'star': g.fillTriangle(x, y - r * 1.3, x - r, y + r, x + r, y + r).fillTriangle(x, y + r * 0.6, x - r * 1.2, y - r * 0.5, x + r * 1.2, y - r * 0.5); break;
  }
}

const v2 = (pts: { x: number; y: number }[]) => pts.map((p) => new Phaser.Math.Vector2(p.x, p.y));

/** Draws one chart into `rect`; returns its objects so the caller can destroy them on redraw. */
export function drawChart(scene: Phaser.Scene, rect: Rect, series: Series[], options: ChartOptions): Phaser.GameObjects.GameObject[] {
  const made: Phaser.GameObjects.GameObject[] = [];
  made.push(shrinkToWidth(label(scene, rect.x, rect.y, options.title, { size: 16, bold: true }), rect.width, 14));
  // End labels (marker + name + last value) are measured first: the label column widens to the longest one (up to
  // 42% of the chart), and a label still too long wraps onto a second line instead of being cut.
  // (The layout may leave out some series, so the labels are made for the lines it keeps; the plot's size does not change which.)
  const kept = layoutChart(series, { x: 0, y: 0, width: 100, height: 100 }, { stacked: options.stacked, fixed: options.fixed }).lines;
  const endLabels = kept.map((l) => label(scene, rect.x + rect.width, rect.y, `${l.label} ${num(l.last, 0)}`, { size: 14, color: COLORS.ink }));
  const widest = Math.max(0, ...endLabels.map((l) => l.width));
  const labelWidth = Math.round(Math.min(Math.max(96, widest + 16), rect.width * 0.42));
  const plot = { x: rect.x + 38, y: rect.y + 28, width: rect.width - 38 - labelWidth, height: rect.height - 28 - 22 };
  const layout = layoutChart(series, plot, { stacked: options.stacked, fixed: options.fixed });
  const g = scene.add.graphics();
  made.push(g);
  g.lineStyle(1, COLORS.rule, 1);
  for (const tick of layout.ticks) {
    g.lineBetween(plot.x, tick.y, plot.x + plot.width, tick.y);
    made.push(label(scene, plot.x - 4, tick.y, num(Number(tick.label), 1), { size: 14, color: COLORS.inkFaint }).setOrigin(1, 0.5));
  }
  const n = Math.max(0, ...series.map((s) => s.values.length));
  for (const i of options.turning ?? []) {
    const x = plot.x + (n <= 1 ? plot.width / 2 : (i / (n - 1)) * plot.width);
    g.lineStyle(2, COLORS.ink, 0.5).lineBetween(x, plot.y, x, plot.y + plot.height);
  }
  layout.lines.forEach((line, k) => {
    const shape = at(MARKERS, k % MARKERS.length, 'markers');
    if (line.bottom && line.top.length === 1) {
      // One turn so far: a stacked bar says "share of one total" better than floating markers.
      const top = at(line.top, 0, 'chart points');
      const bottom = at(line.bottom, 0, 'chart points');
      g.fillStyle(line.color, 0.8).fillRect(top.x - 18, top.y, 36, Math.max(1, bottom.y - top.y));
      return;
    } else if (line.bottom && line.top.length > 1) {
      g.fillStyle(line.color, 0.55);
      g.fillPoints(v2([...line.top, ...[...line.bottom].reverse()]), true);
      g.lineStyle(1.5, line.color, 1).strokePoints(v2(line.top));
    } else if (line.top.length > 1) {
      g.lineStyle(2.5, line.color, 1).strokePoints(v2(line.top));
    }
    g.fillStyle(line.color, 1).lineStyle(2, line.color, 1);
    const step = Math.max(1, Math.ceil(line.top.length / 8));
    line.top.forEach((p, i) => {
      if (i % step === 0 || i === line.top.length - 1) marker(g, shape, p.x, p.y, line.top.length > 12 ? 3 : 4);
    });
  });
  // End labels: marker shape + name + last value, spread apart so they never overlap.
  const ends = layout.lines.map((l) => {
    const last = l.top[l.top.length - 1];
    if (!last) return plot.y;
    const prev = l.bottom?.[l.bottom.length - 1] ?? last;
    return l.bottom ? (last.y + prev.y) / 2 : last.y;
  });
  const room = labelWidth - 16;
  for (const end of endLabels) {
    if (end.width <= room) continue;
    // a joined name ("Atyrau–Samara") may break after its dash rather than mid-word
    end.setText(end.text.replace(/([–—/])(?=\S)/g, '$1 ')).setWordWrapWidth(room, true);
  }
  const ys = spreadSized(ends, endLabels.map((l) => Math.max(14, l.height)), plot.y - 6, plot.y + plot.height + 14);
  layout.lines.forEach((l, k) => {
    const lx = plot.x + plot.width + 6;
    g.fillStyle(l.color, 1).lineStyle(2, l.color, 1);
    const end = at(endLabels, k, 'end labels');
    const y = at(ys, k, 'end label positions');
    // The marker sits by the first line; a wrapped label keeps its value on the last line, never cut.
    marker(g, at(MARKERS, k % MARKERS.length, 'markers'), lx + 4, y - end.height / 2 + 8, 4);
    made.push(end.setPosition(lx + 12, y).setOrigin(0, 0.5));
  });
  if (options.xLabels && options.xLabels[0] === options.xLabels[1]) {
    made.push(label(scene, plot.x + plot.width / 2, plot.y + plot.height + 4, options.xLabels[0], { size: 14, color: COLORS.inkSoft }).setOrigin(0.5, 0));
  } else if (options.xLabels) {
    const y = plot.y + plot.height + 4;
    const first = label(scene, plot.x, y, options.xLabels[0], { size: 14, color: COLORS.inkSoft });
    const last = label(scene, plot.x + plot.width, y, options.xLabels[1], { size: 14, color: COLORS.inkSoft }).setOrigin(1, 0);
    if (first.width + last.width + 8 <= plot.width) made.push(first, last);
    else {
      // A narrow plot (long dates in Russian or Kazakh): one centred "first → last" under the plot, never two that overlap.
      first.destroy();
      last.setText(`${options.xLabels[0]} → ${options.xLabels[1]}`).setOrigin(0.5, 0).setX(plot.x + plot.width / 2);
      const room = plot.width + labelWidth * 0.6;
      if (shrinkToWidth(last, room, 14).width > room) last.setText(options.xLabels[1]); // still too long: the latest date alone
      made.push(last);
    }
  }
  const onPoint = options.onPoint;
  if (onPoint) {
    // One zone over the plot (not one per point): a click picks the nearest point or the band under the pointer.
    const zone = scene.add.zone(plot.x - 8, plot.y - 8, plot.width + 16, plot.height + 16).setOrigin(0, 0).setName(options.name ?? 'chart').setInteractive({ useHandCursor: true });
    zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, (p: Phaser.Input.Pointer) => {
      const hit = pickPoint(layout, p.worldX, p.worldY);
      if (hit) queueMicrotask(() => onPoint(hit.id, hit.index));
    });
    made.push(zone);
  }
  return made;
}
