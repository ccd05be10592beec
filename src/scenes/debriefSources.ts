// The debrief's sources sheet: every real source of the scenario (FACTS row, its words, its address, the numbers it
// backs) in columns, and one line for the numbers that are the game's own abstractions.
import Phaser from 'phaser';
import { t } from '../i18n';
import type { SourcesView } from '../ui/debrief';
import { COLORS } from '../ui/theme';
import type { ButtonOptions } from '../ui/widgets/button';
import type { LabelStyle } from '../ui/widgets/text';
import { openSource } from '../ui/widgets/explanationPanel';

/** The web address a source line names, when it names a whole one ("astanatimes.com/2023/…" is cut, so it is not). */
export function sourceUrl(address: string): string | null {
  const first = (address.split(/;\s*/)[0] ?? '').trim();
  return /^[\w.-]+\.[a-z]{2,}\/\S*$/i.test(first) && !first.includes('…') ? `https://${first}` : null;
}

/** The scene's drawing helpers the sheet uses (so everything it makes is freed on the next redraw). */
export interface SheetDrawing {
  text: (x: number, y: number, s: string, style?: LabelStyle) => Phaser.GameObjects.Text;
  panel: (x: number, y: number, w: number, h: number, fill: number, stroke?: number, strokeWidth?: number) => Phaser.GameObjects.Rectangle;
  button: (name: string, x: number, y: number, options: ButtonOptions, onActivate: () => void) => unknown;
}

/** Draws the full list of sources over the debrief, with a Close button (`debrief:sources-close`). */
export function drawSourcesSheet(scene: Phaser.Scene, sources: SourcesView, draw: SheetDrawing, close: () => void): void {
  void scene;
  draw.panel(24, 16, 1232, 688, COLORS.paper, COLORS.ink, 2);
  draw.text(48, 30, t('debrief.sourcesTitle'), { size: 26, bold: true });
  draw.text(48, 66, t('debrief.sourcesSummary', { count: sources.cited.length, abstractions: sources.abstractions }), { size: 15, color: COLORS.inkSoft });
  const cols = 3;
  const colW = 380;
  const top = 100;
  const bottom = 640;
  let col = 0;
  let y = top;
  let hidden = 0;
  for (const src of sources.cited) {
    const x = 48 + col * (colW + 24);
    const head = draw.text(x, y, `${src.id ? `${src.id} · ` : ''}${src.text || src.address}`, { size: 14, bold: true, wrap: colW });
    const addr = draw.text(x, y + head.height + 1, src.address, { size: 12, color: COLORS.accent, wrap: colW });
    const url = sourceUrl(src.address);
    // A whole web address opens in a new tab (http/https only); a shortened one stays plain text in grey.
    if (url) addr.setInteractive({ useHandCursor: true }).on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => openSource(url));
    else addr.setColor(`#${COLORS.inkSoft.toString(16).padStart(6, '0')}`);
    const used = draw.text(x, addr.y + addr.height + 1, t('debrief.usedFor', { list: src.used.join(', ') }), { size: 12, color: COLORS.inkSoft, wrap: colW });
    const end = used.y + used.height + 10;
    if (end > bottom) {
      [head, addr, used].forEach((o) => o.setVisible(false));
      if (col + 1 < cols) {
        col++;
        y = top;
        const nx = 48 + col * (colW + 24);
        head.setPosition(nx, y).setVisible(true);
        addr.setPosition(nx, y + head.height + 1).setVisible(true);
        used.setPosition(nx, addr.y + addr.height + 1).setVisible(true);
        y = used.y + used.height + 10;
      } else hidden++;
      continue;
    }
    y = end;
  }
  if (hidden) draw.text(48, bottom + 4, t('plan.more', { count: hidden }), { size: 13, color: COLORS.inkSoft });
  draw.text(48, 668, t('debrief.abstractionNote', { count: sources.abstractions }), { size: 13, color: COLORS.inkSoft, wrap: 900 });
  draw.button('debrief:sources-close', 1096, 648, { width: 140, height: 42, text: t('common.close'), primary: true, textStyle: { size: 17, bold: true } }, close);
}
