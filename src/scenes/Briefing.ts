// Briefing: the period's news (the powers' moves and their reasons, events, completed projects) before planning.
import { t } from '../i18n';
import { dateLabel } from '../ui/format';
import type { GameContext } from '../machine/index';
import { turnDate } from '../sim/index';
import type { PowerId } from '../sim/ids';
import { briefingView } from '../ui/briefing';
import { icon } from '../ui/icons';
import { flagKey } from '../ui/map/partnerMarker';
import { COLORS } from '../ui/theme';
import { fitLines } from '../ui/widgets/text';
import type { FocusOptions } from '../ui/widgets/focus';
import { OverlayScene } from './Overlay';
import { send } from './session';
import { lessonFor } from '../lesson/activeLesson';
import { baseScenarioId } from '../lesson/lessonScenario';
import { lessonLines } from '../ui/lessonBrief';
import { buildRules } from '../sim/index';

/** The briefing overlay. */
export class BriefingScene extends OverlayScene {
  constructor() {
    super('Briefing');
  }

  protected override focusOptions(): FocusOptions {
    return { onEscape: () => send({ type: 'PROCEED' }) };
  }

  protected draw(_state: string, context: GameContext): void {
    const { world, rules } = context;
    if (!world || !rules) return;
    const s = OverlayScene.SHEET;
    let y = this.sheet(t('briefing.title', { date: dateLabel(turnDate(world, world.turn)) }), icon('newspaper'));
    const items = briefingView(rules, world, context.scenario);
    y = this.drawLesson(context, y);
    if (items.length === 0) this.text(s.x + 28, y, t('briefing.quiet'), { size: 18, color: COLORS.inkSoft });
    const bottom = s.y + s.height - 80;
    let shown = 0;
    for (const item of items) {
      if (y > bottom - 50) break;
      const x = s.x + 28;
      if (item.powerId && this.textures.exists(flagKey(item.powerId as PowerId))) {
        this.keep(this.add.image(x + 16, y + 12, flagKey(item.powerId as PowerId)).setDisplaySize(32, 24));
      } else {
        this.keep(this.add.image(x + 16, y + 12, item.kind === 'event' ? icon('alert') : item.kind === 'opening' ? icon('book') : icon('check')).setDisplaySize(22, 22));
      }
      this.text(x + 44, y, `${item.hostile ? '⚠ ' : ''}${item.who}`, { size: 14, bold: true, color: item.hostile ? COLORS.bad : COLORS.inkSoft });
      const head = this.text(x + 44, y + 18, item.headline, { size: 19, bold: true, wrap: s.width - 110 });
      y += 18 + head.height + 2;
      if (item.reason) {
        const why = this.text(x + 44, y, item.reason, { size: 15, color: COLORS.ink, wrap: s.width - 110, lineSpacing: 3 });
        fitLines(why, 3);
        y += why.height;
      }
      y += 14;
      shown++;
    }
    if (shown < items.length) this.text(s.x + 72, y, t('plan.more', { count: items.length - shown }), { size: 14, color: COLORS.inkSoft });
    this.button('briefing:continue', s.x + s.width - 268, s.y + s.height - 68, { width: 240, height: 50, text: t('briefing.continue'), primary: true, textStyle: { size: 20, bold: true } }, () => send({ type: 'PROCEED' }));
  }

  /** On a lesson's first briefing: what the teacher set (turns, seed, closed vectors and actions, questions). */
  private drawLesson(context: GameContext, y: number): number {
    const lesson = context.world?.turn === 0 ? lessonFor(context.scenario?.id) : null;
    if (!lesson || !context.scenario) return y;
    const s = OverlayScene.SHEET;
    const base = context.catalog[baseScenarioId(context.scenario.id)];
    const box = this.panel(s.x + 28, y - 4, s.width - 56, 10, 0xfbe9c6, COLORS.rule);
    this.keep(this.add.image(s.x + 48, y + 12, icon('book')).setDisplaySize(22, 22));
    this.text(s.x + 72, y, t('lesson.brief.title'), { size: 16, bold: true });
    const body = this.text(s.x + 72, y + 22, lessonLines(lesson, base ? buildRules(base) : null).join('  ·  '), { size: 15, wrap: s.width - 130, lineSpacing: 2 });
    fitLines(body, 3);
    box.setSize(s.width - 56, body.height + 34);
    return y + body.height + 44;
  }

  protected override initialFocus(): string {
    return 'briefing:continue';
  }
}
