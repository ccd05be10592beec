// Report: what changed this turn and why (the ledger, grouped and worded), with charts over time.
import { t } from '../i18n';
import { dateLabel } from '../ui/format';
import type { GameContext } from '../machine/index';
import type { World } from '../sim/world';
import { icon } from '../ui/icons';
import { chartSeries, reportGroups, stacked, type ChartKind } from '../ui/report';
import { COLORS } from '../ui/theme';
import { fitLines } from '../ui/widgets/text';
import { drawChart } from '../ui/widgets/chart';
import type { FocusOptions } from '../ui/widgets/focus';
import { OverlayScene } from './Overlay';
import { send } from './session';

const CHARTS: ChartKind[] = ['trade', 'oil', 'relations', 'pillars'];

/** The report overlay after each turn. */
export class ReportScene extends OverlayScene {
  constructor() {
    super('Report');
  }

  protected override focusOptions(): FocusOptions {
    return { onEscape: () => send({ type: 'PROCEED' }) };
  }

  protected override initialFocus(): string {
    return 'report:continue';
  }

  protected draw(_state: string, context: GameContext): void {
    const { world, rules } = context;
    if (!world || !rules || world.history.length === 0) return;
    const record = world.history[world.history.length - 1];
    const s = OverlayScene.SHEET;
    let y = this.sheet(t('report.title', { date: dateLabel(record.date) }), icon('chart'));
    const x = s.x + 28;
    const colW = 440;
    this.text(x, y, t('report.whatChanged'), { size: 17, bold: true });
    y += 28;
    const bottom = s.y + s.height - 20;
    const groups = reportGroups(rules, world.ledger, record.turn, 2);
    if (groups.length === 0) this.text(x, y, t('report.noChanges'), { size: 15, color: COLORS.inkSoft });
    let hidden = 0;
    for (const g of groups) {
      if (y > bottom - 60) {
        hidden += g.causes.length;
        continue;
      }
      this.text(x, y, g.title.toUpperCase(), { size: 13, bold: true, color: COLORS.accent });
      y += 20;
      for (const c of g.causes) {
        if (y > bottom - 44) {
          hidden++;
          continue;
        }
        const head = this.text(x, y, c.label, { size: 15, bold: true, wrap: colW });
        fitLines(head, 2);
        y += head.height + 1;
        const changes = c.changes.map((ch) => `${ch.label} ${ch.change}`).join(' · ');
        const body = this.text(x + 12, y, changes, { size: 14, color: COLORS.inkSoft, wrap: colW - 12 });
        fitLines(body, 2);
        y += body.height + 7;
      }
      y += 6;
    }
    if (hidden > 0) this.text(x, Math.min(y, bottom - 20), t('report.more', { count: hidden }), { size: 14, color: COLORS.inkSoft });

    // Charts over time, 2 × 2 to the right: drawn once the report has shown, so End turn answers at once.
    this.later(() => this.drawCharts(world, record.date, x + colW + 30));
    const last = !!world.outcome;
    this.button('report:continue', s.x + s.width - 268, s.y + s.height - 68, { width: 240, height: 50, text: t(last ? 'report.toDebrief' : 'report.continue'), primary: true, textStyle: { size: 20, bold: true } }, () => send({ type: 'PROCEED' }));
  }

  private drawCharts(world: World, date: string, cx: number): void {
    const s = OverlayScene.SHEET;
    const cw = (s.x + s.width - 28 - cx - 20) / 2;
    const top = s.y + 78;
    const ch = 232;
    const first = world.history[0].date;
    CHARTS.forEach((kind, i) => {
      const rect = { x: cx + (i % 2) * (cw + 20), y: top + Math.floor(i / 2) * (ch + 12), width: cw, height: ch };
      const fixed: [number, number] | undefined = kind === 'relations' ? [-100, 100] : kind === 'pillars' ? [0, 100] : undefined;
      for (const o of drawChart(this, rect, chartSeries(world.history, kind), { title: t(`report.charts.${kind}`), stacked: stacked(kind), fixed, xLabels: [dateLabel(first, true), dateLabel(date, true)] })) this.keep(o);
    });
  }
}
