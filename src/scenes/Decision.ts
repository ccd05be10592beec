// Decision: an event card with 2–4 choices, each showing its trade-off and effects; one click answers it.
import { t } from '../i18n';
import type { GameContext } from '../machine/index';
import { decisionView } from '../ui/decision';
import { icon } from '../ui/icons';
import { COLORS } from '../ui/theme';
import { OverlayScene } from './Overlay';
import { send } from './session';

/** The decision overlay (one pending event at a time). */
export class DecisionScene extends OverlayScene {
  constructor() {
    super('Decision');
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
    const h = Math.min(rows === 1 ? 230 : 200, (s.y + s.height - 28 - y - gap * (rows - 1)) / rows);
    view.options.forEach((o, i) => {
      const x = s.x + 28 + (i % cols) * (w + gap);
      const oy = y + Math.floor(i / cols) * (h + gap);
      this.button(`choice:${view.eventId}:${o.id}`, x, oy, { width: w, height: h }, () => send({ type: 'CHOOSE', eventId: view.eventId, optionId: o.id }));
      this.text(x + 16, oy + 12, `${String.fromCharCode(65 + i)}. ${o.title}`, { size: 19, bold: true, wrap: w - 32 });
      const d = this.text(x + 16, oy + 42, o.description, { size: 14, color: COLORS.inkSoft, wrap: w - 32, lineSpacing: 3 });
      d.setMaxLines(4);
      let ly = oy + 48 + Math.min(d.height, 80);
      for (const line of o.lines.slice(0, Math.max(1, Math.floor((oy + h - ly - 6) / 19)))) {
        this.text(x + 16, ly, `• ${line}`, { size: 14, bold: true, wrap: w - 32 });
        ly += 19;
      }
    });
    if (context.choiceRefusal) this.text(s.x + 28, s.y + s.height - 26, `✕ ${context.choiceRefusal.text.en}`, { size: 14, color: COLORS.bad });
  }
}
