// Small Phaser widgets of the map: labelled badges, the tooltip box, the legend and the lens side panel.
import Phaser from 'phaser';
import { CORRIDOR_COLOUR, MAP_FONT, STATUS_STYLE } from './mapStyle';
import type { Translate } from './mapStrings';

/** Text style for the map's UI text; `resolution` keeps it crisp when the canvas is scaled. */
export function textStyle(size: number, colour = '#1f2328', bold = false): Phaser.Types.GameObjects.Text.TextStyle {
  return { fontFamily: MAP_FONT, fontSize: `${Math.round(size)}px`, color: colour, fontStyle: bold ? 'bold' : 'normal', resolution: Math.min(3, Math.max(2, window.devicePixelRatio || 1)) };
}

/** A named, interactive label box centred on (x, y): the thing tests click and the keyboard focuses. */
export class Badge extends Phaser.GameObjects.Container {
  private readonly box: Phaser.GameObjects.Rectangle;
  private readonly label: Phaser.GameObjects.Text;
  private readonly padding: number;

  constructor(scene: Phaser.Scene, name: string, size: number) {
    super(scene, 0, 0);
    this.padding = size * 0.4;
    this.box = scene.add.rectangle(0, 0, 10, 10, 0xffffff, 0.92).setStrokeStyle(1, 0x6b6558, 1);
    this.label = scene.add.text(0, 0, '', textStyle(size, '#1f2328', true)).setOrigin(0.5);
    this.add([this.box, this.label]);
    this.setName(name);
    scene.add.existing(this);
  }

  /** Sets the text and accent colour, resizing the box and its hit area. */
  show(text: string, accent: number, alpha: number): this {
    this.label.setText(text);
    const w = this.label.width + this.padding * 2;
    const h = this.label.height + this.padding;
    this.box.setSize(w, h).setStrokeStyle(2, accent, 1);
    this.box.setDisplaySize(w, h);
    this.setSize(w, h);
    if (!this.input) this.setInteractive({ useHandCursor: true });
    else this.input.hitArea.setTo(0, 0, w, h);
    this.setAlpha(alpha);
    return this;
  }
}

/** The tooltip: a box of lines that follows what is hovered or focused and stays inside the map. */
export class Tooltip extends Phaser.GameObjects.Container {
  private readonly box: Phaser.GameObjects.Rectangle;
  private readonly lines: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, size: number, private readonly bounds: Phaser.Geom.Rectangle) {
    super(scene, 0, 0);
    this.box = scene.add.rectangle(0, 0, 10, 10, 0x1f2328, 0.94).setOrigin(0, 0).setStrokeStyle(1, 0xffffff, 0.6);
    this.lines = scene.add.text(size * 0.7, size * 0.5, '', { ...textStyle(size, '#ffffff'), lineSpacing: size * 0.25, wordWrap: { width: size * 30 } });
    this.add([this.box, this.lines]);
    this.setVisible(false).setName('map:tooltip');
    scene.add.existing(this);
  }

  /** Shows `lines` next to (x, y), flipping sides to stay within the map. */
  showAt(lines: string[], x: number, y: number): void {
    this.lines.setText(lines);
    const w = this.lines.width + this.lines.x * 2;
    const h = this.lines.height + this.lines.y * 2;
    this.box.setSize(w, h).setDisplaySize(w, h);
    const b = this.bounds;
    const left = x + 16 + w > b.right ? x - 16 - w : x + 16;
    const top = Math.min(Math.max(b.top + 4, y - h / 2), b.bottom - h - 4);
    this.setPosition(Math.max(b.left + 4, left), top).setVisible(true);
  }

  hide(): void {
    this.setVisible(false);
  }
}

/** The legend: line samples for each route status, corridors and sea crossings, so no colour stands alone. */
export function buildLegend(scene: Phaser.Scene, x: number, y: number, size: number, t: Translate): Phaser.GameObjects.Container {
  const c = scene.add.container(x, y).setName('map:legend');
  const rows: { key: string; draw: (g: Phaser.GameObjects.Graphics, y0: number) => void }[] = [
    { key: 'map.legend.open', draw: (g, y0) => { g.lineStyle(5, STATUS_STYLE.open.colour); g.lineBetween(0, y0, size * 2.6, y0); } },
    { key: 'map.legend.disrupted', draw: (g, y0) => { g.lineStyle(5, STATUS_STYLE.disrupted.colour); g.lineBetween(0, y0, size, y0); g.lineBetween(size * 1.6, y0, size * 2.6, y0); } },
    { key: 'map.legend.banned', draw: (g, y0) => {
      g.lineStyle(2.5, STATUS_STYLE.banned.colour); g.lineBetween(0, y0, size * 2.6, y0);
      const m = size * 1.3; const r = size * 0.35; g.lineStyle(3, STATUS_STYLE.banned.colour); g.lineBetween(m - r, y0 - r, m + r, y0 + r); g.lineBetween(m - r, y0 + r, m + r, y0 - r);
    } },
    { key: 'map.legend.corridor', draw: (g, y0) => {
      g.lineStyle(4, CORRIDOR_COLOUR); g.lineBetween(0, y0, size * 2.6, y0); g.lineStyle(1.5, CORRIDOR_COLOUR);
      for (let i = 1; i < 5; i++) g.lineBetween((i * size * 2.6) / 5, y0 - 6, (i * size * 2.6) / 5, y0 + 6);
    } },
    { key: 'map.legend.sea', draw: (g, y0) => { g.fillStyle(STATUS_STYLE.open.colour); for (let i = 0; i < 5; i++) g.fillRect(i * size * 0.55, y0 - 2, size * 0.3, 4); } },
  ];
  const line = size * 1.45;
  const pad = size * 0.6;
  const g = scene.add.graphics();
  const texts = rows.map((row, i) => scene.add.text(size * 3.1 + pad, pad + i * line, t(row.key), textStyle(size)).setOrigin(0, 0));
  const note = scene.add.text(pad, pad + rows.length * line, `${t('map.legend.width')} · ${t('map.legend.gauge')}`, textStyle(size * 0.85, '#4a4a4a'));
  const width = Math.max(...texts.map((x) => x.x + x.width), note.x + note.width) + pad;
  const height = pad * 2 + rows.length * line + note.height;
  const bg = scene.add.rectangle(0, 0, width, height, 0xffffff, 0.9).setOrigin(0, 0).setStrokeStyle(1, 0x8a8374);
  rows.forEach((row, i) => row.draw(g, pad + i * line + texts[i].height / 2));
  g.x = pad;
  c.add([bg, g, ...texts, note]);
  c.setSize(width, height);
  return c;
}

/** The lens side panel: a titled list of labelled bars (memberships, arsenal, trade). */
export class BarPanel extends Phaser.GameObjects.Container {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly bg: Phaser.GameObjects.Rectangle;
  private readonly texts: Phaser.GameObjects.Text[] = [];

  constructor(scene: Phaser.Scene, x: number, y: number, private readonly size: number) {
    super(scene, x, y);
    this.bg = scene.add.rectangle(0, 0, 10, 10, 0xffffff, 0.9).setOrigin(0, 0).setStrokeStyle(1, 0x8a8374);
    this.g = scene.add.graphics();
    this.add([this.bg, this.g]);
    this.setName('map:panel');
    scene.add.existing(this);
  }

  /** Redraws the panel; `null` hides it. Text objects are reused across turns. */
  show(panel: { title: string; rows: { label: string; value: number; max: number }[] } | null, colour: number): void {
    this.setVisible(panel !== null);
    if (!panel) return;
    const s = this.size;
    const pad = s * 0.6;
    const barW = s * 9;
    const needed = panel.rows.length + 1;
    while (this.texts.length < needed) this.add(this.texts[this.texts.push(this.scene.add.text(0, 0, '', textStyle(s))) - 1]);
    this.texts.forEach((text, i) => text.setVisible(i < needed));
    this.texts[0].setText(panel.title).setStyle(textStyle(s, '#1f2328', true)).setPosition(pad, pad);
    this.g.clear();
    const rowH = s * 2.1;
    panel.rows.forEach((row, i) => {
      const y = pad + s * 1.6 + i * rowH;
      this.texts[i + 1].setText(row.label).setPosition(pad, y);
      this.g.fillStyle(0xe4e0d6).fillRect(pad, y + s * 1.2, barW, s * 0.45);
      this.g.fillStyle(colour).fillRect(pad, y + s * 1.2, (barW * Math.max(0, Math.min(row.value, row.max))) / row.max, s * 0.45);
    });
    const width = Math.max(barW, ...this.texts.slice(0, needed).map((x) => x.width)) + pad * 2;
    const height = pad * 2 + s * 1.6 + panel.rows.length * rowH;
    this.bg.setSize(width, height).setDisplaySize(width, height);
    this.setSize(width, height);
  }
}
