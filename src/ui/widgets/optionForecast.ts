// The forecast beside each option of an event: the likeliest ending under that choice and the two numbers the
// choices move most (typical value and 8-in-10 range), over hundreds of futures played in workers.
import Phaser from 'phaser';
import { t } from '../../i18n';
import type { GameContext } from '../../machine/index';
import { forecastService } from '../../lab/browserForecast';
import type { Band, ForecastSummary } from '../../lab/forecast';
import { planKey, type ForecastProgress } from '../../lab/forecastService';
import { turnDate } from '../../sim/dates';
import { ENDING_IDS, PILLAR_IDS } from '../../sim/ids';
import type { World } from '../../sim/world';
import { dateLabel, num } from '../format';
import { requestFrames } from '../renderOnDemand';
import { COLORS } from '../theme';
import { outOfTen } from './forecastPanel';
import type { LabelStyle } from './text';
import { shrinkCutFit, TextSlots } from './textSlots';
import { first } from '../../sim/indexing';

/** The latest forecasts of an event's options, as tests read them (window.kz.lastOptionForecast). */
export interface OptionForecastReport {
  eventId: string;
  seeds: number;
  done: boolean;
  options: Record<string, ForecastSummary>;
}

/** Where one option's forecast goes: the bottom of its card. */
export interface OptionSlot {
  optionId: string;
  x: number;
  y: number;
  width: number;
}

/** The room each option card keeps for its forecast (three lines). */
export const OPTION_FORECAST_HEIGHT = 58;

type Metric = { name: () => string; band: (s: ForecastSummary) => Band };
const METRICS: Metric[] = [
  ...PILLAR_IDS.map((p) => ({ name: () => t(`hud.pillars.${p}`), band: (s: ForecastSummary) => s.pillars[p] })),
  { name: () => t('hud.alarm'), band: (s) => s.alarm },
];

/** The two numbers whose typical values differ most between the options (the ones the choice is about). */
export function mostMoved(summaries: readonly ForecastSummary[]): Metric[] {
  const spread = (m: Metric) => {
    const medians = summaries.map((s) => m.band(s).p50);
    return Math.max(...medians) - Math.min(...medians);
  };
  return [...METRICS].sort((a, b) => spread(b) - spread(a)).slice(0, 2);
}

const REPAINT_MS = 400; // repaint at most this often while futures stream in (and at once when done)

/** Kept across the decision screen's redraws; repaints as the options' futures finish. */
export class OptionForecasts extends Phaser.GameObjects.Container {
  private world: World | null = null;
  private eventId = '';
  private slots: OptionSlot[] = [];
  private caption: OptionSlot | null = null;
  private progress: ForecastProgress | null = null;
  private serviceRequest = -1;
  private request = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private paintedAt = 0;
  private readonly labels: TextSlots; // kept and updated in place as the futures refine
  private readonly rules: Phaser.GameObjects.Graphics; // the rule above each option's forecast

  constructor(scene: Phaser.Scene) {
    super(scene, 0, 0);
    this.setName('forecast:options');
    scene.add.existing(this);
    this.rules = scene.add.graphics();
    this.add(this.rules);
    this.labels = new TextSlots(this);
    this.once(Phaser.GameObjects.Events.DESTROY, () => {
      if (this.timer) clearTimeout(this.timer);
      forecastService().cancel(this.serviceRequest);
    });
  }

  /** Called on every redraw: forecasts the first waiting event's options when it changed, and lays them out in `slots`. */
  sync(context: GameContext, slots: OptionSlot[], caption: OptionSlot | null): void {
    const { world, rules } = context;
    const pending = world?.pending[0];
    this.slots = slots;
    this.caption = caption;
    if (!world || !rules || !pending) return;
    if (world !== this.world || pending.eventId !== this.eventId) {
      this.world = world;
      this.eventId = pending.eventId;
      this.progress = null;
      const request = ++this.request;
      const lines = slots.map((s) => ({ key: planKey({ eventId: pending.eventId, optionId: s.optionId }), plan: { eventId: pending.eventId, optionId: s.optionId } }));
      this.serviceRequest = forecastService().forecast(rules, world, lines, (progress) => {
        if (request !== this.request || !this.scene) return;
        this.progress = progress;
        this.schedule(progress.done);
      });
    }
    this.paint();
  }

  private schedule(now: boolean): void {
    if (this.timer) return;
    const wait = now ? 0 : Math.max(0, this.paintedAt + REPAINT_MS - performance.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.scene?.sys.isActive()) return;
      this.paint();
      requestFrames(1); // the labels changed in place: one frame shows them
      this.publish();
    }, wait);
  }

  private publish(): void {
    const p = this.progress;
    if (!p || !p.seeds) return;
    const options = Object.fromEntries(this.slots.map((s) => [s.optionId, p.summaries[planKey({ eventId: this.eventId, optionId: s.optionId })]]).filter(([, v]) => v)) as Record<string, ForecastSummary>;
    window.kz.lastOptionForecast = { eventId: this.eventId, seeds: p.seeds, done: p.done, options };
  }

  private paint(): void {
    this.paintedAt = performance.now();
    this.labels.repaint(this.rules, () => this.paintInto(this.labels, this.rules));
  }

  private paintInto(slots: TextSlots, rules: Phaser.GameObjects.Graphics): void {
    const text = (id: string, x: number, y: number, s: string, style: LabelStyle, width: number) => slots.text(id, x, y, s, style, shrinkCutFit(width, 14));
    const p = this.progress;
    const summaries = this.slots.map((s) => p?.summaries[planKey({ eventId: this.eventId, optionId: s.optionId })] ?? null);
    const known = summaries.filter((s): s is ForecastSummary => !!s?.seeds);
    const metrics = known.length ? mostMoved(known) : [];
    rules.fillStyle(COLORS.rule, 1);
    this.slots.forEach((slot, i) => {
      rules.fillRect(slot.x, slot.y - 4, slot.width, 1);
      const s = summaries[i];
      if (!s?.seeds) return void text(`${i}`, slot.x, slot.y, t('forecast.optionWaiting'), { size: 14, italic: true, color: COLORS.inkSoft }, slot.width);
      const likely = first([...ENDING_IDS].sort((a, b) => s.endings[b] - s.endings[a]), 'endings');
      text(`${i}`, slot.x, slot.y, t('forecast.optionLikely', { n: outOfTen(s.endings[likely]), ending: t(`debrief.endings.${likely}`) }), { size: 14, bold: true, color: COLORS.accent }, slot.width);
      metrics.forEach((m, j) => {
        const b = m.band(s);
        text(`${i}:${j}`, slot.x, slot.y + 18 * (j + 1), `${m.name()} ${num(b.p50, 0)} (${num(b.p10, 0)}–${num(b.p90, 0)})`, { size: 14 }, slot.width);
      });
    });
    if (this.caption && p && this.world) {
      const turns = known[0]?.turns ?? 1;
      const date = dateLabel(turnDate(this.world, this.world.turn + turns - 1));
      text('caption', this.caption.x, this.caption.y, t('forecast.optionBasis', { count: p.seeds, date }), { size: 14, color: COLORS.inkSoft }, this.caption.width);
    }
  }
}
