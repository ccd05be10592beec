// Decision: an event card with 2–4 choices, each showing its trade-off and effects; one click answers it.
import Phaser from 'phaser';
import { t } from '../i18n';
import type { GameContext } from '../machine/index';
import { decisionView } from '../ui/decision';
import { icon } from '../ui/icons';
import { COLORS } from '../ui/theme';
import { fitLines } from '../ui/widgets/text';
import { at } from '../sim/indexing';
import { OverlayScene } from './Overlay';
import { send } from './session';
import { refusalWords } from '../ui/refusalWords';
import { OPTION_FORECAST_HEIGHT, OptionForecasts, type OptionSlot } from '../ui/widgets/optionForecast';

/** The decision overlay (one pending event at a time). */
export class DecisionScene extends OverlayScene {
  private forecasts: OptionForecasts | null = null; // kept across redraws: it repaints itself as futures finish

  constructor() {
    super('Decision');
  }

  protected override setup(): void {
    super.setup();
    this.forecasts = new OptionForecasts(this).setDepth(10);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => (this.forecasts = null));
  }

  protected draw(_state: string, context: GameContext): void {
    const { world, rules } = context;
    const pending = world?.pending[0];
    if (!world || !rules || !pending) return;
    const view = decisionView(rules, pending.eventId);
    if (!view) return;
    const s = OverlayScene.SHEET;
    let y = this.sheet(view.title, icon('alert'));
    if (world.pending.length > 1) this.text(s.x + s.width - 28, s.y + 26, t('decision.left', { count: world.pending.length }), { size: 15, color: COLORS.inkSoft }).setOrigin(1, 0);
    const desc = this.text(s.x + 28, y, view.description, { size: 17, wrap: s.width - 56, lineSpacing: 4 });
    y += desc.height + 22;
    const n = view.options.length;
    const cols = n <= 3 ? n : 2;
    const gap = 20;
    const w = (s.width - 56 - gap * (cols - 1)) / cols;
    const rows = Math.ceil(n / cols);
    const room = (s.y + s.height - 36 - y - gap * (rows - 1)) / rows;
    // Lay each card out by its measured text: title, trade-off, then effect lines; cards in a row share the tallest height.
    // Larger type when the cards have room (a projector at the back of a class), the usual size otherwise.
    const make = (big: boolean) => view.options.map((o, i) => {
      const title = this.text(0, 0, `${String.fromCharCode(65 + i)}. ${o.title}`, { size: big ? 22 : 19, bold: true, wrap: w - 32 });
      const desc = this.text(0, 0, o.description, { size: big ? 17 : 15, color: COLORS.inkSoft, wrap: w - 32, lineSpacing: 3 });
      const lines = o.lines.map((line) => this.text(0, 0, line, { size: big ? 17 : 15, bold: true, wrap: w - 46 }));
      return { o, title, desc, lines };
    });
    type Card = ReturnType<typeof make>[number];
    const natural = (c: Card) => 12 + c.title.height + 6 + c.desc.height + 8 + c.lines.reduce((a, l) => a + l.height + 2, 0) + 10 + OPTION_FORECAST_HEIGHT;
    let cards = make(true);
    if (cards.some((c) => natural(c) > room)) {
      for (const c of cards) [c.title, c.desc, ...c.lines].forEach((o) => o.setVisible(false).setActive(false));
      cards = make(false);
    }
    const rowH = Array.from({ length: rows }, (_, r) => Math.min(room, Math.max(120, ...cards.slice(r * cols, r * cols + cols).map(natural))));
    const slots: OptionSlot[] = [];
    const rowY = rowH.map((_, r) => y + rowH.slice(0, r).reduce((a, b) => a + b + gap, 0));
    cards.forEach((c, i) => {
      const h = at(rowH, Math.floor(i / cols), 'option rows');
      const x = s.x + 28 + (i % cols) * (w + gap);
      const oy = at(rowY, Math.floor(i / cols), 'option rows');
      this.button(`choice:${view.eventId}:${c.o.id}`, x, oy, { width: w, height: h }, () => send({ type: 'CHOOSE', eventId: view.eventId, optionId: c.o.id }));
      let ly = oy + 12;
      c.title.setPosition(x + 16, ly);
      ly += c.title.height + 6;
      // Too tall for the sheet: the description gives way first, then the last effect lines.
      const linesH = c.lines.reduce((a, l) => a + l.height + 2, 0);
      const bottom = oy + h - OPTION_FORECAST_HEIGHT; // the option's forecast below its effects
      slots.push({ optionId: c.o.id, x: x + 16, y: bottom + 2, width: w - 32 });
      const descRoom = Math.max(20, bottom - 10 - linesH - 8 - ly);
      if (c.desc.height > descRoom) fitLines(c.desc, Math.max(1, Math.floor(descRoom / 21)));
      c.desc.setPosition(x + 16, ly);
      ly += c.desc.height + 8;
      for (const l of c.lines) {
        // A bullet with a hanging indent, so a wrapped line stays under its own words.
        l.setPosition(x + 32, ly);
        if (ly + l.height > bottom - 6) l.setVisible(false);
        else this.text(x + 16, ly, '•', { size: parseFloat(String(l.style.fontSize)), bold: true });
        ly += l.height + 2;
      }
      for (const o of [c.title, c.desc, ...c.lines]) this.children.bringToTop(o);
    });
    this.forecasts?.sync(context, slots, context.choiceRefusal ? null : { optionId: '', x: s.x + 28, y: s.y + s.height - 30, width: s.width - 56 });
    if (context.choiceRefusal) this.text(s.x + 28, s.y + s.height - 30, `✕ ${refusalWords(context.choiceRefusal, context.rules)}`, { size: 14, color: COLORS.bad });
  }
}
