// Small SVG pictures for the lab's tables: a pillar's band on a 0–100 scale, and a share as a bar.
import type { Band } from '../../lab/forecast';
import { css, FONT } from '../theme';
import { svg } from './dom';

const clamp = (v: number): number => Math.max(0, Math.min(100, Number.isFinite(v) ? v : 0));

/**
 * A band on a 0–100 track: a thick bar from p10 to p90 (where 8 in 10 games end) and a dark tick at p50 (the middle
 * game). `label` is read by screen readers.
 */
export function bandSvg(band: Band, color: number, label: string): SVGElement {
  const W = 160;
  const x = (v: number) => 4 + (clamp(v) / 100) * (W - 8);
  const g = svg('svg', { viewBox: `0 0 ${W} 22`, class: 'lab-band', role: 'img', 'aria-label': label, 'font-family': FONT });
  g.append(svg('line', { x1: x(0), x2: x(100), y1: 11, y2: 11, stroke: '#b9b2a3', 'stroke-width': 2 }));
  for (const v of [0, 50, 100]) g.append(svg('line', { x1: x(v), x2: x(v), y1: 7, y2: 15, stroke: '#b9b2a3', 'stroke-width': 1 }));
  const left = x(band.p10);
  g.append(svg('rect', { x: left, y: 5, width: Math.max(3, x(band.p90) - left), height: 12, rx: 3, fill: css(color), 'fill-opacity': 0.45, stroke: css(color), 'stroke-width': 1.5 }));
  g.append(svg('rect', { x: x(band.p50) - 1.5, y: 2, width: 3, height: 18, fill: '#1d2226' }));
  return g;
}

/** A share (0..1) as a bar in a 0–100% track. */
export function shareSvg(share: number, color: number, label: string): SVGElement {
  const W = 120;
  const g = svg('svg', { viewBox: `0 0 ${W} 14`, class: 'lab-share', role: 'img', 'aria-label': label });
  g.append(svg('rect', { x: 0, y: 2, width: W, height: 10, fill: '#ebe6da' }));
  if (share > 0) g.append(svg('rect', { x: 0, y: 2, width: Math.max(2, share * W), height: 10, fill: css(color) }));
  return g;
}
