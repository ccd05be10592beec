// Base of the overlays drawn over the game screen (briefing, decision, report): a dimmed backdrop and a paper sheet.
import { COLORS } from '../ui/theme';
import { ScreenScene } from './ScreenScene';

/** An overlay scene; subclasses draw inside SHEET. */
export abstract class OverlayScene extends ScreenScene {
  static readonly SHEET = { x: 110, y: 74, width: 1060, height: 638 };

  /** Draws the backdrop and the sheet with a heading; returns the y below the heading. */
  protected sheet(title: string, iconKey?: string): number {
    const s = OverlayScene.SHEET;
    // The HUD above stays bright and readable: overlays dim only the map and the panel.
    this.keep(this.add.rectangle(0, 64, 1280, 720 - 64, COLORS.overlay, 0.55).setOrigin(0, 0).setInteractive());
    this.panel(s.x, s.y, s.width, s.height, COLORS.paper, COLORS.ink, 2);
    let x = s.x + 28;
    if (iconKey) {
      this.keep(this.add.image(x + 12, s.y + 34, iconKey).setDisplaySize(26, 26));
      x += 36;
    }
    this.text(x, s.y + 16, title, { size: 30, bold: true });
    this.keep(this.add.rectangle(s.x + 28, s.y + 62, s.width - 56, 2, COLORS.ink).setOrigin(0, 0));
    return s.y + 78;
  }
}
