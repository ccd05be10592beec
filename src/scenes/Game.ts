// The game screen: the region map with lenses, the HUD, and the planning panel (vector tabs, action cards, End turn).
import Phaser from 'phaser';
import { language, mapT, t, textOf } from '../i18n';
import { dateLabel } from '../ui/format';
import { MAX_SLOT_NAME, slotExists, type GameContext } from '../machine/index';
import type { VectorId } from '../sim/ids';
import { VECTOR_IDS } from '../sim/ids';
import { HUD_PATHS, HUD_SOURCE_PATHS, hudView, hudWhy, type HudItem } from '../ui/hud';
import { explainNumber } from '../ui/explain/explain';
import { fieldLabel } from '../ui/explain/fieldLabel';
import { drawExplanation, publishExplanation, type PanelHost } from '../ui/widgets/explanationPanel';
import { numberSourceWords } from '../ui/numberSource';
import { icon, VECTOR_ICON } from '../ui/icons';
import { causeWords } from '../ui/causeWords';
import { MapView } from '../ui/map/MapView';
import type { MapLens } from '../ui/map/mapModel';
import { flagKey } from '../ui/map/partnerMarker';
import { FrameCache } from '../ui/frameCache';
import { completeChange } from '../ui/renderOnDemand';
import { actionCard, actionsIn, selectionSummary, type ActionCard } from '../ui/planning';
import { COLORS, SERIES_COLORS } from '../ui/theme';
import type { FocusOptions, Focusable } from '../ui/widgets/focus';
import { clip, fitTitle, fitWidth, shrinkToWidth } from '../ui/widgets/text';
import { detailLift } from '../ui/detailLift';
import { goalProgress } from '../ui/goalProgress';
import { GoalsPanel } from '../ui/widgets/goalsPanel';
import { ForecastPanel } from '../ui/widgets/forecastPanel';
import { drawGlossaryPanel } from '../ui/widgets/glossaryPanel';
import { termChips } from '../ui/widgets/termChips';
import { askConfirm, askText } from '../ui/textEntry';
import type { PowerId } from '../sim/ids';
import { ScreenScene } from './ScreenScene';
import { send, session, snapshot } from './session';
import { refusalWords } from '../ui/refusalWords';
import { openCompareSheet } from '../ui/labEntry';
import { AIM_PAUSE_MS, DetailAim } from '../ui/detailAim';

const HUD_H = 64;

/** The arrow of a change's direction (▲ rise, ▼ fall); whether it is good news is said by colour and words, not the arrow. */
const arrowOf = (change: string): string => (change.startsWith('+') ? '▲' : change.startsWith('−') ? '▼' : '•');
const PANEL_X = 790;
const PANEL_W = 480;
const MAP_RECT = { x: 0, y: HUD_H, width: 780, height: 720 - HUD_H };

/** The main game screen under the briefing, decision and report overlays. */
export class GameScene extends ScreenScene {
  private map: MapView | null = null;
  private lens: MapLens = 'oil';
  private vector: VectorId = 'trade';
  private inspected: string | null = null;
  private aim = new DetailAim(); // keeps a card's details open while the pointer crosses other cards to reach them
  private aimCheck: Phaser.Time.TimerEvent | null = null;
  private tip: HudItem | null = null;
  private cards = new Map<string, ActionCard>();
  private savedAs: string | null = null;
  private explaining: string | null = null;
  private explainFirst = 0;
  private goalsOpen = false;
  private goals: { panel: GoalsPanel; key: string } | null = null; // rebuilt only when what it shows changes
  private glossaryAt: string | null | undefined = undefined; // undefined: closed; null: open at its first term
  private forecast: ForecastPanel | null = null; // kept across redraws: it repaints itself as futures finish
  protected override reuseLabels = true; // redrawn on every card click: unchanged labels are moved, not made anew
  private forecastOpen = false; // the forecast shows in place of the cards
  private frameCache: FrameCache | null = null;

  constructor() {
    super('Game');
  }

  init(): void {
    this.lens = 'oil';
    this.vector = 'trade';
    this.inspected = null;
    this.tip = null;
    this.cards = new Map();
    this.savedAs = null;
    this.explaining = null;
    this.explainFirst = 0;
    this.goalsOpen = false;
    this.glossaryAt = undefined;
    this.goals = null;
    this.forecastOpen = false;
  }

  /** The HUD item whose number a focus name (`explain:<path>`) opens, if it is one of the HUD's. */
  private hudItemOf(name: string | null | undefined): HudItem | null {
    const path = name?.startsWith('explain:') ? name.slice(8) : null;
    return (Object.keys(HUD_PATHS) as HudItem[]).find((item) => HUD_PATHS[item] === path) ?? null;
  }

  protected override focusOptions(): FocusOptions {
    return {
      onEscape: () => {
        if (this.explaining) return this.closeExplanation();
        if (this.glossaryAt !== undefined) return this.openGlossary(undefined);
        if (snapshot().context.refusal) send({ type: 'DISMISS_ERROR' });
        this.inspected = null;
        this.nav.focusName(`vector:${this.vector}`);
        this.refresh();
      },
      onFocus: (name) => {
        this.showTip(this.explaining ? null : this.hudItemOf(name));
        if (name?.startsWith('action:')) this.inspect(name.slice(7));
        else if (name && this.map && /^(route|corridor|partner|lens):/.test(name)) this.map.focus(name);
      },
    };
  }

  protected override extraFocusables(): Focusable[] {
    return [...(this.goals ? [this.goals.panel] : []), ...((this.map?.focusables() ?? []) as unknown as Focusable[])];
  }

  protected override setup(): void {
    // No camera background: the canvas is cleared to the same paper colour each frame, and on software WebGL a camera
    // fill is one more full-screen layer per frame (the map, panel and HUD cover the rest).
    this.map = new MapView(this, MAP_RECT, {
      t: mapT,
      describeCause: (cause) => causeWords(cause, snapshot().context.rules),
      describeSource: (path) => numberSourceWords(snapshot().context.scenario, path, mapT),
      describePath: fieldLabel,
      onExplain: (path) => {
        const { state, context } = snapshot();
        if (state !== 'planning') return;
        // In the trade lens a partner's card shows its trade (the bubble): that is the number explained there.
        const id = path.startsWith('relations.') ? path.slice('relations.'.length) : null;
        this.openExplanation(this.lens === 'trade' && id && context.world && Object.hasOwn(context.world.trade, id) ? `trade.${id}` : path);
      },
      explainHint: () => t('explain.mapHint'),
      onLensChange: (lens) => {
        this.lens = lens;
        const world = snapshot().context.world;
        if (world) this.map?.update(world, lens);
      },
    });
    // The map, HUD, panel and cards (depth 0) are drawn once into one image that hover frames show: a hover over the
    // map changes only its highlight and tooltip (above depth 0), so such a frame draws about one full-screen image.
    this.frameCache = new FrameCache(this, { maxDepth: 0, hoverKeepsCache: (o) => /^(route|corridor|partner|lens):/.test(o.name) });
    // Every move decides which card's details show (a card redrawn under a still pointer gets no "out" event).
    this.input.on(Phaser.Input.Events.POINTER_MOVE, (p: Phaser.Input.Pointer, over: Phaser.GameObjects.GameObject[]) => {
      this.aimAt(p, over);
      if (this.tip && !over.some((o) => this.hudItemOf(o.name))) this.showTip(null);
    });
    this.input.on(Phaser.Input.Events.POINTER_WHEEL, (_p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => {
      if (!this.explaining) return;
      this.explainFirst = Math.max(0, this.explainFirst + Math.sign(dy));
      this.refresh();
    });
    this.scene.launch('Coach'); // the guided first turn, above this screen and its overlays
    this.forecast = new ForecastPanel(this, { x: PANEL_X, y: HUD_H + 80, width: PANEL_W, height: 612 - HUD_H - 80 }).setDepth(1);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      publishExplanation(null);
      this.map?.destroy();
      this.map = null;
      this.goals = null; // destroyed with the scene's display list
      this.forecast = null;
      this.frameCache = null;
      this.scene.stop('Coach');
    });
  }

  /**
   * A redraw is complete when it returns (a selection changed, a forecast's plan with it): the next frame draws it once
   * into the frame cache, instead of the whole screen being drawn live for a settling moment while the forecast runs.
   */
  protected override redraw(state: string, context: GameContext): void {
    completeChange(() => super.redraw(state, context));
    this.frameCache?.invalidate();
  }

  protected draw(state: string, context: GameContext): void {
    const { world, rules } = context;
    this.input.enabled = state === 'planning';
    if (!world || !rules) return;
    this.map?.update(world, this.lens);
    const summary = selectionSummary(rules, world, context.selected);
    // Panel first: its tabs, cards and End turn come first in the keyboard order, the HUD's buttons after.
    this.drawPanel(context, summary.text);
    this.drawHud(context, summary.spentBn, summary.spentCapital, state);
    this.drawGoals(context);
    // After a rewind the game has two lines or more: compare them side by side (a DOM sheet).
    if (context.branches.length > 1 && state === 'planning') this.button('compare:open', MAP_RECT.x + MAP_RECT.width - 198, MAP_RECT.y + 8, { width: 190, height: 38, text: t('compare.open'), icon: icon('branch'), textStyle: { size: 15 } }, openCompareSheet).setDepth(5);
    this.forecast?.sync(state === 'planning' ? context : null, this.forecastOpen);
    if (state !== 'planning' && this.explaining) this.closeExplanation(false);
    if (this.explaining) this.drawExplanation(context, this.explaining);
    else if (this.inspected && this.cards.has(this.inspected)) this.drawDetail(this.cards.get(this.inspected)!);
    if (this.tip && !this.explaining) this.drawTip(context, this.tip);
    if (this.glossaryAt !== undefined) {
      const sheet = drawGlossaryPanel(this, { selected: this.glossaryAt, onSelect: (id) => this.openGlossary(id), onClose: () => this.openGlossary(undefined) });
      sheet.objects.forEach((o) => this.keep(o));
      sheet.buttons.forEach((b) => this.focusable(b));
    }
  }

  /** Opens the glossary at a term (null: at its first), or closes it (undefined). */
  private openGlossary(id: string | null | undefined): void {
    this.glossaryAt = id;
    this.inspected = null;
    if (id !== undefined && this.explaining) this.closeExplanation(false); // one sheet over the map at a time
    this.refresh();
    if (id !== undefined) this.nav.focusName(`glossary:entry:${id ?? ''}`);
  }

  /** The scenario's goals with where each stands now, over the map's lower right corner. */
  private drawGoals(context: GameContext): void {
    const key = `${language()}|${this.goalsOpen}`;
    if (this.goals && this.goals.key === key && this.goals.panel.world === context.world) return;
    this.goals?.panel.destroy();
    this.goals = null;
    if (!context.rules?.victory.length) return;
    const panel = new GoalsPanel(this, goalProgress(context.world!, context.rules), {
      right: MAP_RECT.x + MAP_RECT.width - 8, bottom: MAP_RECT.y + MAP_RECT.height - 8, width: 330, expanded: this.goalsOpen,
      onToggle: () => {
        this.goalsOpen = !this.goalsOpen;
        this.refresh();
      },
    });
    panel.world = context.world;
    this.goals = { panel: panel.setDepth(5), key };
  }

  /** Opens the explanation of a HUD number over the map. */
  private openExplanation(path: string): void {
    this.explaining = path;
    this.glossaryAt = undefined; // one sheet over the map at a time
    this.map?.focus(null); // the map's tooltip gives way to the panel
    this.explainFirst = 0;
    this.tip = null;
    this.refresh();
    this.nav.focusName('explain:close');
  }

  private closeExplanation(redraw = true): void {
    const path = this.explaining;
    this.explaining = null;
    publishExplanation(null);
    if (!redraw) return;
    this.refresh();
    if (path) this.nav.focusName(`explain:${path}`);
  }

  private drawExplanation(context: GameContext, path: string): void {
    const e = explainNumber(context.world!, context.rules, path);
    if (!e) return this.closeExplanation(false);
    publishExplanation(e);
    const host: PanelHost = {
      text: (x, y, s, style) => this.text(x, y, s, style),
      button: (name, x, y, options, onActivate) => this.button(name, x, y, options, onActivate),
      panel: (x, y, w, h, fill, stroke, sw) => this.panel(x, y, w, h, fill, stroke, sw),
    };
    this.keep(this.add.rectangle(0, HUD_H, 1280, 720 - HUD_H, COLORS.overlay, 0.3).setOrigin(0, 0).setDepth(59).setInteractive())
      .on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => queueMicrotask(() => this.closeExplanation()));
    drawExplanation(host, e, {
      x: 340, y: HUD_H + 12, width: 600, maxHeight: 720 - HUD_H - 24, first: this.explainFirst, depth: 60,
      onPage: (first) => {
        this.explainFirst = first;
        this.refresh();
      },
      onClose: () => this.closeExplanation(),
    });
  }

  private drawHud(context: GameContext, spentBn: number, spentCapital: number, state: string): void {
    const planning = state === 'planning';
    const hud = hudView(context.world!, spentBn, spentCapital, state === 'report', context.rules);
    this.panel(0, 0, 1280, HUD_H, COLORS.panel);
    this.keep(this.add.rectangle(0, HUD_H - 2, 1280, 2, COLORS.ink).setOrigin(0, 0));
    shrinkToWidth(this.text(16, 6, dateLabel(hud.date, true), { size: 26, bold: true }), 128, 15); // the worded date fits beside the budget
    this.text(16, 38, hud.turn, { size: 14, color: COLORS.inkSoft });
    const stat = (x: number, width: number, iconKey: string | null, title: string, value: string) => {
      if (iconKey) this.keep(this.add.image(x + 8, 17, iconKey).setDisplaySize(16, 16));
      shrinkToWidth(this.text(x + (iconKey ? 20 : 0), 8, title, { size: 13, color: COLORS.inkSoft }), width - (iconKey ? 20 : 0), 10);
      return shrinkToWidth(this.text(x, 28, value, { size: 21, bold: true }), width, 14);
    };
    stat(150, 156, icon('wallet'), t('hud.budget'), hud.budget);
    stat(315, 146, icon('landmark'), t('hud.capital'), hud.capital);
    hud.pillars.forEach((p, i) => {
      const x = 470 + i * 104;
      shrinkToWidth(this.text(x, 8, p.label, { size: 13, color: COLORS.inkSoft }), 98, 10);
      const shown = this.text(x, 26, `${Math.round(p.value)}`, { size: 21, bold: true });
      if (p.delta) this.text(x + shown.width + 6, 31, p.delta, { size: 14, bold: true, color: p.delta.startsWith('+') ? COLORS.good : COLORS.bad });
      this.keep(this.add.rectangle(x, 54, 90, 4, COLORS.panelAlt).setOrigin(0, 0));
      this.keep(this.add.rectangle(x, 54, 0.9 * Math.max(0, Math.min(100, p.value)), 4, SERIES_COLORS[p.id]).setOrigin(0, 0));
    });
    const balanceLabel = stat(890, 80, null, t('hud.balance'), hud.balance);
    const delta = (x: number, y: number, d: string | null, riseGood: boolean) => {
      if (d) this.text(x, y, d, { size: 14, bold: true, color: d.startsWith('+') === riseGood ? COLORS.good : COLORS.bad });
    };
    delta(890 + balanceLabel.width + 6, 31, hud.balanceDelta, true);
    // Russia's alarm: number, word and a bar with thresholds, plus a warning icon when alarmed.
    const ax = 975;
    this.keep(this.add.image(ax + 8, 17, icon('alert')).setDisplaySize(16, 16));
    shrinkToWidth(this.text(ax + 20, 8, t('hud.alarm'), { size: 13, color: COLORS.inkSoft }), 125, 10);
    const alarmLabel = shrinkToWidth(this.text(ax, 26, hud.alarmText, { size: 19, bold: true, color: hud.alarmLevel === 'calm' || hud.alarmLevel === 'wary' ? COLORS.ink : COLORS.bad }), hud.alarmDelta ? 108 : 142, 13);
    if (hud.alarmDelta) this.text(ax + alarmLabel.width + 4, 30, hud.alarmDelta, { size: 14, bold: true, color: hud.alarmDelta.startsWith('+') ? COLORS.bad : COLORS.good });
    this.keep(this.add.rectangle(ax, 54, 130, 5, COLORS.panelAlt).setOrigin(0, 0));
    this.keep(this.add.rectangle(ax, 54, 1.3 * Math.min(100, hud.alarm), 5, COLORS.bad).setOrigin(0, 0));
    for (const tick of [30, 50, 70]) this.keep(this.add.rectangle(ax + 1.3 * tick, 52, 1.5, 9, COLORS.ink).setOrigin(0.5, 0));
    // Hover or focus any number to see what it measures and what last changed it.
    const zones: [HudItem, number, number][] = [
      ['budget', 146, 160], ['capital', 311, 150], ['sovereignty', 466, 100], ['prosperity', 570, 100], ['security', 674, 100],
      ['stability', 778, 100], ['balance', 886, 80], ['alarm', 971, 140],
    ];
    // Click (or Enter) opens the number's explanation: its change this turn split into causes.
    for (const [item, x, w] of zones) {
      const zone = this.add.zone(x, 2, w, HUD_H - 4).setOrigin(0, 0).setName(`explain:${HUD_PATHS[item]}`) as Phaser.GameObjects.Zone & { activate?: () => void };
      this.keep(zone);
      if (!planning) continue; // outside planning the overlay owns the screen: the HUD is read, not clicked
      this.focusable(zone.setInteractive({ useHandCursor: true }));
      zone.activate = () => queueMicrotask(() => this.openExplanation(HUD_PATHS[item]));
      zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OVER, () => this.showTip(item));
      zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => zone.activate!());
    }
    this.button('game:save', 1124, 12, { width: 70, height: 40, text: t('hud.save'), icon: icon('save'), disabled: !planning, textStyle: { size: 14 } }, () => void this.save(context, dateLabel(hud.date)));
    if (this.savedAs) this.text(1270, HUD_H + 6, `✓ ${t('hud.saved', { slot: this.savedAs })}`, { size: 14, bold: true, color: COLORS.good }).setOrigin(1, 0).setDepth(25);
    this.button('game:menu', 1200, 12, { width: 70, height: 40, text: t('hud.menu'), icon: icon('house'), disabled: !planning, textStyle: { size: 14 } }, () => send({ type: 'MENU' }));
  }

  private drawPanel(context: GameContext, summaryText: string): void {
    const { world, rules } = context;
    this.panel(PANEL_X - 6, HUD_H, 1280 - PANEL_X + 6, 720 - HUD_H, COLORS.paper);
    this.keep(this.add.rectangle(PANEL_X - 6, HUD_H, 1, 720 - HUD_H, COLORS.rule).setOrigin(0, 0));
    this.text(PANEL_X, HUD_H + 8, t('plan.title'), { size: 18, bold: true });
    const tabW = (PANEL_W - 4 * 4) / 5;
    VECTOR_IDS.forEach((v, i) => {
      const on = v === this.vector && !this.forecastOpen;
      this.button(`vector:${v}`, PANEL_X + i * (tabW + 4), HUD_H + 36, { width: tabW, height: 36, text: t(`vector.${v}`), selected: on, icon: on ? undefined : VECTOR_ICON[v], textStyle: { size: 14, bold: on } }, () => {
        this.vector = v;
        this.forecastOpen = false;
        this.inspected = null;
        this.refresh();
      });
    });
    this.cards.clear();
    const ids = this.forecastOpen ? [] : actionsIn(rules!, this.vector);
    if (ids.length === 0 && !this.forecastOpen) this.text(PANEL_X, HUD_H + 86, t('plan.noActions'), { size: 15, color: COLORS.inkSoft });
    const cardH = Math.min(60, Math.floor((612 - HUD_H - 80) / Math.max(1, ids.length)) - 4);
    ids.forEach((id, i) => {
      const card = actionCard(rules!, world!, context.selected, id);
      this.cards.set(id, card);
      this.drawCard(card, PANEL_X, HUD_H + 80 + i * (cardH + 4), cardH);
    });
    // Footer: the refusal, the selection's totals, End turn.
    const fy = 620;
    this.keep(this.add.rectangle(PANEL_X, fy - 6, PANEL_W, 1, COLORS.rule).setOrigin(0, 0));
    if (context.refusal) {
      this.text(PANEL_X, fy, `✕ ${t('plan.refused', { reason: refusalWords(context.refusal, rules) })}`, { size: 14, bold: true, color: COLORS.bad, wrap: PANEL_W });
    }
    this.text(PANEL_X, fy + 42, summaryText, { size: 14, color: COLORS.inkSoft, wrap: 300 });
    this.button('end-turn', PANEL_X + PANEL_W - 160, fy + 36, { width: 160, height: 52, text: t('plan.endTurn'), primary: true, icon: undefined, textStyle: { size: 20, bold: true } }, () => send({ type: 'END_TURN' }));
    // After End turn in the keyboard order: the tabs, cards and End turn stay the first stops.
    this.button('forecast:open', PANEL_X + PANEL_W - 268, HUD_H + 4, { width: 130, height: 30, text: t('forecast.open'), icon: icon('chart'), selected: this.forecastOpen, textStyle: { size: 15, bold: this.forecastOpen } }, () => {
      this.forecastOpen = !this.forecastOpen;
      this.inspected = null;
      this.refresh();
    });
    this.button('glossary:open', PANEL_X + PANEL_W - 130, HUD_H + 4, { width: 130, height: 30, text: t('glossary.open'), icon: icon('book'), textStyle: { size: 15 } }, () => this.openGlossary(null));
  }

  private drawCard(card: ActionCard, x: number, y: number, h: number): void {
    const chosen = card.state === 'selected';
    const off = card.state === 'unavailable';
    const b = this.button(`action:${card.id}`, x, y, { width: PANEL_W, height: h, selected: chosen, fill: chosen ? 0xe3eef7 : off ? 0xe9e6df : COLORS.panel }, () => {
      send(chosen ? { type: 'DESELECT', actionId: card.id } : { type: 'SELECT', actionId: card.id });
    });
    b.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OVER, (p: Phaser.Input.Pointer) => this.aimAt(p, [b])); // a tap has no move before it
    if (chosen) this.keep(this.add.rectangle(x, y, 7, h, COLORS.accent).setOrigin(0, 0));
    const ink = off ? COLORS.inkFaint : COLORS.ink;
    const mark = chosen ? '✓ ' : off ? '✕ ' : '';
    const price = this.text(x + PANEL_W - 10, y + 7, `${card.cost} · ${card.capital}`, { size: 14, bold: true, color: ink }).setOrigin(1, 0);
    // A long title (Russian and Kazakh run longer) first shrinks, then takes two lines when the card has room, before any cut.
    fitTitle(this.text(x + 14, y + 6, mark + card.title, { size: 15, bold: true, color: ink, lineSpacing: 0 }), PANEL_W - 24 - price.width - 14, h >= 58 ? 2 : 1, 13);
    const line2y = y + h - 22;
    if (off) {
      fitWidth(this.text(x + 14, line2y, card.reason ?? '', { size: 13, italic: true, color: COLORS.inkSoft }), PANEL_W - 24);
      return;
    }
    const effect = card.effects[0] ?? card.completion[0];
    const left = `${card.delay}${effect ? ` · ${effect.label} ${effect.change}` : ''}`;
    let rx = x + PANEL_W - 10;
    for (const r of [...card.reactions].reverse().slice(0, 3)) {
      const txt = this.text(rx, line2y, `${r.change}`, { size: 13, bold: true, color: r.positive ? COLORS.good : COLORS.bad }).setOrigin(1, 0);
      rx -= txt.width + 3;
      if (this.textures.exists(flagKey(r.powerId as PowerId))) {
        this.keep(this.add.image(rx - 10, line2y + 8, flagKey(r.powerId as PowerId)).setDisplaySize(20, 15));
        rx -= 26;
      } else {
        const name = this.text(rx, line2y, r.power, { size: 13, color: COLORS.inkSoft }).setOrigin(1, 0);
        rx -= name.width + 8;
      }
    }
    fitTitle(this.text(x + 14, line2y, left, { size: 13, color: chosen ? COLORS.accent : COLORS.inkSoft, bold: chosen }), rx - x - 14 - 10, 1, 12);
  }

  /** Asks for a slot name (the scenario and date by default) and saves; a short confirmation follows. */
  private async save(context: GameContext, date: string): Promise<void> {
    const title = textOf(context.scenario?.title).replace(/\s*\([^)]*\)\s*$/, ''); // "Classroom: Eight Half-Years"
    const room = MAX_SLOT_NAME - date.length - 1;
    const name = await askText({ title: t('hud.saveTitle'), value: t('hud.saveDefault', { title: clip(title, room), date }), maxLength: MAX_SLOT_NAME, confirm: t('hud.save') });
    if (!name || !this.sys.isActive()) return;
    // Saving over an existing slot needs the player's yes (the machine refuses it otherwise).
    if (slotExists(session().storage, name) && !(await askConfirm({ title: t('saves.overwriteAsk', { slot: name }), confirm: t('saves.replace') }))) return;
    if (!this.sys.isActive()) return;
    send({ type: 'SAVE_SLOT', slot: name, overwrite: true });
    const after = snapshot().context;
    if (after.error || after.saveStatus === 'off') return;
    this.savedAs = name;
    this.refresh();
    this.time.delayedCall(3500, () => {
      this.savedAs = null;
      if (this.sys.isActive()) this.refresh();
    });
  }

  /** Shows (or hides) the explanation of one HUD number. */
  private showTip(item: HudItem | null): void {
    if (this.tip === item) return;
    this.tip = item;
    queueMicrotask(() => this.sys.isActive() && this.refresh());
  }

  private drawTip(context: GameContext, item: HudItem): void {
    const zone = this.children.getByName(`explain:${HUD_PATHS[item]}`) as Phaser.GameObjects.Zone | null;
    const w = 380;
    const x = Math.min(1280 - w - 8, Math.max(8, (zone?.x ?? 0)));
    const y = HUD_H + 6;
    const bg = this.panel(x, y, w, 10, COLORS.panel, COLORS.ink, 2).setDepth(30);
    let ty = y + 10;
    const sourcePath = HUD_SOURCE_PATHS[item];
    const source = sourcePath ? numberSourceWords(context.scenario, sourcePath, mapT) : undefined;
    const lines = [...hudWhy(context.world!, context.rules, item), ...(source ? [mapT('map.sourceLine', { source })] : [])];
    lines.forEach((line, i) => {
      const o = this.text(x + 12, ty, line, { size: i === 0 ? 14 : 13, bold: i === 1, color: i === 0 ? COLORS.ink : COLORS.inkSoft, wrap: w - 24 }).setDepth(31);
      ty += o.height + 4;
    });
    bg.setSize(w, ty - y + 6);
    bg.setStrokeStyle(2, COLORS.ink);
  }

  /**
   * Shows the details of the card under the pointer, or closes them off every card, except while the pointer heads from
   * a card to its details across other cards (see DetailAim); resting on such a card shows it after a pause. A touch has
   * no path, so it always shows what it touched.
   */
  private aimAt(p: Phaser.Input.Pointer, over: Phaser.GameObjects.GameObject[], resting = false): void {
    const card = over.find((o) => o.name.startsWith('action:'))?.name.slice('action:'.length) ?? null;
    const panel = this.inspected === null ? null : (this.children.getByName('detail:panel') as Phaser.GameObjects.Rectangle | null);
    const input = { at: { x: p.worldX, y: p.worldY }, card, onDetails: over.some((o) => /^(detail|term):/.test(o.name)), shown: this.inspected, panel: panel?.getBounds() ?? null };
    const choice = resting || p.wasTouch ? this.aim.settle(input) : this.aim.choose(input);
    this.aimCheck?.remove();
    this.aimCheck = choice.recheck
      ? this.time.delayedCall(AIM_PAUSE_MS, () => this.aimAt(p, this.input.sortGameObjects(this.input.hitTestPointer(p), p).slice(0, 1), true))
      : null;
    this.inspect(choice.show);
  }

  /** Shows (or hides) the details of one card over the map's right side. */
  private inspect(id: string | null): void {
    if (this.inspected === id) return;
    this.inspected = id;
    queueMicrotask(() => this.sys.isActive() && this.refresh()); // not inside the pointer dispatch that asked for it
  }

  private drawDetail(card: ActionCard): void {
    const x = 420;
    const w = PANEL_X - 420; // reaches the cards, so the pointer can move from a card onto its terms
    const y0 = HUD_H + 50;
    const objects: Phaser.GameObjects.Text[] = [];
    let y = y0 + 12;
    const line = (s: string, style: Parameters<ScreenScene['text']>[3]) => {
      const o = this.text(x + 14, y, s, { wrap: w - 28, ...style }).setDepth(21);
      objects.push(o);
      y += o.height + 6;
      return o;
    };
    const bg = this.panel(x, y0, w, 10, COLORS.panel, COLORS.ink, 2).setDepth(20).setName('detail:panel').setInteractive();
    line(card.title, { size: 18, bold: true });
    line(`${card.cost} · ${card.capital} · ${card.delay}`, { size: 14, bold: true, color: COLORS.accent });
    line(card.description, { size: 14, color: COLORS.inkSoft });
    if (card.reason) line(`✕ ${card.reason}`, { size: 14, bold: true, color: COLORS.bad });
    if (card.effects.length) {
      line(t('plan.effects'), { size: 14, bold: true });
      for (const e of card.effects.slice(0, 5)) line(`${arrowOf(e.change)} ${e.label} ${e.change} (${e.lasting})`, { size: 14, color: e.good === null ? COLORS.ink : e.good ? COLORS.good : COLORS.bad });
    }
    if (card.completion.length) {
      line(t('plan.onCompletion'), { size: 14, bold: true });
      for (const e of card.completion.slice(0, 4)) line(`${arrowOf(e.change)} ${e.label} ${e.change} (${e.lasting})`, { size: 14, color: e.good === null ? COLORS.ink : e.good ? COLORS.good : COLORS.bad });
    }
    if (card.reactions.length) {
      line(t('plan.reacts'), { size: 14, bold: true });
      for (const r of card.reactions.slice(0, 4)) line(`${r.power} ${r.change}: ${r.note}`, { size: 13, color: COLORS.inkSoft });
    }
    // Terms the card uses, each opening the glossary.
    const chips = termChips(this, x + 14, y + 2, w - 28, `${card.title} ${card.description}`, (id) => this.openGlossary(id));
    for (const chip of chips.objects) {
      chip.setDepth(21);
      this.keep(chip);
    }
    y += chips.height ? chips.height + 8 : 0;
    bg.setSize(w, Math.min(720 - y0 - 8, y - y0 + 6));
    (bg.input?.hitArea as Phaser.Geom.Rectangle | undefined)?.setTo(0, 0, bg.width, bg.height);
    bg.setStrokeStyle(2, COLORS.ink);
    const goals = this.goals?.panel.visible ? this.goals.panel : null;
    const lift = detailLift(y0, bg.height, goals ? goals.y - goals.height / 2 : null, HUD_H + 8);
    for (const o of [bg, ...objects, ...chips.objects]) o.y -= lift;
  }
}
