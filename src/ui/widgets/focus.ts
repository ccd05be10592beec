// Keyboard play: Tab/arrows move a visible focus ring between a scene's buttons, Enter activates, Esc backs out.
import Phaser from 'phaser';
import { at } from '../../sim/indexing';
import { COLORS } from '../theme';

/** Anything the ring can focus: a named game object with bounds; `activate` runs it, `focus` reacts to focus. */
export interface Focusable {
  name: string;
  getBounds(out?: Phaser.Geom.Rectangle): Phaser.Geom.Rectangle;
  active: boolean;
  visible: boolean;
  activate?: () => void;
  emit(event: string | symbol, ...args: unknown[]): boolean;
}

/** Options of a scene's focus navigator. */
export interface FocusOptions {
  onEscape?: () => void;
  onFocus?: (name: string | null) => void; // e.g. show a card's details or the map's tooltip
  enabled?: () => boolean; // e.g. only while the scene is the one the player is using
}

const navigators: FocusNav[] = [];
let keyboardMode = false;

/** Routes one key press to the topmost navigator that is enabled (overlays are created last, so they win). */
function route(event: KeyboardEvent): void {
  const target = event.target as HTMLElement | null;
  if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) return;
  if (document.getElementById('text-entry')) return; // a name prompt is open: its own keys only
  const nav = [...navigators].reverse().find((n) => n.isEnabled());
  if (!nav) return;
  if (nav.handle(event)) event.preventDefault();
}

let installed = false;
/** Installs the one window key listener (idempotent); pointer use hides the ring again. */
function install(): void {
  if (installed) return;
  installed = true;
  window.addEventListener('keydown', route);
  window.addEventListener('pointerdown', () => {
    keyboardMode = false;
    navigators.forEach((n) => n.redraw());
  });
}

/** One scene's focus order and ring; destroyed with the scene. */
export class FocusNav {
  private items: Focusable[] = [];
  private index = -1;
  private readonly ring: Phaser.GameObjects.Graphics;

  constructor(private readonly scene: Phaser.Scene, private readonly options: FocusOptions = {}) {
    install();
    this.ring = scene.add.graphics().setDepth(10_000);
    navigators.push(this);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.destroy());
  }

  /** Replaces the focusable items (in reading order), keeping focus on the same name if it still exists. */
  setItems(items: Focusable[]): void {
    const current = this.current()?.name;
    this.items = items;
    const again = current ? items.findIndex((i) => i.name === current) : -1;
    this.index = again;
    this.redraw();
  }

  /** The focused item, if any. */
  current(): Focusable | null {
    return this.items[this.index] ?? null;
  }

  /** Moves focus to a named item (e.g. the first card after a tab switch). */
  focusName(name: string): void {
    const i = this.items.findIndex((x) => x.name === name);
    if (i >= 0) this.move(i);
  }

  /** Whether this navigator should receive keys now. */
  isEnabled(): boolean {
    return this.scene.sys.isActive() && this.scene.input.enabled && (this.options.enabled?.() ?? true);
  }

  /** Handles a key; true if it was used. */
  handle(event: KeyboardEvent): boolean {
    const usable = this.usable();
    switch (event.key) {
      case 'Tab': {
        keyboardMode = true;
        if (!usable.length) return true;
        const here = usable.indexOf(this.current()!);
        const next = here < 0 ? (event.shiftKey ? usable.length - 1 : 0) : (here + (event.shiftKey ? -1 : 1) + usable.length) % usable.length;
        this.move(this.items.indexOf(at(usable, next, 'focusable items')));
        return true;
      }
      case 'ArrowUp': case 'ArrowDown': case 'ArrowLeft': case 'ArrowRight':
        keyboardMode = true;
        this.moveSpatial(event.key);
        return true;
      case 'Enter': case ' ': {
        const item = this.current();
        keyboardMode = true;
        if (!item) {
          if (usable.length) this.move(this.items.indexOf(at(usable, 0, 'focusable items')));
          return true;
        }
        if (item.activate) item.activate();
        else item.emit(Phaser.Input.Events.GAMEOBJECT_POINTER_UP);
        return true;
      }
      case 'Escape':
        this.options.onEscape?.();
        return !!this.options.onEscape;
    }
    return false;
  }

  /** Draws the ring around the focused item (only after keyboard use, like :focus-visible). */
  redraw(): void {
    this.ring.clear();
    const item = this.current();
    if (!item || !keyboardMode || !item.visible) return;
    const b = item.getBounds();
    this.ring.lineStyle(5, COLORS.ink, 1).strokeRect(b.x - 5, b.y - 5, b.width + 10, b.height + 10);
    this.ring.lineStyle(3, COLORS.focus, 1).strokeRect(b.x - 5, b.y - 5, b.width + 10, b.height + 10);
  }

  private usable(): Focusable[] {
    return this.items.filter((i) => i.active && i.visible);
  }

  private move(i: number): void {
    this.index = i;
    this.redraw();
    this.options.onFocus?.(this.current()?.name ?? null);
  }

  /** Picks the nearest item in the arrow's direction (by centre), favouring items in line with the current one. */
  private moveSpatial(key: string): void {
    const usable = this.usable();
    const from = this.current();
    if (!from) {
      if (usable.length) this.move(this.items.indexOf(at(usable, 0, 'focusable items')));
      return;
    }
    const a = from.getBounds();
    const [dx, dy] = key === 'ArrowUp' ? [0, -1] : key === 'ArrowDown' ? [0, 1] : key === 'ArrowLeft' ? [-1, 0] : [1, 0];
    let best: Focusable | null = null;
    let bestScore = Infinity;
    for (const item of usable) {
      if (item === from) continue;
      const b = item.getBounds();
      const vx = b.centerX - a.centerX;
      const vy = b.centerY - a.centerY;
      const along = vx * dx + vy * dy;
      if (along <= 1) continue;
      const across = Math.abs(vx * dy) + Math.abs(vy * dx);
      const score = along + across * 2;
      if (score < bestScore) {
        bestScore = score;
        best = item;
      }
    }
    if (best) this.move(this.items.indexOf(best));
  }

  private destroy(): void {
    const i = navigators.indexOf(this);
    if (i >= 0) navigators.splice(i, 1);
    this.items = [];
  }
}
