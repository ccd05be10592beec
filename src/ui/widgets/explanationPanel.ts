// The "Why did this change?" panel: a number's change this turn and its causes, largest first, paged so every cause is reachable.
import type Phaser from 'phaser';
import { t } from '../../i18n';
import type { Explanation } from '../explain/explain';
import { changeAt, dateLabel, shownValue, valueAt } from '../format';
import { COLORS } from '../theme';
import type { Button, ButtonOptions } from './button';
import type { LabelStyle } from './text';
import { at } from '../../sim/indexing';

/** What the panel needs from the screen drawing it: labels, named buttons and panels freed on the next redraw. */
export interface PanelHost {
  text(x: number, y: number, text: string, style?: LabelStyle): Phaser.GameObjects.Text;
  button(name: string, x: number, y: number, options: ButtonOptions, onActivate: () => void): Button;
  panel(x: number, y: number, w: number, h: number, fill: number, stroke?: number, strokeWidth?: number): Phaser.GameObjects.Rectangle;
}

/** Where the panel sits, which cause is first on its page, and what its buttons do. */
export interface PanelOptions {
  x: number;
  y: number;
  width: number;
  maxHeight: number;
  first: number;
  depth?: number;
  onPage: (first: number) => void;
  onClose: () => void;
}

/** Opens a cited address in a new tab, only if it is a web address (never script or file addresses). */
export function openSource(address: string): void {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') window.open(url.href, '_blank', 'noopener,noreferrer');
}

/** The headline of an explanation: "2022, 2nd half: 55.3 → 34.1 (−21.2)", or that nothing has happened yet. */
export function explanationHeadline(e: Explanation): string {
  if (e.turn < 0) return t('explain.startValue');
  if (Math.abs(e.after - e.before) < 1e-9) return t('explain.noChange', { date: dateLabel(e.date) });
  const b = shownValue(e.path, e.before);
  const a = shownValue(e.path, e.after);
  return t('explain.change', { date: dateLabel(e.date), before: valueAt(e.path, b), after: valueAt(e.path, a), delta: changeAt(e.path, b, a) });
}

/** One line of the panel: a cause with its shown change, or all causes too small to show (±0) summed in one line. */
interface PanelRow {
  change: string;
  delta: number;
  words: string;
  source?: string;
  address?: string;
}

/** The panel's lines, largest first: causes whose change shows as a number, then one line for those that round to ±0. */
export function panelRows(e: Explanation): PanelRow[] {
  const rows: PanelRow[] = [];
  const small: number[] = [];
  for (const c of e.causes) {
    const change = changeAt(e.path, 0, c.delta);
    if (change.includes('±0')) small.push(c.delta);
    else rows.push({ change, delta: c.delta, words: c.words, source: c.source, ...(c.address ? { address: c.address } : {}) });
  }
  if (small.length) {
    const sum = small.reduce((s, d) => s + d, 0);
    rows.push({ change: changeAt(e.path, 0, sum), delta: sum, words: t('explain.tooSmall', { count: small.length }) });
  }
  return rows;
}

/** Draws the panel; returns the index one past the last cause shown (the next page's first). */
export function drawExplanation(host: PanelHost, e: Explanation, o: PanelOptions): number {
  const depth = o.depth ?? 60;
  const pad = 18;
  const inner = o.width - 2 * pad;
  const bg = host.panel(o.x, o.y, o.width, 10, COLORS.panel, COLORS.ink, 2).setDepth(depth);
  let y = o.y + 14;
  const line = (s: string, style: LabelStyle, dx = 0) => {
    const l = host.text(o.x + pad + dx, y, s, { wrap: inner - dx, ...style }).setDepth(depth + 1);
    y += l.height + 4;
    return l;
  };
  line(t('explain.title', { name: e.label }), { size: 20, bold: true, wrap: inner - 110 });
  host.button('explain:close', o.x + o.width - pad - 96, o.y + 12, { width: 96, height: 34, text: t('explain.close'), textStyle: { size: 15 } }, o.onClose).setDepth(depth + 2);
  y = Math.max(y, o.y + 52);
  line(explanationHeadline(e), { size: 16, bold: true, color: COLORS.accent });
  y += 4;
  const bottom = o.y + o.maxHeight - 44;
  const rows = panelRows(e);
  const first = Math.min(o.first, Math.max(0, rows.length - 1));
  let i = first;
  for (; i < rows.length; i++) {
    const c = at(rows, i, 'explanation rows');
    if (y > bottom - 40 && i > first) break;
    const d = host.text(o.x + pad, y, c.change, { size: 16, bold: true, color: c.delta > 0 ? COLORS.good : c.delta < 0 ? COLORS.bad : COLORS.inkSoft }).setDepth(depth + 1);
    const words = host.text(o.x + pad + 92, y, c.words, { size: 16, wrap: inner - 92 }).setDepth(depth + 1);
    y += Math.max(d.height, words.height) + 1;
    if (c.source) {
      const source = host.text(o.x + pad + 92, y, t('explain.source', { source: c.source }), { size: 13, color: c.address ? COLORS.accent : COLORS.inkSoft, wrap: inner - 92 }).setDepth(depth + 1);
      if (c.address) {
        const address = c.address;
        source.setInteractive({ useHandCursor: true }).on('pointerup', () => openSource(address));
      }
      y += source.height;
    }
    y += 8;
  }
  const shown = i;
  if (first > 0 || shown < rows.length) {
    y = Math.max(y, bottom - 4);
    host.text(o.x + pad, y + 8, t('explain.range', { from: first + 1, to: shown, count: rows.length }), { size: 14, color: COLORS.inkSoft }).setDepth(depth + 1);
    host.button('explain:earlier', o.x + o.width - pad - 230, y, { width: 110, height: 34, text: t('explain.earlier'), disabled: first === 0, textStyle: { size: 14 } }, () => o.onPage(Math.max(0, first - Math.max(1, shown - first)))).setDepth(depth + 2);
    host.button('explain:later', o.x + o.width - pad - 110, y, { width: 110, height: 34, text: t('explain.later'), disabled: shown >= rows.length, textStyle: { size: 14 } }, () => o.onPage(shown)).setDepth(depth + 2);
    y += 42;
  }
  if (e.causes.length > 1) line(t('explain.method'), { size: 12, italic: true, color: COLORS.inkSoft });
  bg.setSize(o.width, y - o.y + 8);
  bg.setStrokeStyle(2, COLORS.ink);
  return shown;
}

/** What tests read while a panel is open: the contract `{path, before, after, causes: [{kind, id, delta, words}]}`. */
export interface PublishedExplanation {
  path: string;
  before: number;
  after: number;
  causes: { kind: string; id: string; option?: string; power?: string; term?: string; delta: number; words: string }[];
}

/** Publishes the open explanation on window.kz (or clears it), so a test can check that the parts add up. */
export function publishExplanation(e: Explanation | null): void {
  const kz = (window as { kz?: { explanation?: PublishedExplanation } }).kz;
  if (!kz) return;
  if (!e) {
    delete kz.explanation;
    return;
  }
  kz.explanation = {
    path: e.path, before: e.before, after: e.after,
    causes: e.causes.map((c) => ({ kind: c.kind, id: c.id, option: c.option, power: c.power, term: c.term, delta: c.delta, words: c.words })),
  };
}
