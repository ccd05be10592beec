// Debrief: the ending and grades, the timeline with turning points, charts of the whole game, sources, rewind, compare, share.
import { t } from '../i18n';
import { compareBranches, shareCode, type GameContext } from '../machine/index';
import { turnDate } from '../sim/index';
import { debriefView } from '../ui/debrief';
import { icon } from '../ui/icons';
import { chartSeries } from '../ui/report';
import { COLORS, OKABE_ITO } from '../ui/theme';
import { drawChart } from '../ui/widgets/chart';
import type { FocusOptions } from '../ui/widgets/focus';
import { clip } from '../ui/widgets/text';
import { ScreenScene } from './ScreenScene';
import { send } from './session';

/** The end-of-game screen. */
export class DebriefScene extends ScreenScene {
  private message = '';
  private comparing: string | null = null;

  constructor() {
    super('Debrief');
  }

  init(): void {
    this.message = '';
    this.comparing = null;
  }

  protected override focusOptions(): FocusOptions {
    return { onEscape: () => (this.comparing ? this.compare(null) : send({ type: 'MENU' })) };
  }

  protected draw(_state: string, context: GameContext): void {
    const { world, rules } = context;
    if (!world || !rules) return;
    this.cameras.main.setBackgroundColor(COLORS.paper);
    const view = debriefView(rules, world, context.scenario);
    // Ending and grades.
    this.text(40, 24, t('debrief.title').toUpperCase(), { size: 14, bold: true, color: COLORS.accent });
    this.text(40, 44, view.ending, { size: 38, bold: true });
    this.text(40, 94, view.endingText, { size: 16, wrap: 380, color: COLORS.inkSoft }).setMaxLines(3);
    view.grades.forEach((g, i) => {
      const x = 40 + i * 96;
      this.panel(x, 164, 88, 84, COLORS.panel, COLORS.ink, 1.5);
      this.text(x + 44, 168, g.grade, { size: 38, bold: true }).setOrigin(0.5, 0);
      this.text(x + 44, 214, g.label, { size: 13, color: COLORS.inkSoft }).setOrigin(0.5, 0);
      this.text(x + 44, 230, g.value, { size: 12, color: COLORS.inkFaint }).setOrigin(0.5, 0);
    });
    this.text(40, 258, view.balance, { size: 16, bold: true });

    // Timeline with turning points and rewind buttons.
    const tx = 440;
    this.text(tx, 24, t('debrief.timeline'), { size: 18, bold: true });
    const rows = view.timeline.length;
    const rowH = Math.max(20, Math.min(68, Math.floor(600 / Math.max(1, rows))));
    const lines = Math.max(1, Math.floor((rowH - 8) / 17));
    view.timeline.forEach((turn, i) => {
      const y = 54 + i * rowH;
      if (turn.turning) this.panel(tx - 4, y - 2, 400, rowH - 2, 0xfbe9c6);
      this.text(tx, y, `${turn.turning ? '★ ' : ''}${turn.date}`, { size: 13, bold: true });
      const what = turn.decisions.join('; ') || t('debrief.noActions');
      this.text(tx + 78, y, lines > 1 ? what : clip(what, 40), { size: 13, color: turn.decisions.length ? COLORS.ink : COLORS.inkFaint, wrap: 240 }).setMaxLines(lines);
      this.text(tx + 356, y, turn.balanceDelta, { size: 13, bold: true, color: turn.balanceDelta.startsWith('+') ? COLORS.good : turn.balanceDelta.startsWith('−') ? COLORS.bad : COLORS.inkSoft }).setOrigin(1, 0);
      if (turn.turn < context.log.length) {
        this.button(`debrief:rewind:${turn.turn}`, tx + 364, y - 1, { width: 30, height: rowH - 4, icon: icon('rewind') }, () => send({ type: 'REWIND', turn: turn.turn }));
      }
    });
    this.text(tx, 54 + rows * rowH + 4, `★ ${t('debrief.turning')} · ↺ ${t('debrief.rewindHint')}`, { size: 12, color: COLORS.inkSoft });

    // Charts of the whole game, or the comparison of two lines.
    const cx = 860;
    const first = world.history[0]?.date ?? '';
    const last = world.history[world.history.length - 1]?.date ?? '';
    const turning = view.timeline.map((x, i) => (x.turning ? i : -1)).filter((i) => i >= 0);
    if (this.comparing) this.drawComparison(context, cx);
    else {
      for (const o of drawChart(this, { x: cx, y: 24, width: 400, height: 200 }, chartSeries(world.history, 'pillars'), { title: t('report.charts.pillars'), stacked: false, fixed: [0, 100], xLabels: [first, last], turning })) this.keep(o);
      for (const o of drawChart(this, { x: cx, y: 236, width: 400, height: 200 }, chartSeries(world.history, 'relations'), { title: t('report.charts.relations'), stacked: false, fixed: [-100, 100], xLabels: [first, last], turning })) this.keep(o);
    }

    // Sources.
    this.text(40, 300, t('debrief.sources'), { size: 15, bold: true });
    const sources = view.sources.slice(0, 12);
    sources.forEach((src, i) => this.text(40, 322 + i * 19, clip(src, 62), { size: 12, color: COLORS.inkSoft }));
    if (view.sources.length > sources.length) this.text(40, 322 + sources.length * 19, t('plan.more', { count: view.sources.length - sources.length }), { size: 12, color: COLORS.inkFaint });

    // Actions: share, compare with another line, menu.
    let bx = cx;
    const by = 456;
    this.button('debrief:share', bx, by, { width: 196, height: 44, text: t('debrief.share'), icon: icon('copy'), textStyle: { size: 15 } }, () => this.share(context));
    this.button('debrief:menu', bx + 204, by, { width: 196, height: 44, text: t('debrief.menu'), icon: icon('house'), textStyle: { size: 15 } }, () => send({ type: 'MENU' }));
    const others = context.branches.filter((b) => b.id !== context.branchId);
    if (others.length === 0) this.text(bx, by + 56, t('debrief.compareNone'), { size: 13, color: COLORS.inkSoft, wrap: 400 });
    others.slice(0, 3).forEach((b, i) => {
      const on = this.comparing === b.id;
      this.button(`debrief:compare:${b.id}`, bx, by + 54 + i * 44, { width: 400, height: 38, text: clip(t('debrief.compare', { name: b.name }), 44), selected: on, icon: on ? undefined : icon('branch'), textStyle: { size: 14 } }, () => this.compare(on ? null : b.id));
    });
    bx = 40;
    if (this.message) this.text(bx, 690, this.message, { size: 14, bold: true, color: COLORS.good, wrap: 800 });
  }

  private drawComparison(context: GameContext, cx: number): void {
    const other = context.branches.find((b) => b.id === this.comparing);
    if (!other) return;
    const here = context.branches.find((b) => b.id === context.branchId);
    const cmp = compareBranches(context, context.branchId, other.id);
    const pick = (side: 'a' | 'b') => cmp.turns.map((x) => x[side]?.balance ?? NaN).map((v, i, arr) => (Number.isNaN(v) ? (arr[i - 1] ?? 0) : v));
    const series = [
      { id: 'a', label: clip(here?.name ?? 'A', 14), color: OKABE_ITO.blue, values: pick('a') },
      { id: 'b', label: clip(other.name, 14), color: OKABE_ITO.vermillion, values: pick('b') },
    ];
    const title = t('debrief.compareTitle', { a: here?.name ?? '', b: other.name });
    for (const o of drawChart(this, { x: cx, y: 24, width: 400, height: 300 }, series, { title: `${clip(title, 40)} — ${t('hud.balance')}`, stacked: false, fixed: [0, 100], xLabels: [cmp.turns[0]?.date ?? '', cmp.turns[cmp.turns.length - 1]?.date ?? ''] })) this.keep(o);
    if (cmp.firstDifferentTurn !== null && context.scenario) this.text(cx, 336, t('debrief.firstDifferent', { date: turnDate(context.scenario, cmp.firstDifferentTurn) }), { size: 14, bold: true });
  }

  private compare(branchId: string | null): void {
    this.comparing = branchId;
    this.refresh();
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
