// Debrief: the ending, its reason and grades, the scenario's goals, the timeline with turning points, charts of the
// whole game, the sources, and rewind, compare, rename and share.
import Phaser from 'phaser';
import { t } from '../i18n';
import { dateLabel } from '../ui/format';
import { MAX_BRANCH_NAME, shareCode, type GameContext } from '../machine/index';
import { branchLabel, debriefView, type DebriefView } from '../ui/debrief';
import { icon } from '../ui/icons';
import { chartPointPath, chartSeries, type ChartKind } from '../ui/report';
import { explainNumber } from '../ui/explain/explain';
import { drawExplanation, publishExplanation } from '../ui/widgets/explanationPanel';
import { askText } from '../ui/textEntry';
import { COLORS } from '../ui/theme';
import { drawChart } from '../ui/widgets/chart';
import { cardSlots, DETAIL_NAV_Y, RoadNotTakenPanel } from '../ui/widgets/roadNotTakenPanel';
import type { FocusOptions } from '../ui/widgets/focus';
import { clip, fitLines, shrinkToWidth } from '../ui/widgets/text';
import { drawSourcesSheet } from './debriefSources';
import { ScreenScene } from './ScreenScene';
import { send, snapshot } from './session';
import { openPrintReport } from '../ui/dom/printReport';
import { openCompareWith, openLabSheet } from '../ui/labEntry';

const TIMELINE_X = 440;
const CHART_X = 860;
const LOWER_Y = 204; // the tabs of the lower half of the right column: the roads not taken, or the relations chart
const ROAD_Y = LOWER_Y + 30;
const RIGHT_BOTTOM = 430; // above the share and menu buttons

/** The end-of-game screen. */
export class DebriefScene extends ScreenScene {
  private message = '';
  private showSources = false;
  private hovered: number | null = null;
  private explaining: { path: string; turn: number } | null = null; // a chart point's "why", as in the report
  private explainFirst = 0;
  private lower: 'road' | 'relations' = 'road';
  private roadTurn: number | null = null; // the turning point whose roads not taken are open in full
  private roadIndex = 0;
  private road: RoadNotTakenPanel | null = null;

  constructor() {
    super('Debrief');
  }

  init(): void {
    this.message = '';
    this.showSources = false;
    this.hovered = null;
    this.explaining = null;
    this.explainFirst = 0;
    this.lower = 'road';
    this.roadTurn = null;
    this.roadIndex = 0;
  }

  protected override focusOptions(): FocusOptions {
    return {
      onEscape: () => (this.explaining ? this.closeExplanation() : this.showSources ? this.toggleSources(false)
        : this.roadTurn !== null ? this.openRoad(null) : send({ type: 'MENU' })),
      onFocus: (name) => this.hover(name?.startsWith('debrief:turn:') ? Number(name.slice(13)) : null),
    };
  }

  /** Opens the explanation of a chart point: that series' change over that turn, split into its causes. */
  private openExplanation(path: string, turn: number): void {
    this.explaining = { path, turn };
    this.explainFirst = 0;
    this.refresh();
    this.nav.focusName('explain:close');
  }

  private closeExplanation(): void {
    this.explaining = null;
    publishExplanation(null);
    this.refresh();
  }

  protected override setup(): void {
    this.road = new RoadNotTakenPanel(this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      publishExplanation(null);
      this.road?.stop(); // leaving the debrief stops its futures
      this.road = null;
    });
    this.input.on(Phaser.Input.Events.POINTER_WHEEL, (_p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => {
      if (!this.explaining) return;
      this.explainFirst = Math.max(0, this.explainFirst + Math.sign(dy));
      this.refresh();
    });
    // A row redrawn under a still pointer gets no "out" event: clear the full text once the pointer leaves every row.
    this.input.on(Phaser.Input.Events.POINTER_MOVE, (_p: Phaser.Input.Pointer, over: Phaser.GameObjects.GameObject[]) => {
      if (this.hovered !== null && !over.some((o) => o.name.startsWith('debrief:turn:'))) this.hover(null);
    });
  }

  protected draw(_state: string, context: GameContext): void {
    const { world, rules } = context;
    if (!world || !rules) return;
    this.cameras.main.setBackgroundColor(COLORS.paper);
    const view = debriefView(rules, world, context.scenario);
    const turning = view.timeline.filter((x) => x.turning).map((x) => x.turn);
    this.road?.sync(context, turning, new Map(view.timeline.map((x) => [x.turn, x.decisions.join('; ')])));
    this.road?.show(null);
    if (this.showSources) {
      drawSourcesSheet(this, view.sources, {
        text: (x, y, s, style) => this.text(x, y, s, style),
        panel: (x, y, w, h, fill, stroke, sw) => this.panel(x, y, w, h, fill, stroke, sw),
        button: (name, x, y, o, act) => this.button(name, x, y, o, act),
      }, () => this.toggleSources(false));
      return;
    }
    this.drawSummary(view);
    this.drawTimeline(view, context);
    this.drawRight(view, context);
    if (this.explaining) this.drawExplanationOf(context, this.explaining);
  }

  private drawExplanationOf(context: GameContext, what: { path: string; turn: number }): void {
    const e = explainNumber(context.world!, context.rules, what.path, what.turn);
    if (!e) {
      this.explaining = null;
      return;
    }
    publishExplanation(e);
    this.keep(this.add.rectangle(0, 0, 1280, 720, COLORS.overlay, 0.3).setOrigin(0, 0).setDepth(59).setInteractive())
      .on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => queueMicrotask(() => this.closeExplanation()));
    drawExplanation({
      text: (x, y, s, style) => this.text(x, y, s, style),
      button: (name, x, y, options, onActivate) => this.button(name, x, y, options, onActivate),
      panel: (x, y, w, h, fill, stroke, sw) => this.panel(x, y, w, h, fill, stroke, sw),
    }, e, {
      x: 340, y: 60, width: 600, maxHeight: 620, first: this.explainFirst, depth: 60,
      onPage: (f) => {
        this.explainFirst = f;
        this.refresh();
      },
      onClose: () => this.closeExplanation(),
    });
  }

  protected override initialFocus(): string | null {
    return this.explaining ? 'explain:close' : this.showSources ? 'debrief:sources-close' : null;
  }

  /** Left column: ending, why, grades, balance, the scenario's goals and the sources in brief. */
  private drawSummary(view: DebriefView): void {
    const x = 40;
    const w = 370;
    this.text(x, 20, t('debrief.title').toUpperCase(), { size: 14, bold: true, color: COLORS.accent });
    const title = this.text(x, 38, view.ending, { size: 36, bold: true, wrap: w });
    let y = 38 + title.height + 2;
    const about = this.text(x, y, view.endingText, { size: 16, wrap: w, color: COLORS.inkSoft });
    y += about.height + 4;
    if (view.reason) {
      const why = this.text(x, y, t('debrief.reason', { reason: view.reason }), { size: 15, bold: true, wrap: w });
      y += why.height + 10;
    }
    this.text(x, y, `${t('debrief.grades')}: ${view.settledLabel}`, { size: 13, bold: true, color: COLORS.inkSoft, wrap: w });
    y += 20;
    view.grades.forEach((g, i) => {
      const gx = x + i * 94;
      this.panel(gx, y, 86, 80, COLORS.panel, COLORS.ink, 1.5);
      this.text(gx + 43, y + 2, g.grade, { size: 36, bold: true }).setOrigin(0.5, 0);
      shrinkToWidth(this.text(gx + 43, y + 46, g.label, { size: 13, color: COLORS.inkSoft }).setOrigin(0.5, 0), 80, 9);
      this.text(gx + 43, y + 62, g.value, { size: 12, color: COLORS.inkSoft }).setOrigin(0.5, 0);
    });
    y += 88;
    this.text(x, y, view.balance, { size: 16, bold: true });
    y += 30;
    if (view.goals.length) {
      this.text(x, y, view.verdict, { size: 16, bold: true });
      y += 24;
      for (const g of view.goals) {
        const mark = this.text(x, y, g.met ? '✓' : '✗', { size: 17, bold: true, color: g.met ? COLORS.good : COLORS.bad });
        const line = this.text(x + 22, y + 1, `${t(g.met ? 'debrief.goalMet' : 'debrief.goalMissed')}: ${g.text}`, { size: 14, wrap: w - 22 });
        y += Math.max(mark.height, line.height) + 6;
      }
      y += 8;
    }
    this.text(x, y, t('debrief.sources'), { size: 16, bold: true });
    y += 24;
    const summary = this.text(x, y, t('debrief.sourcesSummary', { count: view.sources.cited.length, abstractions: view.sources.abstractions }), { size: 14, color: COLORS.inkSoft, wrap: w });
    y += summary.height + 8;
    for (const src of view.sources.cited.slice(0, 5)) {
      if (y > 600) break;
      const line = this.text(x, y, `${src.id ? `${src.id} · ` : ''}${src.text || src.address}`, { size: 13, wrap: w });
      fitLines(line, 1);
      y += line.height + 4;
    }
    const by = Math.min(y + 6, 660);
    this.button('debrief:sources', x, by, { width: 181, height: 42, text: t('debrief.allSources'), icon: icon('book'), textStyle: { size: 15 } }, () => this.toggleSources(true));
    this.button('debrief:print', x + 189, by, { width: 181, height: 42, text: t('print.button'), icon: icon('printer'), textStyle: { size: 15 } }, () => openPrintReport(snapshot().context));
  }

  /** Middle column: one row per turn, decisions wrapped (or shortened with the full text on hover and focus). */
  private drawTimeline(view: DebriefView, context: GameContext): void {
    const tx = TIMELINE_X;
    this.text(tx, 20, t('debrief.timeline'), { size: 18, bold: true });
    const rows = view.timeline.length;
    const rowH = Math.max(22, Math.min(92, Math.floor(610 / Math.max(1, rows))));
    const lines = Math.max(1, Math.floor((rowH - 6) / 17));
    let tip: { y: number; text: string } | null = null;
    view.timeline.forEach((turn, i) => {
      const y = 52 + i * rowH;
      if (turn.turning) this.panel(tx - 4, y - 2, 400, rowH - 2, 0xfbe9c6);
      // Wrapped to its column: a long date ("2022, 2-е пол.") takes two lines instead of running into the decisions.
      this.text(tx, y, `${turn.turning ? '★ ' : ''}${dateLabel(turn.date, true)}`, { size: 13, bold: true, wrap: 74 });
      const what = turn.decisions.join('; ') || t('debrief.noActions');
      const body = this.text(tx + 78, y, what, { size: 13, color: turn.decisions.length ? COLORS.ink : COLORS.inkSoft, wrap: 262 });
      const cut = fitLines(body, lines);
      this.text(tx + 356, y, turn.balanceDelta, { size: 13, bold: true, color: turn.balanceDelta.startsWith('+') ? COLORS.good : turn.balanceDelta.startsWith('−') ? COLORS.bad : COLORS.inkSoft }).setOrigin(1, 0);
      if (cut) {
        const zone = this.focusable(this.add.zone(tx + 74, y - 2, 270, rowH - 2).setOrigin(0, 0).setName(`debrief:turn:${turn.turn}`).setInteractive());
        zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OVER, () => this.hover(turn.turn));
        if (this.hovered === turn.turn) tip = { y: y + rowH - 2, text: t('debrief.turnFull', { date: dateLabel(turn.date), what }) };
      }
      if (turn.turn < context.log.length) {
        this.button(`debrief:rewind:${turn.turn}`, tx + 364, y - 1, { width: 30, height: rowH - 4, icon: icon('rewind') }, () => send({ type: 'REWIND', turn: turn.turn }));
      }
    });
    this.text(tx, 52 + rows * rowH + 4, `★ ${t('debrief.turning')} · ↺ ${t('debrief.rewindHint')}`, { size: 12, color: COLORS.inkSoft, wrap: 400 });
    const shown = tip as { y: number; text: string } | null;
    if (shown) {
      // Beside the rewind buttons, never over them.
      const box = this.panel(tx + 72, shown.y, 288, 10, COLORS.panel, COLORS.ink, 2).setDepth(20);
      const full = this.text(tx + 82, shown.y + 8, shown.text, { size: 14, wrap: 268 }).setDepth(21);
      const top = Math.min(shown.y, 712 - full.height - 16);
      full.setY(top + 8);
      box.setY(top).setSize(288, full.height + 16).setStrokeStyle(2, COLORS.ink);
    }
  }

  /** Right column: charts, share and menu, the line's name and the other lines to compare (each opens the compare sheet). */
  private drawRight(view: DebriefView, context: GameContext): void {
    const world = context.world!;
    const cx = CHART_X;
    const first = dateLabel(world.history[0]?.date ?? '', true);
    const last = dateLabel(world.history[world.history.length - 1]?.date ?? '', true);
    const turning = view.timeline.map((x, i) => (x.turning ? i : -1)).filter((i) => i >= 0);
    if (this.roadTurn !== null) this.drawRoadDetail(this.roadTurn);
    else {
      // A click on a point explains that series over that turn (as in the report).
      const onPoint = (kind: ChartKind) => (id: string, index: number) => {
        const turn = world.history[index]?.turn;
        if (turn !== undefined && !this.explaining) this.openExplanation(chartPointPath(kind, id), turn);
      };
      for (const o of drawChart(this, { x: cx, y: 20, width: 400, height: LOWER_Y - 26 }, chartSeries(world.history, 'pillars'), { title: `${t('report.charts.pillars')}, ${t('explain.endOfTurn')}`, stacked: false, fixed: [0, 100], xLabels: [first, last], turning, onPoint: onPoint('pillars'), name: 'chart:pillars' })) this.keep(o);
      this.button('debrief:lower:road', cx, LOWER_Y, { width: 198, height: 26, text: t('road.tab'), selected: this.lower === 'road', textStyle: { size: 14 } }, () => this.showLower('road'));
      this.button('debrief:lower:relations', cx + 202, LOWER_Y, { width: 198, height: 26, text: t('road.relationsTab'), selected: this.lower === 'relations', textStyle: { size: 14 } }, () => this.showLower('relations'));
      if (this.lower === 'relations') {
        for (const o of drawChart(this, { x: cx, y: ROAD_Y, width: 400, height: RIGHT_BOTTOM - ROAD_Y }, chartSeries(world.history, 'relations'), { title: t('report.charts.relations'), stacked: false, fixed: [-100, 100], xLabels: [first, last], turning, onPoint: onPoint('relations'), name: 'chart:relations' })) this.keep(o);
      } else this.drawRoadCards(view.timeline.filter((x) => x.turning && x.turn < context.log.length).map((x) => x.turn));
    }
    const by = 440;
    this.button('debrief:share', cx, by, { width: 196, height: 44, text: t('debrief.share'), icon: icon('copy'), textStyle: { size: 15 } }, () => this.share(context));
    this.button('debrief:menu', cx + 204, by, { width: 196, height: 44, text: t('debrief.menu'), icon: icon('house'), textStyle: { size: 15 } }, () => send({ type: 'MENU' }));
    this.button('lab:open', cx, 672, { width: 400, height: 38, text: t('lab.menu'), icon: icon('chart'), textStyle: { size: 15 } }, openLabSheet); // lines side by side, and compare
    const here = context.branches.find((b) => b.id === context.branchId);
    this.text(cx, by + 56, t('debrief.thisLine', { name: clip(branchLabel(here?.name ?? ''), 34) }), { size: 14, bold: true });
    this.button('debrief:rename', cx + 300, by + 50, { width: 100, height: 30, text: t('debrief.rename'), textStyle: { size: 13 } }, () => void this.rename(context));
    const others = context.branches.filter((b) => b.id !== context.branchId);
    if (others.length === 0) this.text(cx, by + 90, t('debrief.compareNone'), { size: 13, color: COLORS.inkSoft, wrap: 400 });
    // Each opens the comparison sheet (any indicator, decisions side by side) with this line against that one.
    others.slice(0, 3).forEach((b, i) => {
      this.button(`debrief:compare:${b.id}`, cx, by + 88 + i * 42, { width: 400, height: 36, text: clip(t('debrief.compare', { name: branchLabel(b.name) }), 46), icon: icon('branch'), textStyle: { size: 14 } }, () => openCompareWith(b.id));
    });
    if (this.message) this.text(TIMELINE_X, 692, this.message, { size: 14, bold: true, color: COLORS.good, wrap: 820 });
  }

  /** The roads not taken in brief, one card per turning point (a click opens it in full). */
  private drawRoadCards(turns: number[]): void {
    const area = { x: CHART_X, y: ROAD_Y, width: 400, height: RIGHT_BOTTOM - ROAD_Y };
    cardSlots(area, turns.length).forEach((slot, i) => {
      const turn = turns[i];
      if (turn === undefined) return;
      const zone = this.focusable(this.add.zone(slot.x, slot.y, slot.width, slot.height).setOrigin(0, 0).setName(`debrief:road-not-taken:${turn}`).setInteractive({ useHandCursor: true }));
      zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => this.openRoad(turn));
      (zone as unknown as { activate?: () => void }).activate = () => this.openRoad(turn);
    });
    this.road?.show({ kind: 'cards', area });
  }

  /** One turning point's roads not taken in full, one alternative at a time, in place of the charts. */
  private drawRoadDetail(turn: number): void {
    const area = { x: CHART_X, y: 20, width: 400, height: 402 };
    const count = this.road?.alternatives(turn) ?? 0;
    this.roadIndex = Math.max(0, Math.min(this.roadIndex, count - 1));
    this.button('debrief:road-close', CHART_X + 370, 16, { width: 30, height: 30, icon: icon('x'), textStyle: { size: 14 } }, () => this.openRoad(null));
    if (count > 1) {
      const page = (step: number) => () => {
        this.roadIndex = (this.roadIndex + step + count) % count;
        this.refresh();
      };
      this.button('debrief:road-prev', CHART_X, 20 + DETAIL_NAV_Y, { width: 34, height: 34, text: '◀', textStyle: { size: 15 } }, page(-1));
      this.button('debrief:road-next', CHART_X + 366, 20 + DETAIL_NAV_Y, { width: 34, height: 34, text: '▶', textStyle: { size: 15 } }, page(1));
    }
    this.road?.show({ kind: 'detail', area, turn, index: this.roadIndex });
  }

  private openRoad(turn: number | null): void {
    const from = this.roadTurn;
    this.roadTurn = turn;
    this.roadIndex = 0;
    this.refresh();
    this.nav.focusName(turn === null ? (from === null ? 'debrief:lower:road' : `debrief:road-not-taken:${from}`) : 'debrief:road-close');
  }

  private showLower(which: 'road' | 'relations'): void {
    this.lower = which;
    this.refresh();
  }

  private hover(turn: number | null): void {
    if (this.hovered === turn) return;
    this.hovered = turn;
    queueMicrotask(() => this.sys.isActive() && this.refresh()); // not inside the pointer dispatch that asked for it
  }

  private toggleSources(on: boolean): void {
    this.showSources = on;
    this.hovered = null;
    this.refresh();
    this.nav.focusName(on ? 'debrief:sources-close' : 'debrief:sources');
  }

  private async rename(context: GameContext): Promise<void> {
    const here = context.branches.find((b) => b.id === context.branchId);
    if (!here) return;
    const name = await askText({ title: t('debrief.renameTitle'), value: branchLabel(here.name), maxLength: MAX_BRANCH_NAME, confirm: t('debrief.rename') });
    if (name && this.sys.isActive()) send({ type: 'RENAME_BRANCH', branchId: here.id, name });
  }

  private share(context: GameContext): void {
    const code = shareCode(context);
    const done = (ok: boolean) => {
      this.message = ok ? t('debrief.copied') : t('debrief.copyFailed', { code });
      if (this.sys.isActive()) this.refresh();
    };
    if (navigator.clipboard?.writeText) navigator.clipboard.writeText(code).then(() => done(true), () => done(false));
    else done(false);
  }
}
