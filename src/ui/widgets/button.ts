// A named, clickable, focusable box: the one interactive building block of every screen (tests click it by name).
import Phaser from 'phaser';
import { COLORS } from '../theme';
import { textSize } from '../settings';
import { fitWidth, label, type LabelStyle } from './text';

/** How a button looks: primary (filled), plain (outlined), tab/selected states, or disabled. */
export interface ButtonOptions {
  width: number;
  height: number;
  text?: string;
  textStyle?: LabelStyle;
  icon?: string; // texture key
  primary?: boolean;
  disabled?: boolean;
  selected?: boolean;
  align?: 'left' | 'center';
  /** A light fill of its own (a card), kept in every state with dark words: chosen shows by the thick border. */
  fill?: number;
}

/** A fill a shade darker: the hover look of a button with a light fill of its own. */
const shade = (rgb: number): number => {
  const c = (shift: number) => Math.round(((rgb >> shift) & 0xff) * 0.93) << shift;
  return c(16) | c(8) | c(0);
};

/** A top-level container with a background rectangle (for bounds and hit area), an optional icon and a label. */
export class Button extends Phaser.GameObjects.Container {
  readonly bg: Phaser.GameObjects.Rectangle;
  readonly text: Phaser.GameObjects.Text | null;
  private icon: Phaser.GameObjects.Image | null = null;
  disabled: boolean;
  private readonly opts: ButtonOptions;

  constructor(scene: Phaser.Scene, name: string, x: number, y: number, opts: ButtonOptions, readonly onActivate: () => void) {
    super(scene, x + opts.width / 2, y + opts.height / 2);
    this.opts = opts;
    this.disabled = !!opts.disabled;
    this.setName(name);
    this.bg = scene.add.rectangle(0, 0, opts.width, opts.height, COLORS.panel);
    this.add(this.bg);
    const left = opts.align === 'left';
    this.text = opts.text !== undefined ? label(scene, 0, 0, opts.text, { size: 17, ...opts.textStyle }).setOrigin(left ? 0 : 0.5, 0.5) : null;
    const size = Math.min(20, opts.height - 12);
    let withIcon = !!opts.icon && scene.textures.exists(opts.icon);
    // A label too wide for the button (longer words in another language) shrinks, down to 70% of its size;
    // if it still does not fit beside the icon, the label wins and the icon goes.
    if (this.text) {
      const base = textSize(opts.textStyle?.size ?? 17);
      const fit = (room: number, least: number) => {
        this.text!.setFontSize(base);
        const floor = textSize(Math.ceil(base * least));
        for (let px = base; this.text!.width > room && px - 1 >= floor; ) this.text!.setFontSize(--px);
        return this.text!.width <= room;
      };
      if (!fit(opts.width - (withIcon ? size + 28 : 14), withIcon ? 0.85 : 0.7) && withIcon) {
        withIcon = false;
        fit(opts.width - 14, 0.7);
      }
      if (this.text.width > opts.width - 14) fitWidth(this.text, opts.width - 14); // at the smallest size: cut, never spill
    }
    if (withIcon) {
      this.icon = scene.add.image(0, 0, opts.icon!).setDisplaySize(size, size);
      this.add(this.icon);
    }
    if (this.text) this.add(this.text);
    // Icon and label side by side: from the left edge, or centred together.
    const textW = this.text ? Math.min(this.text.width, opts.width - (withIcon ? size + 30 : 16)) : 0;
    const total = (withIcon ? size : 0) + (withIcon && this.text ? 8 : 0) + textW;
    const startX = left ? -opts.width / 2 + 12 : -total / 2;
    if (this.icon) this.icon.setX(startX + size / 2);
    if (this.text) {
      const tx = startX + (withIcon ? size + 8 : 0);
      this.text.setX(left ? tx : tx + textW / 2);
    }
    this.setSize(opts.width, opts.height);
    this.setInteractive({ useHandCursor: true });
    this.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OVER, () => this.paint(true));
    this.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OUT, () => this.paint(false));
    this.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => this.activate());
    this.paint(false);
    scene.add.existing(this);
  }

  /** Runs the button's action unless it is disabled. */
  activate(): void {
    // After the current input dispatch, so the handler may stop or redraw this very scene safely.
    if (!this.disabled) queueMicrotask(() => this.onActivate());
  }

  /** Marks the button chosen (thicker border and filled) or not. */
  setSelected(selected: boolean): this {
    this.opts.selected = selected;
    this.paint(false);
    return this;
  }

  /** Enables or disables the button (disabled: grey and inert, still focusable so its reason can be read). */
  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    this.paint(false);
    return this;
  }

  private paint(hover: boolean): void {
    const { primary, selected, fill } = this.opts;
    const own = fill !== undefined && !primary; // a card: its own light fill, dark words, hover a shade darker
    const dark = !own && (primary || selected);
    const base = this.disabled ? COLORS.disabled : own ? fill : dark ? COLORS.ink : COLORS.panel;
    this.bg.setFillStyle(hover && !this.disabled ? (own ? shade(fill) : dark ? 0x3a4148 : COLORS.panelAlt) : base);
    this.bg.setStrokeStyle(selected ? 3 : 1.5, this.disabled ? COLORS.rule : COLORS.ink);
    const inverse = !this.disabled && dark;
    this.text?.setColor(this.disabled ? '#8d939a' : inverse ? '#ffffff' : '#1d2226');
    // Lucide icons are drawn in ink; on dark fills they are filled white, on disabled ones grey.
    if (this.icon) {
      if (inverse || this.disabled) this.icon.setTint(inverse ? 0xffffff : 0x8d939a).setTintMode(Phaser.TintModes.FILL);
      else this.icon.clearTint();
    }
  }
}
