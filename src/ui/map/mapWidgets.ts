// The map's one live Phaser widget, the tooltip, and the text style it uses.
import Phaser from 'phaser';
import { textResolution } from '../widgets/text';
import { MAP_FONT } from './mapStyle';

/** Text style for the map's UI text; `resolution` keeps it crisp when the canvas is scaled. */
export function textStyle(size: number, colour = '#1f2328', bold = false): Phaser.Types.GameObjects.Text.TextStyle {
  return { fontFamily: MAP_FONT, fontSize: `${Math.round(size)}px`, color: colour, fontStyle: bold ? 'bold' : 'normal', resolution: textResolution() };
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
