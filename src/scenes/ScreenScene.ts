// Shared base of the screens: objects drawn per snapshot (freed on redraw), named buttons, and the focus ring.
import Phaser from 'phaser';
import type { GameContext } from '../machine/index';
import { Button, type ButtonOptions } from '../ui/widgets/button';
import { FocusNav, type FocusOptions, type Focusable } from '../ui/widgets/focus';
import { label, type LabelStyle } from '../ui/widgets/text';
import { afterPaint } from '../ui/afterPaint';
import { flushInput, orderHitsAsDrawn } from '../ui/widgets/instantInput';
import { hasSession, snapshot, watch, whenSession } from './session';

/** A label as `text` made it: its words and style, to reuse it on the next redraw if it was not changed since. */
interface Made {
  key: string;
  text: string;
  fontSize: string;
  wrap: number | null;
}

/** Whether a label is still as it was made (no fit cut it, shrank it or rewrapped it; nothing made it interactive). */
const untouched = (o: Phaser.GameObjects.Text, made: Made): boolean =>
  o.text === made.text && String(o.style.fontSize) === made.fontSize && (o.style.wordWrapWidth ?? null) === made.wrap && !o.input && !o.parentContainer;

/** A screen that redraws itself from machine snapshots. */
export abstract class ScreenScene extends Phaser.Scene {
  protected nav!: FocusNav;
  /**
   * Keep labels from one drawing to the next when the same words in the same style are drawn again (moved, not made
   * anew): a screen redrawn on every click (the planning screen) then makes no canvas and uploads no texture for them.
   */
  protected reuseLabels = false;
  private readonly made = new WeakMap<Phaser.GameObjects.Text, Made>();
  private spare = new Map<string, Phaser.GameObjects.Text[]>();
  private drawn: Phaser.GameObjects.GameObject[] = [];
  private buttons: Focusable[] = [];
  private runs = 0;
  private paints = 0;

  /** Draws the whole screen for a snapshot (after the previous drawing was freed). */
  protected abstract draw(state: string, context: GameContext): void;

  /** Focus options of this screen (Esc, focus reactions). */
  protected focusOptions(): FocusOptions {
    return {};
  }

  /** Extra focusables drawn by widgets (e.g. the map's badges), after this screen's buttons. */
  protected extraFocusables(): Focusable[] {
    return [];
  }

  create(): void {
    this.drawn = [];
    this.buttons = [];
    this.nav = new FocusNav(this, this.focusOptions());
    orderHitsAsDrawn(this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.drawn = [];
      this.buttons = [];
    });
    this.setup();
    if (hasSession()) return this.follow();
    // Only the menu runs before the game core has loaded: it draws what it can, then follows the machine.
    const run = ++this.runs;
    this.paint(() => this.drawWithoutSession());
    void whenSession().then(() => {
      if (run === this.runs && this.sys.isActive()) this.follow();
    });
  }

  /** Redraws on every snapshot from now on, starting with the current one. */
  private follow(): void {
    this.runs++;
    watch(this, (state, context) => this.redraw(state, context));
    const { state, context } = snapshot();
    this.redraw(state, context);
  }

  /** Draws what the screen can show before the game core has loaded (only the menu is shown that early). */
  protected drawWithoutSession(): void {}

  /** One-time objects of the screen (backgrounds, the map); override when needed. */
  protected setup(): void {}

  /** Frees the last drawing and draws again. */
  protected redraw(state: string, context: GameContext): void {
    this.paint(() => this.draw(state, context));
  }

  /** Frees the last drawing, runs `draw`, and makes the new buttons focusable and clickable at once. */
  private paint(draw: () => void): void {
    this.paints++;
    for (const o of this.drawn) {
      const made = o instanceof Phaser.GameObjects.Text ? this.made.get(o) : undefined;
      if (made && o instanceof Phaser.GameObjects.Text && this.reuseLabels && o.active && untouched(o, made)) {
        const list = this.spare.get(made.key);
        if (list) list.push(o);
        else this.spare.set(made.key, [o]);
      } else o.destroy();
    }
    this.drawn = [];
    this.buttons = [];
    try {
      draw();
    } finally {
      for (const list of this.spare.values()) for (const o of list) o.destroy();
      this.spare.clear();
    }
    this.nav.setItems([...this.buttons, ...this.extraFocusables()]);
    const first = this.initialFocus();
    if (!this.nav.current() && first) this.nav.focusName(first);
    flushInput(this); // a click in the same frame as this redraw reaches the new buttons
  }

  /** The button focused when nothing is (e.g. Continue on an overlay), so Enter does the obvious thing. */
  protected initialFocus(): string | null {
    return null;
  }

  /** Redraws from the machine's current snapshot (after a purely visual change such as a tab). */
  protected refresh(): void {
    if (!hasSession()) return this.paint(() => this.drawWithoutSession());
    const { state, context } = snapshot();
    this.redraw(state, context);
  }

  /** Draws slow parts (charts) once this drawing has been shown; nothing happens if the screen was redrawn since. */
  protected later(draw: () => void): void {
    const paint = this.paints;
    afterPaint(this, draw, () => paint === this.paints);
  }

  /** Keeps an object to free on the next redraw. */
  protected keep<T extends Phaser.GameObjects.GameObject>(object: T): T {
    this.drawn.push(object);
    return object;
  }

  /** A label freed on redraw (or, with reuseLabels, kept for the next drawing that shows the same words in the same style). */
  protected text(x: number, y: number, text: string, style?: LabelStyle): Phaser.GameObjects.Text {
    if (!this.reuseLabels) return this.keep(label(this, x, y, text, style));
    const key = `${text}\u0000${JSON.stringify(style ?? {})}`;
    const reused = this.spare.get(key)?.pop();
    if (reused) {
      // as label() makes it: only place and look set after making are reset (words and style are the same), and it goes
      // to the top of the display list, where a new label would be (so what is drawn after it still covers it)
      this.children.bringToTop(reused);
      return this.keep(reused.setPosition(x, y).setOrigin(0, 0).setDepth(0).setAlpha(1).setVisible(true).setScale(1).setAngle(0).setScrollFactor(1).setName(''));
    }
    const made = label(this, x, y, text, style);
    this.made.set(made, { key, text: made.text, fontSize: String(made.style.fontSize), wrap: made.style.wordWrapWidth ?? null });
    return this.keep(made);
  }

  /** A named, focusable button freed on redraw. */
  protected button(name: string, x: number, y: number, options: ButtonOptions, onActivate: () => void): Button {
    const b = this.keep(new Button(this, name, x, y, options, onActivate));
    this.buttons.push(b);
    return b;
  }

  /** Adds a non-button object (e.g. a hover zone) to the keyboard order, freed on redraw. */
  protected focusable<T extends Phaser.GameObjects.GameObject & Focusable>(object: T): T {
    this.buttons.push(this.keep(object));
    return object;
  }

  /** A filled, outlined panel rectangle (top-left origin) freed on redraw. */
  protected panel(x: number, y: number, w: number, h: number, fill: number, stroke?: number, strokeWidth = 1): Phaser.GameObjects.Rectangle {
    const r = this.keep(this.add.rectangle(x, y, w, h, fill).setOrigin(0, 0));
    if (stroke !== undefined) r.setStrokeStyle(strokeWidth, stroke);
    return r;
  }
}
