// A named, clickable, focusable box: the one interactive building block of every screen (tests click it by name).
import Phaser from 'phaser';
import { COLORS } from '../theme';
import { label, type LabelStyle } from './text';

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
  fill?: number;
}

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
    let textX = opts.align === 'left' ? -opts.width / 2 + 12 : 0;
    if (opts.icon && scene.textures.exists(opts.icon)) {
      const size = Math.min(20, opts.height - 12);
      const iconX = opts.align === 'left' || !opts.text ? (opts.text ? -opts.width / 2 + 12 + size / 2 : 0) : 0;
      const icon = scene.add.image(iconX, 0, opts.icon).setDisplaySize(size, size);
      this.icon = icon;
      this.add(icon);
      if (opts.text && opts.align === 'left') textX += size + 8;
      if (opts.text && opts.align !== 'left') icon.setX(-opts.width / 2 + 14 + size / 2);
    }
    this.text = opts.text !== undefined ? label(scene, textX, 0, opts.text, { size: 17, ...opts.textStyle }) : null;
    if (this.text) {
      this.text.setOrigin(opts.align === 'left' ? 0 : 0.5, 0.5);
      this.add(this.text);
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
    const base = this.disabled ? COLORS.disabled : primary ? COLORS.ink : selected ? COLORS.ink : fill ?? COLORS.panel;
    this.bg.setFillStyle(hover && !this.disabled ? (primary || selected ? 0x3a4148 : COLORS.panelAlt) : base);
    this.bg.setStrokeStyle(selected ? 3 : 1.5, this.disabled ? COLORS.rule : COLORS.ink);
    const inverse = !this.disabled && (primary || selected);
    this.text?.setColor(this.disabled ? '#8d939a' : inverse ? '#ffffff' : '#1d2226');
    // Lucide icons are drawn in ink; on dark fills they are filled white, on disabled ones grey.
    if (this.icon) {
      if (inverse || this.disabled) this.icon.setTint(inverse ? 0xffffff : 0x8d939a).setTintMode(Phaser.TintModes.FILL);
      else this.icon.clearTint();
    }
  }
}
