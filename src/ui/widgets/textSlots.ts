// Labels kept across repaints of a widget that refreshes often (the forecasts): each slot keeps its Text object and
// redraws its texture only when what it shows changed. Destroying and recreating a Text costs a canvas, a texture
// upload and a scene change (which makes the whole screen draw live for a moment); moving or keeping one costs nothing.
import Phaser from 'phaser';
import { completeChange } from '../renderOnDemand';
import { boundedText, fitWidth, linesFitting, label, shrinkToWidth, textStyle, type LabelStyle } from './text';

/**
 * How a slot's label is fitted: `prepare` turns the text into what is drawn before drawing it (cheap: one texture),
 * `apply` fits the drawn label (shrinking its font or cutting it); `key` tells fits apart.
 */
export interface Fit {
  key: string;
  prepare?(label: Phaser.GameObjects.Text, text: string): string;
  apply?(label: Phaser.GameObjects.Text): void;
}

/** Shrinks the font to fit a width, then cuts (shrinkToWidth). */
export const shrinkFit = (width: number, minSize: number): Fit => ({ key: `s${width}:${minSize}`, apply: (o) => void shrinkToWidth(o, width, minSize) });
/** Keeps a wrapped label to a number of lines (fitLines). */
export const linesFit = (lines: number): Fit => ({ key: `l${lines}`, prepare: (o, s) => linesFitting(o, s, lines) ?? s });
/** Shrinks to fit a width, then cuts what still does not fit (as the option forecasts do). */
export const shrinkCutFit = (width: number, minSize: number): Fit => ({ key: `c${width}:${minSize}`, apply: (o) => void (shrinkToWidth(o, width, minSize), fitWidth(o, width)) });

type Slot = { text: Phaser.GameObjects.Text; style: string; content: string; shrunk: boolean }; // shrunk: a fit changed its font size

/** A widget's labels by name: `begin`, then `text` for each label shown this paint, then `end` hides the rest. */
export class TextSlots {
  private readonly slots = new Map<string, Slot>();
  private used = new Set<string>();

  constructor(private readonly container: Phaser.GameObjects.Container) {}

  /** Starts a paint: every slot not named again before `end` is hidden. */
  begin(): void {
    this.used = new Set();
  }

  /** The label called `id`, at (x, y) showing `s` in `style`: its texture is redrawn only if text, style or fit changed. */
  text(id: string, x: number, y: number, s: string, style: LabelStyle, fit?: Fit): Phaser.GameObjects.Text {
    this.used.add(id);
    const wanted = textStyle(style);
    const styleKey = JSON.stringify(wanted);
    const content = `${s}\u0000${fit?.key ?? ''}`;
    let slot = this.slots.get(id);
    if (!slot) {
      const text = label(this.container.scene, x, y, s, style);
      slot = { text, style: styleKey, content: '', shrunk: false };
      this.slots.set(id, slot);
      this.container.add(text);
    } else if (slot.style !== styleKey || (slot.shrunk && slot.content !== content)) {
      slot.text.setStyle(wanted); // back to the asked size before a new fit
      slot.style = styleKey;
      slot.content = '';
    }
    const o = slot.text.setPosition(x, y).setVisible(true);
    if (slot.content !== content) {
      const bounded = boundedText(s, style);
      o.setText(fit?.prepare ? fit.prepare(o, bounded) : bounded);
      fit?.apply?.(o);
      slot.content = content;
      slot.shrunk = o.style.fontSize !== wanted.fontSize;
    }
    return o;
  }

  /** Ends a paint: hides the slots not shown this time (kept for the next paint). */
  end(): void {
    for (const [id, slot] of this.slots) if (!this.used.has(id)) slot.text.setVisible(false);
  }

  /**
   * One whole repaint of the widget: `graphics` cleared, `draw` names the labels it shows, the rest are hidden. It is a
   * complete change (renderOnDemand): a label made for the first time asks for one frame, not a moment of live frames.
   */
  repaint(graphics: Phaser.GameObjects.Graphics, draw: () => void): void {
    completeChange(() => {
      this.begin();
      graphics.clear();
      try {
        draw();
      } finally {
        this.end();
      }
    });
  }
}
