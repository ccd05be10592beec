// The region map as a Phaser widget: one image composed from the baked base map and a per-turn overlay painted with
// Canvas 2D (routes, badges, partner cards, lens panel), invisible named hit zones on what can be hovered or clicked,
// and a tooltip. Per frame the map costs one image; per turn (or lens) it repaints and uploads that texture; a hover
// repaints only the highlighted thing and what lies on it, into a small second image cut to its size.
import Phaser from 'phaser';
import { CORRIDOR_IDS, POWER_IDS, ROUTE_IDS } from '../../sim/ids';
import type { PowerId } from '../../sim/ids';
import { at, entry } from '../../sim/indexing';
import type { Cause, World } from '../../sim/world';
import flagRu from 'flag-icons/flags/4x3/ru.svg?url';
import flagCn from 'flag-icons/flags/4x3/cn.svg?url';
import flagEu from 'flag-icons/flags/4x3/eu.svg?url';
import flagUs from 'flag-icons/flags/4x3/us.svg?url';
import flagTr from 'flag-icons/flags/4x3/tr.svg?url';
import flagAz from 'flag-icons/flags/4x3/az.svg?url';
import flagAe from 'flag-icons/flags/4x3/ae.svg?url';
import { renderZoom } from '../display';
import { textSize } from '../settings';
import { afterPaint } from '../afterPaint';
import { requestFrames, requestRender } from '../renderOnDemand';
import { bakeBaseMap } from './baseMap';
import { distanceToPolyline, pointAlong, type MapRect, type ProjectedLeg, type XY } from './geo';
import { placeMap } from './mapShapes';
import { buildMapModel, explainedPath, MAP_LENSES, plainCause, tooltipFor, type MapLens, type MapModel } from './mapModel';
import { cardSize, paintBadge, paintLegend, paintLensTabs, paintPanel, paintPartner, type HitBox, type MarkerPlace } from './mapPainter';
import { CORRIDOR_COLOUR, OKABE_ITO, STATUS_STYLE } from './mapStyle';
import { translateEn, type Translate } from './mapStrings';
import { Tooltip } from './mapWidgets';
import { drawCorridors, drawRoutes } from './routeLayer';

const FLAG_URLS: Record<PowerId, string> = { russia: flagRu, china: flagCn, eu: flagEu, us: flagUs, turkey: flagTr, azerbaijan: flagAz, gulf: flagAe };

/** Options of the map: i18n, how causes read, lens tabs, and texture resolution. */
export interface MapViewOptions {
  t?: Translate; // the game's translator (i18next t); defaults to the map's English strings
  describeCause?: (cause: Cause) => string; // e.g. {kind: 'action', id: 'btc-volume-agreement'} → the action's title
  describePath?: (path: string) => string; // a state path in words, e.g. 'gauges.russiaAlarm' → "Russia's alarm"
  describeSource?: (path: string) => string | undefined; // where a starting number comes from, e.g. 'CPC1 — CPC pipeline…'
  onLensChange?: (lens: MapLens) => void; // when given, the map shows lens tabs named lens:<id>
  onExplain?: (path: string) => void; // when given, a click (or Enter) on a route, corridor or partner opens its number's explanation
  explainHint?: () => string; // the tooltip's last line saying so, in the player's language
  resolution?: number; // texture pixels per game pixel (default: fits the display, 1..2)
  depth?: number;
}

/** Where each route's and corridor's badge sits: which leg, and how far along it. */
const BADGE_AT: Record<string, [number, number]> = {
  'route:cpc': [0, 0.62], 'route:samara': [0, 0.5], 'route:btc': [1, 0.55], 'route:china': [0, 0.45], 'route:rail': [0, 0.78],
  'corridor:northern': [0, 0.25], 'corridor:middle': [0, 0.42], 'corridor:khorgos': [0, 0.12],
};
const EDGE_OF: Partial<Record<PowerId, 'west' | 'south'>> = { eu: 'west', us: 'west', gulf: 'south' };
let instances = 0;

/** A rectangle in game pixels. */
type Area = Omit<HitBox, 'name'>;

/** Whether a box (if known) overlaps an area. */
const overlaps = (b: Area | undefined, a: Area) => !!b && b.x < a.x + a.w && a.x < b.x + b.w && b.y < a.y + a.h && a.y < b.y + b.h;

/** The map widget the game scene embeds: `new MapView(scene, rect)`, then `update(world, lens)` each turn. */
export class MapView {
  private readonly base: HTMLCanvasElement;
  private readonly texture: Phaser.Textures.CanvasTexture;
  private readonly textureKey: string;
  private readonly image: Phaser.GameObjects.Image;
  private readonly hoverTexture: Phaser.Textures.CanvasTexture;
  private readonly hoverImage: Phaser.GameObjects.Image;
  private boxes = new Map<string, Area>(); // where the last full repaint put each badge, card, tab and the panel
  private readonly zones = new Map<string, Phaser.GameObjects.Zone>();
  private readonly tooltip: Tooltip;
  private readonly legs: Record<string, ProjectedLeg[]> = {};
  private readonly badgeAt: Record<string, XY> = {};
  private readonly places = {} as Record<PowerId, MarkerPlace>;
  private readonly flags: Partial<Record<PowerId, HTMLImageElement>> = {};
  private readonly t: Translate;
  private readonly scale: number;
  private readonly size: number;
  private readonly resolution: number;
  private world: World | null = null;
  private lens: MapLens = 'oil';
  private model: MapModel | null = null;
  private touchShown: string | null = null; // the object a tap has shown (a second tap on it explains it)
  private highlighted: string | null = null;
  private destroyed = false;
  private readonly onPointerMove: (pointer: Phaser.Input.Pointer) => void;
  private readonly onPointerUp: (pointer: Phaser.Input.Pointer, over: Phaser.GameObjects.GameObject[]) => void;

  constructor(private readonly scene: Phaser.Scene, readonly rect: MapRect, private readonly options: MapViewOptions = {}) {
    this.t = options.t ?? translateEn;
    this.scale = rect.width / 1280;
    this.size = Math.max(12, 13 * this.scale);
    const placed = placeMap(rect); // prebuilt shapes, scaled into the rectangle: no projection at start
    this.resolution = options.resolution ?? Math.min(3, Math.max(1, renderZoom())); // device pixels per layout pixel
    const depth = options.depth ?? 0;

    this.base = bakeBaseMap(rect, placed, this.t, this.resolution);
    const baseCtx = this.base.getContext('2d')!;
    paintLegend(baseCtx, { x: rect.x + 8 * this.scale, y: rect.y + rect.height - 8 * this.scale }, this.size * 0.95, this.t);
    this.textureKey = `map-view-${++instances}`;
    const texture = scene.textures.createCanvas(this.textureKey, this.base.width, this.base.height);
    if (!texture) throw new Error(`Map: could not create the map texture (${this.base.width}×${this.base.height}).`);
    this.texture = texture;
    this.image = scene.add.image(rect.x, rect.y, this.textureKey).setOrigin(0, 0).setDisplaySize(rect.width, rect.height).setDepth(depth).setName('map:image');
    const hoverTexture = scene.textures.createCanvas(`${this.textureKey}-hover`, 1, 1);
    if (!hoverTexture) throw new Error('Map: could not create the highlight texture.');
    this.hoverTexture = hoverTexture;
    this.hoverImage = scene.add.image(rect.x, rect.y, hoverTexture.key).setOrigin(0, 0).setDepth(depth + 0.5).setVisible(false).setName('map:highlight');

    for (const id of ROUTE_IDS) this.legs[`route:${id}`] = entry(placed.legs, `route:${id}`, 'map legs');
    for (const id of CORRIDOR_IDS) this.legs[`corridor:${id}`] = entry(placed.legs, `corridor:${id}`, 'map legs');
    for (const [name, [leg, along]] of Object.entries(BADGE_AT)) this.badgeAt[name] = pointAlong(at(entry(this.legs, name, 'map legs'), leg, name).points, along).at;
    for (const id of POWER_IDS) {
      const at = placed.anchors[id];
      const { w, h } = cardSize(id, this.size);
      const margin = this.size * 1.4; // room for the edge arrow
      this.places[id] = {
        at: {
          x: Math.min(Math.max(at.x, rect.x + w / 2 + margin), rect.x + rect.width - w / 2 - 4),
          y: Math.min(Math.max(at.y, rect.y + h / 2 + 4), rect.y + rect.height - h / 2 - margin),
        },
        edge: EDGE_OF[id] ?? null,
      };
    }
    const names = [...(options.onLensChange ? MAP_LENSES.map((l) => `lens:${l}`) : []), ...Object.keys(BADGE_AT), ...POWER_IDS.map((id) => `partner:${id}`)];
    for (const name of names) this.zones.set(name, this.makeZone(name, depth + 1));
    this.tooltip = new Tooltip(scene, textSize(this.size * 0.9), new Phaser.Geom.Rectangle(rect.x, rect.y, rect.width, rect.height)).setDepth(depth + 10);

    this.onPointerMove = (pointer) => this.hoverLines(pointer);
    scene.input.on(Phaser.Input.Events.POINTER_MOVE, this.onPointerMove);
    this.onPointerUp = (pointer, over) => this.tap(pointer, over);
    scene.input.on(Phaser.Input.Events.POINTER_UP, this.onPointerUp);
    this.loadFlags();
  }

  /**
   * Repaints the overlay for a new world or lens; the baked base map is copied, never redrawn. The same world and lens
   * cost nothing (a card picked redraws the panel, not the map); a new turn's world repaints just after the frame that
   * shows the report, so End turn answers at once.
   */
  update(world: World, lens: MapLens): void {
    if (world === this.world && lens === this.lens && this.model) return;
    const newTurn = this.model !== null && lens === this.lens;
    this.world = world;
    this.lens = lens;
    const repaint = () => {
      this.model = buildMapModel(world, lens, this.t);
      this.redraw();
      if (this.highlighted) this.showTooltip(this.highlighted);
    };
    if (newTurn) afterPaint(this.scene, repaint, () => !this.destroyed && this.world === world && this.lens === lens);
    else repaint();
  }

  /** Named interactive objects in reading order (lens tabs, routes, corridors, partners), for the keyboard focus ring. */
  focusables(): Phaser.GameObjects.GameObject[] {
    return [...this.zones.values()];
  }

  /** Highlights a named object (`route:cpc`, `partner:russia`, …) and shows its tooltip; null clears. */
  focus(name: string | null): void {
    if (name === this.highlighted) return;
    this.highlighted = name;
    this.paintHighlight();
    this.showTooltip(name);
  }

  /** Shows or hides the whole map (e.g. while another screen covers it). */
  setVisible(visible: boolean): void {
    this.image.setVisible(visible);
    this.hoverImage.setVisible(visible && this.highlighted !== null);
    for (const zone of this.zones.values()) zone.setVisible(visible);
    this.tooltip.hide();
  }

  /** Frees the image, zones, tooltip, the pointer listener and the texture (call from the scene's shutdown). */
  destroy(): void {
    this.destroyed = true;
    this.scene.input?.off(Phaser.Input.Events.POINTER_MOVE, this.onPointerMove);
    this.scene.input?.off(Phaser.Input.Events.POINTER_UP, this.onPointerUp);
    this.image.destroy();
    this.hoverImage.destroy();
    this.tooltip.destroy();
    for (const zone of this.zones.values()) zone.destroy();
    this.zones.clear();
    for (const key of [this.textureKey, this.hoverTexture.key]) if (this.scene.textures?.exists(key)) this.scene.textures.remove(key);
  }

  /** Copies the base map, paints the overlay and labels over it, uploads the texture, and moves the hit zones. */
  private redraw(): void {
    if (!this.model || this.destroyed) return;
    const ctx = this.texture.getContext();
    const r = this.resolution;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.base.width, this.base.height);
    ctx.drawImage(this.base, 0, 0);
    ctx.setTransform(r, 0, 0, r, -this.rect.x * r, -this.rect.y * r);
    const boxes = this.paintOverlay(ctx, this.model, null, null);
    this.texture.refresh();
    requestRender(); // a new texture on screen (a new turn, a lens, flags decoded) is a change to draw
    this.boxes = new Map(boxes.map((b) => [b.name, b]));
    for (const b of boxes) {
      const zone = this.zones.get(b.name);
      if (!zone) continue;
      zone.setPosition(b.x + b.w / 2, b.y + b.h / 2).setSize(b.w, b.h);
      (zone.input?.hitArea as Phaser.Geom.Rectangle | undefined)?.setTo(0, 0, b.w, b.h);
    }
    this.paintHighlight();
  }

  /**
   * Paints the overlay in its fixed order (lines, badges, lens panel, partner cards, lens tabs). With an `area`, only
   * the `lit` line and the boxes that overlap the area are painted, lit ones highlighted: the highlight layer.
   */
  private paintOverlay(ctx: CanvasRenderingContext2D, model: MapModel, lit: string | null, area: Area | null): HitBox[] {
    const s = this.size;
    const on = (name: string) => !area || overlaps(this.boxes.get(name), area);
    const routes = Object.fromEntries(ROUTE_IDS.map((id) => [id, entry(this.legs, `route:${id}`, 'map legs')]));
    const corridors = Object.fromEntries(CORRIDOR_IDS.map((id) => [id, entry(this.legs, `corridor:${id}`, 'map legs')]));
    const routeVisuals = model.routes.filter((v) => !area || lit === `route:${v.id}`);
    const corridorVisuals = model.corridors.filter((v) => !area || lit === `corridor:${v.id}`);
    if (this.lens === 'trade') {
      drawRoutes(ctx, routeVisuals, routes, this.scale, lit);
      drawCorridors(ctx, corridorVisuals, corridors, this.scale, lit);
    } else {
      drawCorridors(ctx, corridorVisuals, corridors, this.scale, lit);
      drawRoutes(ctx, routeVisuals, routes, this.scale, lit);
    }
    const boxes: HitBox[] = [];
    for (const c of model.corridors) {
      const name = `corridor:${c.id}`;
      if (!on(name)) continue;
      const label = this.t('map.routeLabel', { name: this.t(`map.corridorShort.${c.id}`), flow: Math.round(c.volumeMt * 10) / 10 });
      boxes.push(paintBadge(ctx, name, label, entry(this.badgeAt, name, 'badge positions'), CORRIDOR_COLOUR, Math.max(0.8, c.emphasis), s, lit === name));
    }
    for (const route of model.routes) {
      const name = `route:${route.id}`;
      if (!on(name)) continue;
      const mark = route.status === 'banned' ? '✕ ' : route.status === 'disrupted' ? '⚠ ' : '';
      const label = mark + this.t('map.routeLabel', { name: this.t(`map.routeShort.${route.id}`), flow: Math.round(route.flowMt * 10) / 10 });
      boxes.push(paintBadge(ctx, name, label, entry(this.badgeAt, name, 'badge positions'), STATUS_STYLE[route.status].colour, Math.max(0.8, route.emphasis), s, lit === name));
    }
    if (model.panel && on('panel')) {
      const colour = this.lens === 'military' ? OKABE_ITO.vermillion : this.lens === 'trade' ? OKABE_ITO.blue : OKABE_ITO.purple;
      boxes.push({ name: 'panel', ...paintPanel(ctx, model.panel, { x: this.rect.x + this.rect.width - 8 * this.scale, y: this.rect.y + 8 * this.scale }, s * 0.9, colour) });
    }
    const alarmText = this.t('map.alarmShort', { value: Math.round(model.russiaAlarm), level: this.t(`map.alarm.${model.alarmLevel}`) });
    for (const id of POWER_IDS) {
      const name = `partner:${id}`;
      if (!on(name)) continue;
      const nearRightEdge = this.places[id].at.x > this.rect.x + this.rect.width * 0.75;
      boxes.push(paintPartner(ctx, model, id, this.places[id], this.t(`map.partner.${id}`), id === 'russia' ? alarmText : '', this.flags[id] ?? null, s, lit === name, nearRightEdge));
    }
    if (this.options.onLensChange && (!area || MAP_LENSES.some((l) => on(`lens:${l}`)))) {
      boxes.push(...paintLensTabs(ctx, MAP_LENSES, this.lens, { x: this.rect.x + 8 * this.scale, y: this.rect.y + 8 * this.scale }, s, this.t, lit));
    }
    return boxes;
  }

  /**
   * Shows the highlighted line or box: repaints it lit, with whatever the overlay draws over it, into a texture cut
   * to its bounds (a few hundred pixels), so a hover uploads a small image instead of the whole map.
   */
  private paintHighlight(): void {
    const name = this.highlighted;
    const area = name && this.model && this.image.visible ? this.highlightArea(name) : null;
    if (!name || !area || !this.model) {
      if (this.hoverImage.visible) requestFrames();
      this.hoverImage.setVisible(false);
      return;
    }
    const r = this.resolution;
    this.hoverTexture.setSize(Math.ceil(area.w * r), Math.ceil(area.h * r));
    const ctx = this.hoverTexture.getContext();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.hoverTexture.width, this.hoverTexture.height);
    ctx.setTransform(r, 0, 0, r, -area.x * r, -area.y * r);
    this.paintOverlay(ctx, this.model, name, area);
    this.hoverTexture.refresh();
    this.hoverImage.setTexture(this.hoverTexture.key).setPosition(area.x, area.y).setDisplaySize(area.w, area.h).setVisible(true);
    requestFrames(); // complete now: one frame shows it
  }

  /** The part of the map a highlight repaints: a line's extent (with its width) and its badge, or a box and its border. */
  private highlightArea(name: string): Area | null {
    const parts: Area[] = [];
    const box = this.boxes.get(name);
    if (box) parts.push({ x: box.x - 3, y: box.y - 3, w: box.w + 6, h: box.h + 6 });
    const pad = 16 * Math.max(1, this.scale);
    for (const leg of this.legs[name] ?? []) {
      const xs = leg.points.map((p) => p.x);
      const ys = leg.points.map((p) => p.y);
      parts.push({ x: Math.min(...xs) - pad, y: Math.min(...ys) - pad, w: Math.max(...xs) - Math.min(...xs) + 2 * pad, h: Math.max(...ys) - Math.min(...ys) + 2 * pad });
    }
    if (!parts.length) return null;
    const x0 = Math.max(this.rect.x, Math.floor(Math.min(...parts.map((p) => p.x))));
    const y0 = Math.max(this.rect.y, Math.floor(Math.min(...parts.map((p) => p.y))));
    const x1 = Math.min(this.rect.x + this.rect.width, Math.ceil(Math.max(...parts.map((p) => p.x + p.w))));
    const y1 = Math.min(this.rect.y + this.rect.height, Math.ceil(Math.max(...parts.map((p) => p.y + p.h))));
    return x1 > x0 && y1 > y0 ? { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } : null;
  }

  private makeZone(name: string, depth: number): Phaser.GameObjects.Zone {
    const zone = this.scene.add.zone(this.rect.x, this.rect.y, 1, 1).setName(name).setDepth(depth);
    zone.setInteractive({ useHandCursor: true });
    zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OVER, () => this.focus(name));
    // A finger lifting "leaves" the object at once: a tap keeps what it showed until the next tap (see tap()).
    zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OUT, (pointer: Phaser.Input.Pointer) => pointer.wasTouch || this.focus(null));
    if (name.startsWith('lens:')) zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => this.options.onLensChange?.(name.slice(5) as MapLens));
    const path = explainedPath(name);
    const onExplain = this.options.onExplain;
    if (path && onExplain) {
      const explain = () => queueMicrotask(() => onExplain(path));
      (zone as Phaser.GameObjects.Zone & { activate?: () => void }).activate = explain;
      // A mouse click explains at once (hover already showed the tooltip); on a touchscreen the first tap shows what
      // hovering shows and a second tap on the same object explains it.
      zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, (pointer: Phaser.Input.Pointer) => {
        if (pointer.wasTouch && this.touchShown !== name) {
          this.touchShown = name;
          return;
        }
        explain();
      });
    }
    return zone;
  }

  private showTooltip(name: string | null, at?: XY): void {
    requestFrames(); // the tooltip appears, moves or goes: a change the render gate cannot see by itself
    if (!name || !this.world || name.startsWith('lens:')) return this.tooltip.hide();
    const zone = this.zones.get(name);
    const anchor = at ?? (zone ? { x: zone.x + zone.width / 2, y: zone.y } : null);
    if (!anchor) return this.tooltip.hide();
    const lines = tooltipFor(name, this.world, this.t, this.options.describeCause ?? plainCause, this.options.describeSource, this.options.describePath);
    if (this.options.onExplain && this.options.explainHint && explainedPath(name)) lines.push(this.options.explainHint());
    this.tooltip.showAt(lines, anchor.x, anchor.y);
  }

  /**
   * Touch has no hover: a tap shows what hovering shows and keeps it until the next tap. A tap on a badge or card
   * highlights it, one near a line highlights the line, anywhere else clears the highlight.
   */
  private tap(pointer: Phaser.Input.Pointer, over: Phaser.GameObjects.GameObject[]): void {
    if (!pointer.wasTouch || !this.world || !this.image.visible) return;
    const zone = over.find((o) => this.zones.get(o.name) === o);
    if (zone) {
      if (!zone.name.startsWith('lens:')) this.focus(zone.name);
      return;
    }
    this.touchShown = null; // a tap elsewhere: the next tap on an object shows it again before explaining
    const q = { x: pointer.worldX, y: pointer.worldY };
    const line = this.lineNear(q, 14 * Math.max(1, this.scale)); // a fingertip is less precise than a mouse
    if (line === this.highlighted) return;
    this.highlighted = line;
    this.paintHighlight();
    this.showTooltip(line, q);
  }

  /** The route or corridor whose line passes nearest `q` within `reach` pixels, if any. */
  private lineNear(q: XY, reach: number): string | null {
    let best: string | null = null;
    let bestDistance = reach;
    for (const [name, legs] of Object.entries(this.legs)) {
      for (const leg of legs) {
        const d = distanceToPolyline(q, leg.points);
        if (d < bestDistance) [best, bestDistance] = [name, d];
      }
    }
    return best;
  }

  /** Hovering near a route or corridor line (not only its badge) highlights it and shows its tooltip. */
  private hoverLines(pointer: Phaser.Input.Pointer): void {
    if (!this.world || !this.image.visible || !this.scene.input.enabled) return;
    const q = { x: pointer.worldX, y: pointer.worldY };
    const r = this.rect;
    if (q.x < r.x || q.y < r.y || q.x > r.x + r.width || q.y > r.y + r.height) return;
    const over = this.highlighted ? this.zones.get(this.highlighted) : undefined;
    if (over?.getBounds().contains(q.x, q.y)) return;
    const best = this.lineNear(q, 8 * Math.max(1, this.scale));
    if (best === null && !this.highlighted?.match(/^(route|corridor):/)) return;
    if (best === this.highlighted) return; // the tooltip stays where the line was entered: moving along it draws nothing
    this.highlighted = best;
    this.paintHighlight();
    this.showTooltip(best, q);
  }

  /** Flags come as SVG files; once each has decoded, the map repaints with it. */
  private loadFlags(): void {
    let pending = false;
    for (const id of POWER_IDS) {
      const image = new Image();
      image.onload = () => {
        if (this.destroyed) return;
        this.flags[id] = image;
        if (pending) return;
        pending = true; // one repaint on the next frame for all flags decoded by then
        this.scene.events.once(Phaser.Scenes.Events.UPDATE, () => {
          pending = false;
          this.redraw();
        });
      };
      image.src = FLAG_URLS[id];
    }
  }
}
