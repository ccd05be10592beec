// Chart geometry without Phaser: value ranges, nice ticks, stacking and pixel points for line and stacked charts.
import { at } from '../sim/indexing';
/** A rectangle in game pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One data series: an id, a label written on the chart, a colour, and one value per turn. */
export interface Series {
  id: string;
  label: string;
  color: number;
  values: number[];
}

/** A chart laid out in pixels: per series its polyline (and for stacks the lower edge), plus axis ticks. */
export interface ChartLayout {
  lines: { id: string; label: string; color: number; top: { x: number; y: number }[]; bottom: { x: number; y: number }[] | null; last: number }[];
  ticks: { y: number; label: string }[];
  min: number;
  max: number;
}

/** A "nice" step (1, 2, 2.5, 5 × 10^n) so about `count` ticks cover `span`. */
export function niceStep(span: number, count = 4): number {
  if (!(span > 0)) return 1;
  const raw = span / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * mag;
}

/** Lays out series in `rect`: stacked (cumulative areas from zero) or as separate lines; `fixed` pins the range. */
export function layoutChart(series: readonly Series[], rect: Rect, options: { stacked: boolean; fixed?: [number, number] }): ChartLayout {
  const n = Math.max(0, ...series.map((s) => s.values.length));
  const shown = options.stacked ? series.filter((s) => s.values.some((v) => v > 0.05)) : series;
  const cumulative: number[][] = [];
  let running = new Array<number>(n).fill(0);
  for (const s of shown) {
    const lower = running;
    running = lower.map((v, i) => v + (options.stacked ? Math.max(0, s.values[i] ?? 0) : 0));
    cumulative.push(lower);
  }
  const all = options.stacked ? running : shown.flatMap((s) => s.values);
  let [min, max] = options.fixed ?? [options.stacked ? 0 : Math.min(0, ...all), Math.max(1, ...all)];
  const step = niceStep(max - min);
  if (!options.fixed) {
    min = Math.floor(min / step) * step;
    max = Math.ceil(max / step) * step;
  }
  const x = (i: number) => rect.x + (n <= 1 ? rect.width / 2 : (i / (n - 1)) * rect.width);
  const y = (v: number) => rect.y + rect.height - ((v - min) / (max - min || 1)) * rect.height;
  const lines = shown.map((s, k) => {
    const base = at(cumulative, k, 'stack bases');
    const topValues = s.values.map((v, i) => (options.stacked ? at(base, i, 'stack base') + Math.max(0, v) : v));
    return {
      id: s.id, label: s.label, color: s.color,
      top: topValues.map((v, i) => ({ x: x(i), y: y(v) })),
      bottom: options.stacked ? base.map((v, i) => ({ x: x(i), y: y(v) })) : null,
      last: s.values[s.values.length - 1] ?? 0,
    };
  });
  const ticks: ChartLayout['ticks'] = [];
  const tickStep = niceStep(max - min);
  for (let v = min; v <= max + tickStep / 1000; v += tickStep) ticks.push({ y: y(v), label: String(Math.round(v * 10) / 10) });
  return { lines, ticks, min, max };
}

/** Moves end labels apart vertically so none overlap (each at least `gap` px from the next), keeping order. */
export function spreadLabels(ys: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const out = new Array<number>(ys.length);
  let prev = top - gap;
  for (const o of order) {
    const y = Math.max(o.y, prev + gap);
    out[o.i] = y;
    prev = y;
  }
  const overflow = prev - bottom;
  return overflow > 0 ? out.map((y) => Math.max(top, y - overflow)) : out;
}

/**
 * Moves end labels of different heights apart (centres at `ys`, heights `hs`) so no two overlap, keeping order and
 * staying within [top, bottom] when they fit; when they do not fit they stack down from `top` without overlapping.
 */
export function spreadSized(ys: readonly number[], hs: readonly number[], top: number, bottom: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const out = new Array<number>(ys.length);
  let edge = top; // lowest edge used so far
  for (const o of order) {
    const half = at(hs, o.i, 'label heights') / 2;
    const y = Math.max(o.y, edge + half);
    out[o.i] = y;
    edge = y + half;
  }
  const highest = order[0];
  const overflow = Math.min(edge - bottom, highest ? at(out, highest.i, 'label centres') - at(hs, highest.i, 'label heights') / 2 - top : 0);
  return overflow > 0 ? out.map((y) => y - overflow) : out;
}

/** The series and turn under a pointer: for stacks the band it is in, for lines the nearest point within `reach` px (null: none). */
export function pickPoint(layout: ChartLayout, px: number, py: number, reach = 14): { id: string; index: number } | null {
  const n = Math.max(0, ...layout.lines.map((l) => l.top.length));
  if (n === 0) return null;
  const xs = layout.lines.find((l) => l.top.length === n)!.top.map((p) => p.x);
  const index = xs.reduce((best, x, i) => (Math.abs(x - px) < Math.abs(at(xs, best) - px) ? i : best), 0);
  if (Math.abs(at(xs, index) - px) > Math.max(reach, n > 1 ? Math.abs(at(xs, 1) - at(xs, 0)) / 2 : reach * 3)) return null;
  let best: { id: string; index: number } | null = null;
  let bestDistance = reach;
  for (const line of layout.lines) {
    const top = line.top[index];
    if (!top) continue;
    const bottom = line.bottom?.[index];
    if (bottom && py >= top.y - 2 && py <= bottom.y + 2 && bottom.y - top.y >= 2) return { id: line.id, index }; // inside this band
    const d = Math.abs(top.y - py);
    if (d < bestDistance) [best, bestDistance] = [{ id: line.id, index }, d];
  }
  return best;
}
