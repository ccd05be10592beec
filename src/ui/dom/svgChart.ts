// Charts as SVG for the print view and the class view: lines over turns (the game's chart layout) and horizontal bars.
import { at } from '../../sim/indexing';
import { layoutChart, spreadLabels, type Series } from '../chartModel';
import { css, FONT } from '../theme';
import { h, svg } from './dom';

/** A line chart with its title, y ticks, first/last x labels and a legend at the line ends. */
export function lineChartSvg(title: string, series: readonly Series[], options: { fixed?: [number, number]; xLabels: [string, string]; turning?: number[] }): HTMLElement {
  const W = 560;
  const H = 220;
  const plot = { x: 44, y: 14, width: 340, height: 170 };
  const layout = layoutChart(series, plot, { stacked: false, fixed: options.fixed });
  const n = Math.max(0, ...series.map((s) => s.values.length));
  const xAt = (i: number) => plot.x + (n <= 1 ? plot.width / 2 : (i / (n - 1)) * plot.width);
  const g = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': title, 'font-family': FONT, 'font-size': 12 });
  for (const i of options.turning ?? []) g.append(svg('rect', { x: xAt(i) - 4, y: plot.y, width: 8, height: plot.height, fill: '#fbe9c6' }));
  for (const tick of layout.ticks) {
    g.append(svg('line', { x1: plot.x, x2: plot.x + plot.width, y1: tick.y, y2: tick.y, stroke: '#d8d2c4', 'stroke-width': 1 }));
    g.append(svg('text', { x: plot.x - 6, y: tick.y + 4, 'text-anchor': 'end', fill: '#555' }, tick.label));
  }
  g.append(svg('text', { x: plot.x, y: plot.y + plot.height + 18, fill: '#555' }, options.xLabels[0]));
  g.append(svg('text', { x: plot.x + plot.width, y: plot.y + plot.height + 18, 'text-anchor': 'end', fill: '#555' }, options.xLabels[1]));
  const labelYs = spreadLabels(layout.lines.map((l) => l.top[l.top.length - 1]?.y ?? 0), 15, plot.y + 4, plot.y + plot.height);
  layout.lines.forEach((line, k) => {
    const d = line.top.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('');
    g.append(svg('path', { d, fill: 'none', stroke: css(line.color), 'stroke-width': 2.5 }));
    const end = line.top[line.top.length - 1];
    if (!end) return;
    g.append(svg('line', { x1: end.x, y1: end.y, x2: end.x + 8, y2: at(labelYs, k, 'label positions'), stroke: css(line.color), 'stroke-width': 1 }));
    g.append(svg('text', { x: end.x + 12, y: at(labelYs, k, 'label positions') + 4, fill: '#1d2226' }, `${line.label} ${Math.round(line.last)}`));
  });
  return h('figure', { className: 'chart-figure' }, h('figcaption', {}, title), g);
}

/** Horizontal bars (label, count) scaled to the largest, with the count written at the bar's end. */
export function barChartSvg(title: string, bars: readonly { label: string; value: number; color: number }[]): HTMLElement {
  const W = 560;
  const row = 28;
  const H = Math.max(1, bars.length) * row + 10;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const g = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': title, 'font-family': FONT, 'font-size': 13 });
  bars.forEach((b, i) => {
    const y = 6 + i * row;
    const w = (b.value / max) * 300;
    g.append(svg('text', { x: 200, y: y + 17, 'text-anchor': 'end', fill: '#1d2226' }, b.label));
    g.append(svg('rect', { x: 208, y: y + 3, width: Math.max(2, w), height: row - 8, fill: css(b.color) }));
    g.append(svg('text', { x: 214 + w, y: y + 17, fill: '#1d2226', 'font-weight': 700 }, String(b.value)));
  });
  return h('figure', { className: 'chart-figure' }, h('figcaption', {}, title), g);
}

/** One row of dots per series (e.g. each pillar's score for every student) on a 0–100 scale. */
export function dotStripSvg(title: string, rows: readonly { label: string; values: number[]; color: number }[]): HTMLElement {
  const W = 560;
  const row = 30;
  const H = rows.length * row + 26;
  const x = (v: number) => 200 + (Math.max(0, Math.min(100, v)) / 100) * 320;
  const g = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': title, 'font-family': FONT, 'font-size': 13 });
  rows.forEach((r, i) => {
    const y = 14 + i * row;
    g.append(svg('text', { x: 190, y: y + 4, 'text-anchor': 'end', fill: '#1d2226' }, r.label));
    g.append(svg('line', { x1: x(0), x2: x(100), y1: y, y2: y, stroke: '#d8d2c4' }));
    r.values.forEach((v) => g.append(svg('circle', { cx: x(v), cy: y, r: 5, fill: css(r.color), 'fill-opacity': 0.6, stroke: css(r.color) })));
  });
  [0, 50, 100].forEach((v) => g.append(svg('text', { x: x(v), y: H - 4, 'text-anchor': 'middle', fill: '#555' }, String(v))));
  return h('figure', { className: 'chart-figure' }, h('figcaption', {}, title), g);
}
