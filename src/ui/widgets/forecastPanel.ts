// The forecast in the planning panel: the selected plan against doing nothing over hundreds of futures played in
// workers — each pillar's, Russia's alarm's and the budget's middle value and 10–90% band, the chance of each
// ending and goal — refining as futures finish. Publishes window.kz.lastForecast for tests and the benchmark.
import Phaser from 'phaser';
import { language, t, textOf } from '../../i18n';
import type { GameContext } from '../../machine/index';
import { forecastService } from '../../lab/browserForecast';
import { DO_NOTHING, type Band, type ForecastSummary } from '../../lab/forecast';
import { FORECAST_ENOUGH, planKey, type ForecastProgress } from '../../lab/forecastService';
import type { Rules } from '../../sim/content';
import { turnDate } from '../../sim/dates';
import { ENDING_IDS, PILLAR_IDS } from '../../sim/ids';
import type { World } from '../../sim/world';
import { dateLabel, num, valueAt } from '../format';
import { goalProgress } from '../goalProgress';
import { pathLabel } from '../labels';
import { requestFrames } from '../renderOnDemand';
import { COLORS } from '../theme';
import { linesFit, shrinkFit, TextSlots } from './textSlots';
import { first } from '../../sim/indexing';

/** The latest forecast of the selected plan, as tests and the benchmark read it (`ms`: selection change → first paint). */
export interface ForecastReport {
  seeds: number;
  ms: number;
  turns: number;
  pillars: ForecastSummary['pillars'];
  alarm: Band;
  budget: Band;
  endings: ForecastSummary['endings'];
  goals: ForecastSummary['goals'];
  plan: string[];
  target: number;
  done: boolean;
  msAt200: number | null; // selection change → first painted result resting on 200 futures or more
}

/** Where the panel sits (the planning panel's card area). */
export interface ForecastPanelOptions {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** "7", "<1", ">9", "0" or "10": a share as futures out of ten, never rounding a possibility away. */
export function outOfTen(share: number): string {
  if (share <= 0) return '0';
  if (share >= 1) return '10';
  const n = Math.round(share * 10);
  return n === 0 ? '<1' : n === 10 ? '>9' : String(n);
}

const SYMBOL = { gte: '≥', lte: '≤', gt: '>', lt: '<', eq: '=', ne: '≠' } as const;
const NEGATED = { gte: '<', lte: '>', gt: '≤', lt: '≥', eq: '≠', ne: '=' } as const;

/** A goal in a few words ("Social stability ≥ 50"), or its text when it has many parts. */
function goalLabels(world: World, rules: Rules): { id: string; label: string }[] {
  return goalProgress(world, rules).map((g) => ({
    id: g.id,
    label: g.checks.length && g.checks.length <= 2
      ? g.checks.map((c) => `${pathLabel(c.path)} ${(c.negated ? NEGATED : SYMBOL)[c.op]} ${valueAt(c.path, c.target)}`).join(' · ')
      : textOf(g.text),
  }));
}

const REPAINT_MS = 400; // the panel repaints at most this often while futures stream in (and at once when done)
const SETTLE_MS = 80; // a burst of clicks starts one forecast, not one per click (counted in the reported ms)
const QUIET_START_MS = 400; // doing nothing (no selection yet) waits until the new turn's screen has been drawn
const PAD = 10;
const LABEL_W = 196;
const ROW = 26;
const LINE = 18;
const MAX_ENDINGS = 3; // the likeliest endings shown (all of them are in window.kz.lastForecast)

/** The forecast panel, named `forecast:panel`: kept across redraws, repainted as the forecast refines. */
export class ForecastPanel extends Phaser.GameObjects.Container {
  private world: World | null = null;
  private rules: Rules | null = null;
  private selected: string[] = [];
  private key = '';
  private progress: ForecastProgress | null = null;
  private startedAt = 0;
  private firstPaintMs: number | null = null;
  private msAt200: number | null = null;
  private enoughPainted = false; // the first result resting on FORECAST_ENOUGH futures was painted (or is about to be)
  private shown = false;
  private paintedAt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private request = 0;
  private serviceRequest = -1; // the service's number for this panel's forecast, so the panel cancels only its own
  private starting: ReturnType<typeof setTimeout> | null = null; // the forecast waiting for the selection to settle
  private readonly slots: TextSlots; // the labels, kept and updated in place
  private readonly bands: Phaser.GameObjects.Graphics; // every row's 10–90% band and middle mark, redrawn in one object
  private goals: { world: World | null; language: string; labels: { id: string; label: string }[] } | null = null;

  constructor(scene: Phaser.Scene, readonly options: ForecastPanelOptions) {
    super(scene, options.x, options.y);
    this.setName('forecast:panel').setVisible(false);
    scene.add.existing(this);
    this.add(scene.add.rectangle(0, 0, options.width, options.height, COLORS.panel).setOrigin(0, 0).setStrokeStyle(1, COLORS.rule));
    this.bands = scene.add.graphics();
    this.add(this.bands);
    this.slots = new TextSlots(this);
    this.once(Phaser.GameObjects.Events.DESTROY, () => {
      if (this.timer) clearTimeout(this.timer);
      if (this.starting) clearTimeout(this.starting);
      forecastService().cancel(this.serviceRequest);
    });
    forecastService(); // start the workers now, so the first forecast does not wait for them
  }

  /**
   * Called on every redraw of the game screen: forecasts again when the world or the selection changed (null:
   * not planning, nothing to forecast), and shows or hides the panel.
   */
  sync(context: GameContext | null, open: boolean): void {
    const world = context?.world;
    const rules = context?.rules;
    if (!context || !world || !rules || world.pending.length || world.outcome) {
      this.stop();
      this.setVisible(false);
      return;
    }
    const plan = { actions: [...context.selected] };
    const key = planKey(plan);
    if (world !== this.world || rules !== this.rules || key !== this.key) this.start(rules, world, plan.actions, key);
    const opening = open && !this.shown;
    this.shown = open;
    this.setVisible(open);
    if (opening) this.paint();
  }

  /** Repaints in the current language (the scene calls it when the language changes). */
  repaint(): void {
    if (this.shown) this.paint();
  }

  private stop(): void {
    if (!this.world) return;
    this.world = null;
    this.key = '';
    this.request++;
    if (this.starting) clearTimeout(this.starting);
    this.starting = null;
    forecastService().cancel(this.serviceRequest);
  }

  private start(rules: Rules, world: World, selected: string[], key: string): void {
    this.world = world;
    this.rules = rules;
    this.selected = selected;
    this.key = key;
    this.progress = null;
    this.firstPaintMs = null;
    this.msAt200 = null;
    this.enoughPainted = false;
    this.startedAt = performance.now();
    const request = ++this.request;
    const lines = [{ key, plan: { actions: selected } }, ...(selected.length ? [{ key: planKey(DO_NOTHING), plan: DO_NOTHING }] : [])];
    forecastService().cancel(this.serviceRequest); // the old selection's futures stop now
    if (this.starting) clearTimeout(this.starting);
    this.starting = setTimeout(() => {
      this.starting = null;
      if (request !== this.request || !this.scene) return;
      this.serviceRequest = forecastService().forecast(rules, world, lines, (progress) => {
        if (request !== this.request || !this.scene) return;
        this.progress = progress;
        // Painted at once: the first result resting on enough futures, and the last; between, every REPAINT_MS. A result
        // on fewer futures is not shown (it would change a moment later, and every repaint costs a frame).
        const enough = !this.enoughPainted && (progress.summaries[key]?.seeds ?? 0) >= FORECAST_ENOUGH;
        if (enough) this.enoughPainted = true;
        if (!this.enoughPainted && !progress.done) return;
        this.schedule(progress.done || enough);
      });
    }, selected.length ? SETTLE_MS : QUIET_START_MS);
    if (this.shown) this.paint();
  }

  /** Paints now (first result, the last one) or soon, at most every REPAINT_MS while futures stream in. */
  private schedule(now: boolean): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const wait = now ? 0 : Math.max(0, this.paintedAt + REPAINT_MS - performance.now());
    if (wait === 0) return this.paintAndPublish();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.paintAndPublish();
    }, wait);
  }

  private paintAndPublish(): void {
    if (!this.scene?.sys.isActive()) return;
    const request = this.request;
    if (this.shown) this.paint();
    this.paintedAt = performance.now();
    // One frame shows the new numbers: the panel sits above the screen's frame cache, so the rest is not drawn again.
    // A closed panel's progress changes nothing on screen (publishing needs no drawn frame).
    if (this.shown) requestFrames(1);
    this.scene.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      if (request !== this.request || !this.progress) return;
      const seeds = this.progress.summaries[this.key]?.seeds ?? 0;
      if (!seeds) return; // only a known line (doing nothing) was painted so far
      const ms = performance.now() - this.startedAt;
      if (this.firstPaintMs === null) this.firstPaintMs = ms;
      if (this.msAt200 === null && seeds >= 200) this.msAt200 = ms;
      this.publish();
    });
  }

  private publish(): void {
    const summary = this.progress?.summaries[this.key];
    if (!summary || this.firstPaintMs === null || !this.progress) return;
    window.kz.lastForecast = {
      seeds: summary.seeds, ms: Math.round(this.firstPaintMs), turns: summary.turns, pillars: summary.pillars, alarm: summary.alarm,
      budget: summary.budget, endings: summary.endings, goals: summary.goals, plan: [...this.selected], target: this.progress.target,
      done: this.progress.done, msAt200: this.msAt200 === null ? null : Math.round(this.msAt200),
    };
  }

  /** Draws the panel from the latest progress, updating its kept labels and redrawing its bands in one Graphics. */
  private paint(): void {
    const { width: w, height: h } = this.options;
    const iw = w - 2 * PAD;
    this.slots.repaint(this.bands, () => this.paintInto(this.slots, this.bands, w, h, iw));
  }

  private paintInto(slots: TextSlots, bands: Phaser.GameObjects.Graphics, w: number, h: number, iw: number): void {
    const progress = this.progress;
    const status = !progress ? '' : progress.failed ? '' : progress.done ? t('forecast.ready', { count: progress.seeds }) : t('forecast.running', { count: progress.seeds, target: progress.target });
    const statusText = slots.text('status', w - PAD, 10, status, { size: 14, color: COLORS.inkSoft }).setOrigin(1, 0);
    slots.text('title', PAD, 8, t('forecast.title'), { size: 17, bold: true }, shrinkFit(iw - statusText.width - 12, 14));
    let y = 32;
    const plan = progress?.summaries[this.key] ?? null;
    const nothing = this.selected.length ? (progress?.summaries[planKey(DO_NOTHING)] ?? null) : plan;
    if (progress?.failed) {
      slots.text('message', PAD, y, t('forecast.failed', { reason: progress.failed }), { size: 14, bold: true, color: COLORS.bad, wrap: iw });
      return;
    }
    if (!plan || !this.world || !this.rules) {
      slots.text('message', PAD, y, t('forecast.waiting'), { size: 15, color: COLORS.inkSoft, wrap: iw });
      return;
    }
    // The headline: the plan's most likely ending, in futures out of ten.
    const likely = first([...ENDING_IDS].sort((a, b) => plan.endings[b] - plan.endings[a]), 'endings');
    const headline = this.selected.length
      ? t('forecast.headline', { ending: t(`debrief.endings.${likely}`), n: outOfTen(plan.endings[likely]), other: outOfTen(nothing?.endings[likely] ?? 0) })
      : t('forecast.empty');
    const head = slots.text('headline', PAD, y, headline, { size: 15, bold: !!this.selected.length, wrap: iw }, linesFit(3));
    y += head.height + 6;
    // The table: a label column, then your plan and doing nothing.
    const c1 = PAD + LABEL_W + 8;
    const cw = (iw - LABEL_W - 8 - 10) / 2;
    const c2 = c1 + cw + 10;
    const cols: [number, ForecastSummary | null, number][] = [[c1, plan, COLORS.accent], [c2, nothing, COLORS.inkSoft]];
    slots.text('bandsShort', PAD, y, t('forecast.bandsShort'), { size: 14, italic: true, color: COLORS.inkSoft }, shrinkFit(LABEL_W, 14));
    slots.text('col:plan', c1, y, t('forecast.plan'), { size: 14, bold: true, color: COLORS.accent }, shrinkFit(cw, 14));
    slots.text('col:nothing', c2, y, t('forecast.nothing'), { size: 14, bold: true, color: COLORS.inkSoft }, shrinkFit(cw, 14));
    y += LINE + 1;
    const budgetMax = Math.max(1, ...cols.map(([, s]) => (s ? s.budget.p90 : 0))) * 1.15;
    const metrics: [string, (s: ForecastSummary) => Band, number, number][] = [
      ...PILLAR_IDS.map((p) => [t(`hud.pillars.${p}`), (s: ForecastSummary) => s.pillars[p], 100, 0] as [string, (s: ForecastSummary) => Band, number, number]),
      [t('hud.alarm'), (s) => s.alarm, 100, 0],
      [t('forecast.budget'), (s) => s.budget, budgetMax, 1],
    ];
    metrics.forEach(([name, pick, max, digits], m) => {
      slots.text(`metric:${m}`, PAD, y + 1, name, { size: 14 }, shrinkFit(LABEL_W, 14));
      cols.forEach(([x, s, colour], c) => {
        if (!s?.seeds) return;
        const b = pick(s);
        slots.text(`metric:${m}:${c}`, x, y, `${num(b.p50, digits)} (${num(b.p10, digits)}–${num(b.p90, digits)})`, { size: 14, bold: colour === COLORS.accent, color: colour === COLORS.accent ? COLORS.ink : COLORS.inkSoft });
        const at = (v: number) => x + (cw * Math.min(max, Math.max(0, v))) / max;
        bands.fillStyle(COLORS.panelAlt, 1).fillRect(x, y + 19, cw, 4);
        bands.fillStyle(colour, 0.45).fillRect(at(b.p10), y + 19, Math.max(2, at(b.p90) - at(b.p10)), 4);
        bands.fillStyle(colour, 1).fillRect(at(b.p50) - 1.5, y + 16, 3, 10);
      });
      y += ROW;
    });
    // Endings and goals: the chance of each, as futures out of ten.
    const last = this.world.turn + plan.turns - 1;
    const toEnd = last >= this.world.turns - 1;
    const date = dateLabel(turnDate(this.world, last));
    const shares = (section: string, heading: string, rows: { name: string; plan: number; nothing: number }[]) => {
      y += 2;
      slots.text(`${section}`, PAD, y, heading, { size: 14, bold: true }, shrinkFit(iw, 14));
      y += LINE + 1;
      rows.forEach((row, r) => {
        slots.text(`${section}:${r}`, PAD + 8, y, row.name, { size: 14 }, shrinkFit(LABEL_W - 8, 14));
        slots.text(`${section}:${r}:plan`, c1, y, t('forecast.share', { n: outOfTen(row.plan) }), { size: 14, bold: true });
        if (nothing?.seeds) slots.text(`${section}:${r}:nothing`, c2, y, t('forecast.share', { n: outOfTen(row.nothing) }), { size: 14, color: COLORS.inkSoft });
        y += LINE;
      });
    };
    const endings = ENDING_IDS.filter((e) => plan.endings[e] > 0 || (nothing?.endings[e] ?? 0) > 0)
      .sort((a, b) => plan.endings[b] - plan.endings[a] || (nothing?.endings[b] ?? 0) - (nothing?.endings[a] ?? 0)).slice(0, MAX_ENDINGS);
    shares('endings', toEnd ? t('forecast.endings') : t('forecast.endingsBy', { date }), endings.map((e) => ({ name: t(`debrief.endings.${e}`), plan: plan.endings[e], nothing: nothing?.endings[e] ?? 0 })));
    const goals = this.goalLabels();
    if (goals.length) shares('goals', toEnd ? t('forecast.goals') : t('forecast.goalsBy', { date }), goals.map((g) => ({ name: g.label, plan: plan.goals[g.id] ?? 0, nothing: nothing?.goals[g.id] ?? 0 })));
    // What the futures rest on, in the room left.
    const basis = t(toEnd ? 'forecast.toEnd' : 'forecast.ahead', { count: progress?.seeds ?? plan.seeds, date, turns: plan.turns });
    const room = Math.floor((h - y - 8) / 18);
    if (room >= 1) slots.text('basis', PAD, y + 3, `${t('forecast.policy')} ${basis} ${t('forecast.bands')}`, { size: 14, color: COLORS.inkSoft, wrap: iw, lineSpacing: 0 }, linesFit(room));
  }

  /** The goals' short labels, worked out once per world and language (they do not change as futures refine). */
  private goalLabels(): { id: string; label: string }[] {
    const key = language();
    if (this.goals?.world !== this.world || this.goals.language !== key) this.goals = { world: this.world, language: key, labels: goalLabels(this.world!, this.rules!) };
    return this.goals.labels;
  }
}
