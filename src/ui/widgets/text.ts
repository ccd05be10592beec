// Crisp text in the game's font: one helper so every label shares family, resolution and colours.
import Phaser from 'phaser';
import { renderZoom } from '../display';
import { textSize } from '../settings';
import { at } from '../../sim/indexing';
import { COLORS, css, FONT } from '../theme';

/** How a label looks: size in layout pixels (never drawn below the minimum, 14 px or 17 px with larger text), weight, colour, wrap width and alignment. */
export interface LabelStyle {
  size?: number;
  bold?: boolean;
  color?: number;
  wrap?: number;
  align?: 'left' | 'center' | 'right';
  italic?: boolean;
  lineSpacing?: number;
}

/** Text resolution: at least one texture pixel per device pixel at the cameras' zoom (and never below 2). */
export const textResolution = (): number => Math.min(4, Math.max(2, Math.ceil(renderZoom())));

/** The Phaser text style of a LabelStyle. */
export function textStyle(style: LabelStyle = {}): Phaser.Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: FONT,
    fontSize: `${textSize(style.size ?? 16)}px`,
    fontStyle: [style.italic ? 'italic' : '', style.bold ? 'bold' : ''].join(' ').trim() || 'normal',
    color: css(style.color ?? COLORS.ink),
    align: style.align ?? 'left',
    wordWrap: style.wrap ? { width: style.wrap, useAdvancedWrap: true } : undefined,
    lineSpacing: style.lineSpacing ?? 2,
    resolution: textResolution(),
  };
}

/** The most lines any label shows (the tallest screen holds fewer at the smallest size). */
const MAX_LINES = 60;
/** A conservative narrowest glyph, as a share of the font size: more characters than this never fit a width. */
const NARROWEST = 0.25;
/** A wide glyph, as a share of the font size: a run of characters this wide is broken before the wrapper sees it. */
const WIDE = 0.6;

/**
 * Text cut to what a label can ever show, and unbroken runs split into pieces no wider than the wrap width, so that
 * drawing costs time in proportion to what is shown, not to the input (a 200,000-character word is cut at once, and
 * the wrapper never measures a word character by character over its whole length).
 */
export function boundedText(text: string, style: LabelStyle = {}): string {
  const size = style.size ?? 16;
  const perLine = Math.ceil((style.wrap ?? 1920) / (size * NARROWEST));
  const cap = perLine * MAX_LINES;
  let out = text.length > cap ? `${text.slice(0, cap)}…` : text;
  if (style.wrap) {
    const run = Math.max(4, Math.floor(style.wrap / (size * WIDE)));
    out = out.replace(new RegExp(`[^\\s]{${run + 1},}`, 'gu'), (word) => word.match(new RegExp(`[^]{1,${run}}`, 'gu'))!.join(' '));
  } else {
    out = out.split('\n').slice(0, MAX_LINES).map((line) => (line.length > perLine ? `${line.slice(0, perLine)}…` : line)).join('\n');
  }
  return out;
}

/** Adds a label to a scene (top-left origin unless changed by the caller), its text bounded by `boundedText`. */
export function label(scene: Phaser.Scene, x: number, y: number, text: string, style: LabelStyle = {}): Phaser.GameObjects.Text {
  return scene.add.text(x, y, boundedText(text, style), textStyle(style));
}

/** Cuts a string to fit `max` characters with an ellipsis (for one-line card titles). */
export const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/**
 * Keeps a wrapped label to at most `maxLines` lines, cutting at a word with an ellipsis (never mid-word);
 * returns true if it had to cut (so the caller can offer the full text on hover or focus).
 */
export function fitLines(label: Phaser.GameObjects.Text, maxLines: number): boolean {
  const cut = linesFitting(label, label.text, maxLines);
  if (cut === null) return false;
  label.setText(cut);
  return true;
}

/**
 * What `text` becomes in `label` (its style as it is) when kept to `maxLines` wrapped lines, or null if it fits:
 * worked out without drawing, so a label can be drawn once with the cut text.
 */
export function linesFitting(label: Phaser.GameObjects.Text, text: string, maxLines: number): string | null {
  const lines = label.getWrappedText(text);
  if (lines.length <= maxLines) return null;
  const kept = lines.slice(0, maxLines).map((l) => l.trimEnd());
  const width = label.style.wordWrapWidth ?? Infinity;
  let last = at(kept, maxLines - 1, 'kept lines');
  const measure = (s: string) => label.context.measureText(s).width;
  label.context.font = (label.style as unknown as { _font: string })._font;
  while (last.includes(' ') && measure(`${last}…`) > width) last = last.slice(0, last.lastIndexOf(' '));
  if (measure(`${last}…`) > width) last = last.slice(0, Math.max(1, Math.floor(width / (label.style.fontSize ? parseFloat(String(label.style.fontSize)) * WIDE : 10))));
  kept[maxLines - 1] = `${last.replace(/[\s;:,.·—-]+$/, '')}…`;
  return kept.join('\n');
}

/**
 * Shrinks a one-line label's font until it is at most `maxWidth` wide (not below `minSize` px nor the game's minimum
 * text size); if it still does not fit, cuts it with an ellipsis.
 */
export function shrinkToWidth(label: Phaser.GameObjects.Text, maxWidth: number, minSize: number): Phaser.GameObjects.Text {
  let size = parseFloat(String(label.style.fontSize));
  const least = textSize(minSize);
  while (label.width > maxWidth && size > least) label.setFontSize(--size);
  fitWidth(label, maxWidth);
  return label;
}

/**
 * Cuts a one-line label to `maxWidth` with an ellipsis (at a word when one is near); true if it had to cut.
 * Finds the cut by halving (a few measurements even for a long unbroken word), so its time stays bounded.
 */
export function fitWidth(label: Phaser.GameObjects.Text, maxWidth: number): boolean {
  const full = label.text;
  if (label.width <= maxWidth) return false;
  let lo = 1; // longest prefix known to fit (a single letter is kept even when nothing fits)
  let hi = full.length; // shortest prefix known not to fit
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (label.setText(`${full.slice(0, mid).trimEnd()}…`).width > maxWidth) hi = mid;
    else lo = mid;
  }
  const n = lo;
  const space = full.lastIndexOf(' ', n);
  label.setText(space > n * 0.7 ? `${full.slice(0, space).replace(/[\s;:,.·—-]+$/, '')}…` : `${full.slice(0, n).trimEnd()}…`);
  return true;
}

/**
 * Fits a title into `maxWidth` without cutting where it can: first a smaller font (down to `minSize`), then up to
 * `maxLines` wrapped lines; only what still does not fit is cut at a word with an ellipsis. True if it had to cut.
 */
export function fitTitle(label: Phaser.GameObjects.Text, maxWidth: number, maxLines: number, minSize: number): boolean {
  shrinkToWidth(label, maxWidth, minSize);
  if (label.width <= maxWidth) return false;
  if (maxLines <= 1) return fitWidth(label, maxWidth);
  label.setWordWrapWidth(maxWidth, true);
  return fitLines(label, maxLines);
}
