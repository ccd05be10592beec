// The road not taken in the debrief: for each turning point, the other choices of that turn played from the world as
// it was then to the end of the game over hundreds of futures in workers, started after the debrief's first paint,
// repainted as futures finish, and stopped when the player leaves. Publishes window.kz.roadNotTaken for tests.
import Phaser from 'phaser';
import { t } from '../../i18n';
import { forecastService } from '../../lab/browserForecast';
import type { Band, ForecastSummary } from '../../lab/forecast';
import { roadsNotTaken, type RoadPoint } from '../../lab/roadNotTaken';
import { RoadNotTakenRunner, type RoadPointResult } from '../../lab/roadNotTakenRunner';
import type { GameContext } from '../../machine/index';
import type { Rules } from '../../sim/content';
import { ENDING_IDS, PILLAR_IDS } from '../../sim/ids';
import { pillars } from '../../sim/scoring';
import { afterPaint } from '../afterPaint';
import { dateLabel, num } from '../format';
import { requestRender } from '../renderOnDemand';
import { COLORS } from '../theme';
import { bandText, changeLabel, changeSize, percent, roadReport, shiftLines, type ActualEnd, type RoadNotTakenReport } from './roadNotTakenWords';
import { fitLines, fitWidth, label, shrinkToWidth, type LabelStyle } from './text';

/** A rectangle of the layout. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the panel shows: one card per turning point, the details of one turning point's alternative, or nothing. */
export type RoadView = { kind: 'cards'; area: Area } | { kind: 'detail'; area: Area; turn: number; index: number } | null;

const CARD_H = 52;
const CARD_GAP = 2;
const CARD_LINE = 16;
const FOOT = 17;
const LINE = 19;
const REPAINT_MS = 400; // repaint at most this often while futures stream in (and at once when a point is done)
/** How far below the detail view's top its ◀ ▶ row is (the scene's buttons, the alternative's name between them). */
export const DETAIL_NAV_Y = 64;

/** Where each turning point's card goes in the cards view (the scene puts its click zones on the same rectangles). */
export function cardSlots(area: Area, count: number): Area[] {
  return Array.from({ length: count }, (_, i) => ({ x: area.x, y: area.y + i * (CARD_H + CARD_GAP), width: area.width, height: CARD_H }));
}

/** Kept across the debrief's redraws (named `debrief:road-not-taken`); its cards are named by the scene's zones. */
export class RoadNotTakenPanel extends Phaser.GameObjects.Container {
  private readonly runner = new RoadNotTakenRunner(forecastService());
  private key = '';
  private rules: Rules | null = null;
  private points: RoadPoint[] = [];
  private results: RoadPointResult[] = [];
  private actual: ActualEnd | null = null;
  private choices = new Map<number, string>(); // turn → what the player chose then, in words
  private view: RoadView = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private paintedAt = 0;

  constructor(scene: Phaser.Scene) {
    super(scene, 0, 0);
    this.setName('debrief:road-not-taken');
    scene.add.existing(this);
    this.once(Phaser.GameObjects.Events.DESTROY, () => this.stop());
  }

  /**
   * Called on every redraw: starts the roads not taken of `turns` (the turning points) once per finished line of
   * play, just after the drawing has been shown. `chose` words what was decided at each turn.
   */
  sync(context: GameContext, turns: readonly number[], chose: ReadonlyMap<number, string>): void {
    const { world, rules, scenario } = context;
    if (!world || !rules || !scenario) return;
    const key = `${context.gameId}:${context.branchId}:${context.hashes.at(-1) ?? ''}:${turns.join(',')}`;
    if (key === this.key) return;
    this.stop();
    this.key = key;
    this.rules = rules;
    this.choices = new Map(chose);
    this.actual = { ending: world.outcome?.ending ?? 'muddlingThrough', pillars: pillars(world) };
    const wanted = turns.filter((turn) => turn < context.log.length);
    this.results = wanted.map((turn) => ({ turn, date: world.history[turn]?.date ?? '', seeds: 0, target: this.runner.target, done: false, decided: true, outcomes: [] }));
    this.points = [];
    const log = context.log;
    const seed = context.seed;
    afterPaint(this.scene, () => {
      if (this.key !== key) return;
      this.points = roadsNotTaken(rules, scenario, seed, log, wanted);
      this.runner.start(rules, this.points, (results) => {
        if (this.key !== key || !this.scene) return;
        const finished = results.some((r, i) => r.done && !this.results[i]?.done) || results.every((r) => r.done);
        this.results = results;
        this.schedule(finished);
      });
    }, () => this.key === key);
  }

  /** Stops the futures still running (leaving the debrief, or another game). */
  stop(): void {
    this.key = '';
    this.runner.cancel();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** How many alternatives a turning point has (known once its worlds are rebuilt, just after the first paint). */
  alternatives(turn: number): number {
    return this.points.find((p) => p.turn === turn)?.alternatives.length ?? 0;
  }

  /** The turning points, in the order of their cards. */
  turns(): number[] {
    return this.results.map((r) => r.turn);
  }

  /** Shows a view (or nothing) and paints it now. */
  show(view: RoadView): void {
    this.view = view;
    this.paint();
  }

  private schedule(now: boolean): void {
    if (this.timer) clearTimeout(this.timer);
    const wait = now ? 0 : Math.max(0, this.paintedAt + REPAINT_MS - performance.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.scene?.sys.isActive()) return;
      this.paint();
      requestRender();
      this.publish();
    }, wait);
  }

  /** The latest results for tests (every point, finished or not). */
  report(): RoadNotTakenReport | null {
    if (!this.rules || !this.actual) return null;
    return roadReport(this.rules, this.results, this.actual, this.runner.target);
  }

  private publish(): void {
    const report = this.report();
    if (report) window.kz.roadNotTaken = report;
  }

  private text(x: number, y: number, s: string, style: LabelStyle): Phaser.GameObjects.Text {
    const o = label(this.scene, x, y, s, style);
    this.add(o);
    return o;
  }

  private paint(): void {
    this.paintedAt = performance.now();
    this.removeAll(true);
    const view = this.view;
    if (!view) return;
    if (view.kind === 'cards') this.paintCards(view.area);
    else this.paintDetail(view.area, view.turn, view.index);
  }

  private status(r: RoadPointResult | undefined): string {
    if (!r) return '';
    if (r.failed) return t('road.failed', { reason: r.failed });
    if (!r.decided) return '';
    if (r.done) return t('road.ready', { count: r.seeds });
    return r.seeds ? t('road.running', { count: r.seeds, target: r.target }) : t('road.waiting');
  }

  private paintCards(area: Area): void {
    const report = this.report();
    const rules = this.rules;
    const slots = cardSlots(area, this.results.length);
    if (!this.results.length || !rules) {
      this.text(area.x, area.y, t('road.none'), { size: 14, color: COLORS.inkSoft, wrap: area.width });
      return;
    }
    const running = this.results.find((r) => r.decided && !r.done);
    this.results.forEach((r, i) => {
      const slot = slots[i];
      const point = report?.points[i];
      if (!slot || !point) return;
      this.add(this.scene.add.rectangle(slot.x, slot.y, slot.width, slot.height, COLORS.panel).setOrigin(0, 0).setStrokeStyle(1, COLORS.rule));
      const w = slot.width - 30;
      const line = (n: number, s: string, style: LabelStyle) => fitWidth(this.text(slot.x + 8, slot.y + 3 + n * CARD_LINE, s, { size: 14, ...style }), w);
      this.text(slot.x + slot.width - 10, slot.y + 15, '›', { size: 20, bold: true, color: COLORS.accent }).setOrigin(1, 0);
      const date = `★ ${dateLabel(r.date, true)}`;
      if (!r.decided) {
        line(0, date, { bold: true });
        line(1, t('road.nothingDecided'), { color: COLORS.inkSoft });
        return;
      }
      // The alternative that changes the futures most (or, until one is known, the first to be played).
      const best = [...point.alternatives].sort((a, b) => changeSize(b) - changeSize(a))[0];
      const change = best?.change ?? this.points.find((p) => p.turn === r.turn)?.alternatives[0]?.change;
      line(0, `${date} · ${change ? changeLabel(rules, change, true) : t('road.other')}:`, { bold: true });
      if (!best) {
        line(1, r.failed ? this.status(r) : r === running ? this.status(r) : t('road.queued'), { italic: true, color: COLORS.inkSoft });
        return;
      }
      const [first, second] = shiftLines(best);
      if (first) line(1, first, {});
      if (second) line(2, second, {});
    });
    const foot = !running ? t('road.cardsDone', { count: report?.seeds ?? 0 }) : this.status(running);
    const y = (slots.at(-1)?.y ?? area.y) + CARD_H + CARD_GAP;
    fitLines(this.text(area.x, y, `${foot} ${t('road.cardsHint')}`, { size: 14, color: COLORS.inkSoft, wrap: area.width, lineSpacing: 0 }), Math.max(1, Math.floor((area.y + area.height - y) / FOOT)));
  }

  private paintDetail(area: Area, turn: number, index: number): void {
    const { x, width: w } = area;
    const rules = this.rules;
    const r = this.results.find((p) => p.turn === turn);
    const point = this.points.find((p) => p.turn === turn);
    if (!rules || !r) return;
    shrinkToWidth(this.text(x, area.y, t('road.detailTitle', { date: dateLabel(r.date) }), { size: 17, bold: true }), w - 40, 14);
    const chose = this.text(x, area.y + 24, t('road.chose', { what: this.choices.get(turn) || t('debrief.noActions') }), { size: 14, wrap: w - 40, color: COLORS.inkSoft });
    fitLines(chose, 2);
    const alt = point?.alternatives[index];
    let y = area.y + DETAIL_NAV_Y;
    if (!alt) {
      this.text(x, y + 4, r.decided ? this.status(r) : t('road.nothingDecided'), { size: 14, wrap: w, color: COLORS.inkSoft });
      return;
    }
    // The alternative's name between the scene's ◀ ▶ buttons.
    const name = this.text(x + w / 2, y + 2, `${changeLabel(rules, alt.change)}:`, { size: 15, bold: true, wrap: w - 84, align: 'center' }).setOrigin(0.5, 0);
    fitLines(name, 2);
    y += Math.max(34, name.height + 2);
    const count = point.alternatives.length;
    fitWidth(this.text(x, y, `${t('road.of', { n: index + 1, total: count })} · ${this.status(r)}`, { size: 14, color: COLORS.inkSoft }), w);
    y += LINE + 4;
    const outcome = r.outcomes.find((o) => JSON.stringify(o.change) === JSON.stringify(alt.change));
    // The table: a label column, the alternative, the choice made (both over the same futures), and this game.
    const cols = [x + 158, x + 250, x + 342];
    const colW = [88, 88, w - 342];
    const head = [t('road.colAlt'), t('road.colChosen'), t('road.colActual')];
    head.forEach((h, i) => shrinkToWidth(this.text(cols[i] ?? x, y, h, { size: 14, bold: true, color: i === 0 ? COLORS.accent : i === 1 ? COLORS.ink : COLORS.inkSoft }), colW[i] ?? 60, 14));
    y += LINE + 2;
    if (!outcome || !this.actual) {
      this.text(x, y, t('road.waiting'), { size: 14, italic: true, color: COLORS.inkSoft });
      return;
    }
    const actual = this.actual;
    const row = (name: string, cells: string[], bold = false) => {
      shrinkToWidth(this.text(x + 8, y, name, { size: 14 }), 148, 14);
      cells.forEach((c, i) => shrinkToWidth(this.text(cols[i] ?? x, y, c, { size: 14, bold: bold && i === 0, color: i === 2 ? COLORS.inkSoft : COLORS.ink }), (colW[i] ?? 60) - 4, 14));
      y += LINE;
    };
    fitWidth(this.text(x, y, t('road.endings'), { size: 14, bold: true }), w);
    y += LINE;
    const endings = ENDING_IDS.filter((e) => outcome.alternative.endings[e] > 0 || outcome.chosen.endings[e] > 0 || e === actual.ending)
      .sort((a, b) => Math.abs(outcome.alternative.endings[b] - outcome.chosen.endings[b]) - Math.abs(outcome.alternative.endings[a] - outcome.chosen.endings[a]))
      .slice(0, 3);
    for (const e of endings) row(t(`debrief.endings.${e}`), [percent(outcome.alternative.endings[e]), percent(outcome.chosen.endings[e]), e === actual.ending ? t('road.happened') : '—'], true);
    y += 2;
    fitWidth(this.text(x, y, t('road.pillars'), { size: 14, bold: true }), w);
    y += LINE;
    const band = (s: ForecastSummary, p: (typeof PILLAR_IDS)[number]): Band => s.pillars[p];
    for (const p of PILLAR_IDS) row(t(`hud.pillars.${p}`), [bandText(band(outcome.alternative, p)), bandText(band(outcome.chosen, p)), num(actual.pillars[p], 0)], true);
    y += 4;
    const room = Math.floor((area.y + area.height - y) / 17);
    if (room >= 1) fitLines(this.text(x, y, t('road.basis', { count: r.seeds, date: dateLabel(r.date) }), { size: 14, color: COLORS.inkSoft, wrap: w, lineSpacing: 0 }), room);
  }
}
