// Report: what mattered this turn (largest changes first, each with its causes), every change by cause, and charts over time.
import Phaser from 'phaser';
import { t } from '../i18n';
import { dateLabel } from '../ui/format';
import type { GameContext } from '../machine/index';
import type { World } from '../sim/world';
import { explainNumber } from '../ui/explain/explain';
import { icon } from '../ui/icons';
import { chartPointPath, chartSeries, matteredRows, reportGroups, stacked, type ChartKind } from '../ui/report';
import { COLORS } from '../ui/theme';
import { drawChart } from '../ui/widgets/chart';
import { drawExplanation, publishExplanation, type PanelHost } from '../ui/widgets/explanationPanel';
import type { FocusOptions } from '../ui/widgets/focus';
import { at } from '../sim/indexing';
import { OverlayScene } from './Overlay';
import { send } from './session';

const CHARTS: ChartKind[] = ['trade', 'oil', 'relations', 'pillars'];

/** One block of the report's scrolling list: drawn at y, it returns its texts and, once it fits, makes its button. */
type Block = (y: number) => { objects: Phaser.GameObjects.Text[]; height: number; commit?: () => void };

/** The report overlay after each turn. */
export class ReportScene extends OverlayScene {
  private first = 0;
  private explaining: { path: string; turn?: number } | null = null;
  private explainFirst = 0;
  private lastTurn = -1;

  constructor() {
    super('Report');
  }

  init(): void {
    this.first = 0;
    this.explaining = null;
    this.explainFirst = 0;
  }

  protected override setup(): void {
    this.input.on(Phaser.Input.Events.POINTER_WHEEL, (_p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => {
      if (this.explaining) this.explainFirst = Math.max(0, this.explainFirst + Math.sign(dy));
      else this.first = Math.max(0, this.first + Math.sign(dy));
      this.refresh();
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => publishExplanation(null));
  }

  protected override focusOptions(): FocusOptions {
    return {
      onEscape: () => {
        if (this.explaining) this.closeExplanation();
        else send({ type: 'PROCEED' });
      },
    };
  }

  protected override initialFocus(): string {
    return this.explaining ? 'explain:close' : 'report:continue';
  }

  /** Opens the explanation of a number (a chart point when `turn` is given). */
  private openExplanation(path: string, turn?: number): void {
    this.explaining = { path, turn };
    this.explainFirst = 0;
    this.refresh();
    this.nav.focusName('explain:close');
  }

  private closeExplanation(): void {
    const path = this.explaining?.path;
    this.explaining = null;
    publishExplanation(null);
    this.refresh();
    if (path) this.nav.focusName(`explain:${path}`);
  }

  private host(): PanelHost {
    return {
      text: (x, y, s, style) => this.text(x, y, s, style),
      button: (name, x, y, options, onActivate) => this.button(name, x, y, options, onActivate),
      panel: (x, y, w, h, fill, stroke, sw) => this.panel(x, y, w, h, fill, stroke, sw),
    };
  }

  protected draw(_state: string, context: GameContext): void {
    const { world, rules } = context;
    const record = world?.history[world.history.length - 1];
    if (!world || !rules || !record) return;
    if (record.turn !== this.lastTurn) {
      this.lastTurn = record.turn;
      this.first = 0;
    }
    const s = OverlayScene.SHEET;
    const top = this.sheet(t('report.title', { date: dateLabel(record.date) }), icon('chart'));
    const x = s.x + 28;
    const colW = 450;
    const bottom = s.y + s.height - 64;

    // The list: what mattered (each number a button opening its explanation), then every change by cause.
    const blocks: Block[] = [];
    const header = (words: string, size = 17, color: number = COLORS.ink): Block => (y) => {
      const o = this.text(x, y, words, { size, bold: true, color, wrap: colW });
      return { objects: [o], height: o.height + 6 };
    };
    const rows = matteredRows(world, rules);
    if (rows.length) blocks.push(header(t('explain.mattered')));
    for (const row of rows) {
      blocks.push((y) => {
        const objects: Phaser.GameObjects.Text[] = [];
        const color = row.good === null ? COLORS.ink : row.good ? COLORS.good : COLORS.bad;
        const name = this.text(x + 8, y + 5, row.label, { size: 15, bold: true, wrap: 190 }).setDepth(2);
        const change = this.text(x + colW - 8, y + 5, row.change, { size: 15, bold: true, color }).setOrigin(1, 0).setDepth(2);
        objects.push(name, change);
        let cy = y + 5 + Math.max(name.height, change.height) + 2;
        for (const c of row.causes) {
          const d = this.text(x + 16, cy, c.change, { size: 13, bold: true, color: COLORS.inkSoft }).setDepth(2);
          const w = this.text(x + 84, cy, c.words, { size: 13, color: COLORS.inkSoft, wrap: colW - 92 }).setDepth(2);
          objects.push(d, w);
          cy += Math.max(d.height, w.height) + 1;
        }
        const height = cy - y + 5;
        return {
          objects, height: height + 4,
          commit: () => this.button(`explain:${row.path}`, x, y, { width: colW, height, fill: COLORS.paper }, () => this.openExplanation(row.path)).setDepth(1),
        };
      });
    }
    const groups = reportGroups(rules, world.ledger, record.turn, Infinity);
    if (groups.length) {
      blocks.push((y) => {
        const b = header(t('explain.everyChange'))(y + 8);
        return { ...b, height: b.height + 8 };
      });
    }
    for (const g of groups) {
      blocks.push(header(g.title.toUpperCase(), 13, COLORS.accent));
      for (const c of g.causes) {
        blocks.push((y) => {
          const head = this.text(x, y, c.label, { size: 14, bold: true, wrap: colW });
          const body = this.text(x + 12, y + head.height + 1, c.changes.map((ch) => `${ch.label} ${ch.change}`).join(' · '), { size: 13, color: COLORS.inkSoft, wrap: colW - 12 });
          return { objects: [head, body], height: head.height + body.height + 8 };
        });
      }
    }
    if (blocks.length === 0) blocks.push(header(t('report.noChanges'), 15, COLORS.inkSoft));
    this.first = Math.min(this.first, blocks.length - 1);
    let y = top;
    let i = this.first;
    for (; i < blocks.length; i++) {
      const b = at(blocks, i, 'report blocks')(y);
      if (y + b.height > bottom && i > this.first) {
        for (const o of b.objects) o.destroy();
        break;
      }
      b.commit?.();
      y += b.height;
    }
    const shown = i;
    if (this.first > 0 || shown < blocks.length) {
      const py = s.y + s.height - 56;
      this.text(x, py + 10, t('explain.range', { from: this.first + 1, to: shown, count: blocks.length }), { size: 14, color: COLORS.inkSoft });
      this.button('report:earlier', x + colW - 230, py, { width: 110, height: 36, text: t('explain.earlier'), disabled: this.first === 0, textStyle: { size: 14 } }, () => {
        this.first = Math.max(0, this.first - Math.max(1, shown - this.first));
        this.refresh();
      });
      this.button('report:later', x + colW - 110, py, { width: 110, height: 36, text: t('explain.later'), disabled: shown >= blocks.length, textStyle: { size: 14 } }, () => {
        this.first = shown;
        this.refresh();
      });
    }

    // Charts over time, 2 × 2 to the right (the value at the end of each turn): drawn once the report has shown, so End turn answers at once.
    this.later(() => this.drawCharts(world, record.date, x + colW + 30));
    const last = !!world.outcome;
    this.button('report:continue', s.x + s.width - 268, s.y + s.height - 68, { width: 240, height: 50, text: t(last ? 'report.toDebrief' : 'report.continue'), primary: true, textStyle: { size: 20, bold: true } }, () => send({ type: 'PROCEED' }));

    if (this.explaining) {
      const e = explainNumber(world, rules, this.explaining.path, this.explaining.turn);
      if (!e) {
        this.explaining = null;
        return;
      }
      publishExplanation(e);
      this.keep(this.add.rectangle(0, 0, 1280, 720, COLORS.overlay, 0.3).setOrigin(0, 0).setDepth(59).setInteractive())
        .on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => queueMicrotask(() => this.closeExplanation()));
      drawExplanation(this.host(), e, {
        x: 340, y: 90, width: 600, maxHeight: 610, first: this.explainFirst, depth: 60,
        onPage: (f) => {
          this.explainFirst = f;
          this.refresh();
        },
        onClose: () => this.closeExplanation(),
      });
    }
  }

  private drawCharts(world: World, date: string, cx: number): void {
    const s = OverlayScene.SHEET;
    const cw = (s.x + s.width - 28 - cx - 20) / 2;
    const top = s.y + 78;
    const ch = 232;
    const first = at(world.history, 0, 'history').date;
    CHARTS.forEach((kind, i) => {
      const rect = { x: cx + (i % 2) * (cw + 20), y: top + Math.floor(i / 2) * (ch + 12), width: cw, height: ch };
      const fixed: [number, number] | undefined = kind === 'relations' ? [-100, 100] : kind === 'pillars' ? [0, 100] : undefined;
      const onPoint = (id: string, index: number) => {
        const turn = world.history[index]?.turn;
        if (turn !== undefined && !this.explaining) this.openExplanation(chartPointPath(kind, id), turn);
      };
      for (const o of drawChart(this, rect, chartSeries(world.history, kind), { title: t(`report.charts.${kind}`), stacked: stacked(kind), fixed, xLabels: [dateLabel(first, true), dateLabel(date, true)], onPoint, name: `chart:${kind}` })) this.keep(o);
    });
    this.text(cx, top + 2 * (ch + 12) - 4, `${t('explain.endOfTurn')} · ${t('explain.chartHint')}`, { size: 14, italic: true, color: COLORS.inkSoft, wrap: s.x + s.width - 268 - 12 - cx }); // left of Continue
  }
}
