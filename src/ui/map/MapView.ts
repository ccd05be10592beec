// The region map as a Phaser widget: a baked base map and a light overlay (routes, corridors) composed into one image,
// plus partner markers, badges, legend and tooltip as Phaser objects updated per turn.
import Phaser from 'phaser';
import { CORRIDOR_IDS, POWER_IDS, ROUTE_IDS } from '../../sim/ids';
import type { PowerId } from '../../sim/ids';
import type { World } from '../../sim/world';
import { bakeBaseMap } from './baseMap';
import { distanceToPolyline, fitProjection, pointAlong, projectLegs, projectPoint, type MapRect, type ProjectedLeg } from './geo';
import { buildMapModel, MAP_LENSES, plainCause, tooltipFor, type MapLens, type MapModel } from './mapModel';
import { CORRIDOR_COLOUR, OKABE_ITO, STATUS_STYLE } from './mapStyle';
import { translateEn, type Translate } from './mapStrings';
import { Badge, BarPanel, buildLegend, Tooltip } from './mapWidgets';
import { flagKey, PartnerMarker, type EdgeDirection } from './partnerMarker';
import { CORRIDOR_LEGS, PARTNER_ANCHORS, ROUTE_LEGS } from './places';
import { drawCorridors, drawRoutes } from './routeLayer';

import flagRu from 'flag-icons/flags/4x3/ru.svg?url';
import flagCn from 'flag-icons/flags/4x3/cn.svg?url';
import flagEu from 'flag-icons/flags/4x3/eu.svg?url';
import flagUs from 'flag-icons/flags/4x3/us.svg?url';
import flagTr from 'flag-icons/flags/4x3/tr.svg?url';
import flagAz from 'flag-icons/flags/4x3/az.svg?url';
import flagAe from 'flag-icons/flags/4x3/ae.svg?url';
const FLAG_URLS: Record<PowerId, string> = { russia: flagRu, china: flagCn, eu: flagEu, us: flagUs, turkey: flagTr, azerbaijan: flagAz, gulf: flagAe };

/** Options of the map: i18n, how causes read, lens tabs, and texture resolution. */
export interface MapViewOptions {
  t?: Translate; // the game's translator (i18next t); defaults to the map's English strings
  describeCause?: (cause: string) => string; // e.g. 'action:btc-volume-agreement' → the action's title
  onLensChange?: (lens: MapLens) => void; // when given, the map shows lens tabs named lens:<id>
  resolution?: number; // base texture pixels per game pixel (default: fits the display, 1..2)
  depth?: number;
}

/** Where each route's and corridor's badge sits: which leg, and how far along it. */
const BADGE_AT: Record<string, [number, number]> = {
  'route:cpc': [0, 0.62], 'route:samara': [0, 0.5], 'route:btc': [1, 0.55], 'route:china': [0, 0.45], 'route:rail': [0, 0.78],
  'corridor:northern': [0, 0.25], 'corridor:middle': [0, 0.42], 'corridor:khorgos': [0, 0.12],
};
const EDGE_OF: Partial<Record<PowerId, EdgeDirection>> = { eu: 'west', us: 'west', gulf: 'south' };
let instances = 0;

/** The map widget the map/planning/report scenes embed: `new MapView(scene, rect)`, then `update(world, lens)` each turn. */
export class MapView {
  private readonly objects: Phaser.GameObjects.GameObject[] = [];
  private readonly base: HTMLCanvasElement;
  private readonly texture: Phaser.Textures.CanvasTexture;
  private readonly image: Phaser.GameObjects.Image;
  private readonly resolution: number;
  private readonly legs: Record<string, ProjectedLeg[]> = {};
  private readonly badges = new Map<string, Badge>();
  private readonly markers = new Map<PowerId, PartnerMarker>();
  private readonly tabs = new Map<MapLens, Badge>();
  private readonly tooltip: Tooltip;
  private readonly panel: BarPanel;
  private readonly textureKey: string;
  private readonly t: Translate;
  private readonly scale: number;
  private world: World | null = null;
  private lens: MapLens = 'oil';
  private model: MapModel | null = null;
  private highlighted: string | null = null;
  private readonly onPointerMove: (pointer: Phaser.Input.Pointer) => void;

  constructor(private readonly scene: Phaser.Scene, readonly rect: MapRect, private readonly options: MapViewOptions = {}) {
    this.t = options.t ?? translateEn;
    this.scale = rect.width / 1280;
    this.textureKey = `map-base-${++instances}`;
    const projection = fitProjection(rect);
    const display = scene.scale.displaySize?.width ? scene.scale.displaySize.width / scene.scale.width : 1;
    const resolution = options.resolution ?? Math.min(2, Math.max(1, (window.devicePixelRatio || 1) * display));
    const depth = options.depth ?? 0;
    const size = Math.max(11, 13 * this.scale);

    this.resolution = resolution;
    this.base = bakeBaseMap(rect, projection, this.t, resolution);
    if (scene.textures.exists(this.textureKey)) scene.textures.remove(this.textureKey);
    const texture = scene.textures.createCanvas(this.textureKey, this.base.width, this.base.height);
    if (!texture) throw new Error(`Map: could not create the map texture (${this.base.width}×${this.base.height}).`);
    this.texture = texture;
    this.image = this.track(scene.add.image(rect.x, rect.y, this.textureKey).setOrigin(0, 0).setDisplaySize(rect.width, rect.height).setDepth(depth).setName('map:image'));
    for (const id of ROUTE_IDS) this.legs[`route:${id}`] = projectLegs(projection, ROUTE_LEGS[id]);
    for (const id of CORRIDOR_IDS) this.legs[`corridor:${id}`] = projectLegs(projection, CORRIDOR_LEGS[id]);

    for (const name of Object.keys(this.legs)) {
      const [legIndex, along] = BADGE_AT[name];
      const { at } = pointAlong(this.legs[name][legIndex].points, along);
      const badge = this.track(new Badge(scene, name, size * 0.85)).setPosition(at.x, at.y).setDepth(depth + 2);
      this.hoverable(badge);
      this.badges.set(name, badge);
    }
    for (const id of POWER_IDS) {
      const at = projectPoint(projection, PARTNER_ANCHORS[id].at) ?? { x: rect.x, y: rect.y };
      const marker = this.track(new PartnerMarker(scene, id, at.x, at.y, size, this.t(`map.partner.${id}`), EDGE_OF[id] ?? null)).setDepth(depth + 3);
      const margin = size * 1.4; // room for the edge arrow
      marker.x = Math.min(Math.max(marker.x, rect.x + marker.width / 2 + margin), rect.x + rect.width - marker.width / 2 - 4);
      marker.y = Math.min(Math.max(marker.y, rect.y + marker.height / 2 + 4), rect.y + rect.height - marker.height / 2 - margin);
      this.hoverable(marker);
      this.markers.set(id, marker);
    }
    const legend = this.track(buildLegend(scene, rect.x + 8 * this.scale, 0, size * 0.85, this.t)).setDepth(depth + 4);
    legend.y = rect.y + rect.height - legend.height - 8 * this.scale;
    this.panel = this.track(new BarPanel(scene, rect.x + rect.width - 230 * this.scale, rect.y + 8 * this.scale, size * 0.9)).setDepth(depth + 4);
    if (options.onLensChange) this.buildLensTabs(size, depth + 4);
    this.tooltip = this.track(new Tooltip(scene, size * 0.9, new Phaser.Geom.Rectangle(rect.x, rect.y, rect.width, rect.height))).setDepth(depth + 10);

    this.onPointerMove = (pointer) => this.hoverLines(pointer);
    scene.input.on(Phaser.Input.Events.POINTER_MOVE, this.onPointerMove);
    this.loadFlags();
  }

  /** Redraws the overlay for a new world or lens; the baked base image is never touched. */
  update(world: World, lens: MapLens): void {
    this.world = world;
    this.lens = lens;
    const model = buildMapModel(world, lens, this.t);
    this.model = model;
    this.redraw();
    for (const route of model.routes) {
      const style = STATUS_STYLE[route.status];
      const text = this.t('map.routeLabel', { name: this.t(`map.routeShort.${route.id}`), flow: Math.round(route.flowMt * 10) / 10 });
      const mark = route.status === 'banned' ? '✕ ' : route.status === 'disrupted' ? '⚠ ' : '';
      this.badges.get(`route:${route.id}`)?.show(mark + text, style.colour, Math.max(0.75, route.emphasis));
    }
    for (const corridor of model.corridors) {
      const text = this.t('map.routeLabel', { name: this.t(`map.corridorShort.${corridor.id}`), flow: Math.round(corridor.volumeMt * 10) / 10 });
      this.badges.get(`corridor:${corridor.id}`)?.show(text, CORRIDOR_COLOUR, Math.max(0.75, corridor.emphasis));
    }
    const alarmText = this.t('map.alarmShort', { value: Math.round(model.russiaAlarm), level: this.t(`map.alarm.${model.alarmLevel}`) });
    for (const partner of model.partners) {
      const emphasis = lens === 'oil' ? 0.9 : 1;
      this.markers.get(partner.id)?.refresh(partner, model.russiaAlarm, alarmText, emphasis);
    }
    const panelColour = lens === 'military' ? OKABE_ITO.vermillion : lens === 'trade' ? OKABE_ITO.blue : OKABE_ITO.purple;
    this.panel.show(model.panel, panelColour);
    for (const [id, tab] of this.tabs) tab.show(this.t(`map.lens.${id}`), id === lens ? 0x1f2328 : 0xb3ab9c, id === lens ? 1 : 0.85);
    if (this.highlighted) this.focus(this.highlighted);
  }

  /** Named interactive objects in reading order, for the game's keyboard focus ring. */
  focusables(): Phaser.GameObjects.GameObject[] {
    return [...this.tabs.values(), ...this.badges.values(), ...this.markers.values()];
  }

  /** Highlights a named object (`route:cpc`, `partner:russia`, …) and shows its tooltip; null clears. */
  focus(name: string | null): void {
    this.highlighted = name;
    this.redraw();
    if (!name || !this.world || name.startsWith('lens:')) return this.tooltip.hide();
    const object = this.badges.get(name) ?? this.markers.get(name.replace('partner:', '') as PowerId);
    if (!object) return this.tooltip.hide();
    const bounds = object.getBounds();
    this.tooltip.showAt(tooltipFor(name, this.world, this.t, this.options.describeCause ?? plainCause), bounds.right, bounds.centerY);
  }

  /** Shows or hides every object of the map (e.g. while another screen covers it). */
  setVisible(visible: boolean): void {
    for (const object of this.objects) (object as unknown as Phaser.GameObjects.Components.Visible).setVisible(visible);
    if (visible) this.tooltip.hide();
  }

  /** Frees every object, the pointer listener and the baked texture (call from the scene's shutdown). */
  destroy(): void {
    this.scene.input?.off(Phaser.Input.Events.POINTER_MOVE, this.onPointerMove);
    for (const object of this.objects) object.destroy();
    this.objects.length = 0;
    if (this.scene.textures?.exists(this.textureKey)) this.scene.textures.remove(this.textureKey);
  }

  /** Copies the baked base map and paints the overlay over it, then uploads the one texture (never re-projects land). */
  private redraw(): void {
    if (!this.model) return;
    const ctx = this.texture.getContext();
    const r = this.resolution;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(this.base, 0, 0);
    ctx.setTransform(r, 0, 0, r, -this.rect.x * r, -this.rect.y * r);
    const routes = () => drawRoutesLayer(ctx, this.model!, this.legs, this.scale, this.highlighted);
    const corridors = () => drawCorridorsLayer(ctx, this.model!, this.legs, this.scale, this.highlighted);
    if (this.lens === 'trade') [routes, corridors].forEach((draw) => draw());
    else [corridors, routes].forEach((draw) => draw());
    this.texture.refresh();
  }

  private track<T extends Phaser.GameObjects.GameObject>(object: T): T {
    this.objects.push(object);
    return object;
  }

  private hoverable(object: Phaser.GameObjects.GameObject): void {
    object.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OVER, () => this.focus(object.name));
    object.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OUT, () => this.focus(null));
  }

  private hoverLines(pointer: Phaser.Input.Pointer): void {
    if (!this.world || !this.image.visible) return;
    const q = { x: pointer.worldX, y: pointer.worldY };
    const r = this.rect;
    if (q.x < r.x || q.y < r.y || q.x > r.x + r.width || q.y > r.y + r.height) return;
    if (this.highlighted && (this.highlighted.startsWith('partner:') || this.badges.get(this.highlighted)?.getBounds().contains(q.x, q.y))) return;
    let best: string | null = null;
    let bestDistance = 8 * Math.max(1, this.scale);
    for (const [name, legs] of Object.entries(this.legs)) {
      for (const leg of legs) {
        const d = distanceToPolyline(q, leg.points);
        if (d < bestDistance) [best, bestDistance] = [name, d];
      }
    }
    if (best !== this.highlighted && (best || this.highlighted?.match(/^(route|corridor):/))) {
      this.focus(best);
      if (best && this.world) this.tooltip.showAt(tooltipFor(best, this.world, this.t, this.options.describeCause ?? plainCause), q.x, q.y);
    }
  }

  private buildLensTabs(size: number, depth: number): void {
    let x = this.rect.x + 8 * this.scale;
    for (const lens of MAP_LENSES) {
      const tab = this.track(new Badge(this.scene, `lens:${lens}`, size)).setDepth(depth);
      tab.show(this.t(`map.lens.${lens}`), 0xb3ab9c, 1);
      tab.setPosition(x + tab.width / 2, this.rect.y + 8 * this.scale + tab.height / 2);
      x += tab.width + 6 * this.scale;
      tab.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => this.options.onLensChange?.(lens));
      this.tabs.set(lens, tab);
    }
  }

  private loadFlags(): void {
    const missing = POWER_IDS.filter((id) => !this.scene.textures.exists(flagKey(id)));
    if (missing.length === 0) return;
    const loader = this.scene.load;
    for (const id of missing) {
      loader.svg(flagKey(id), base64DataUrl(FLAG_URLS[id]), { width: 64, height: 48 });
    }
    loader.once(Phaser.Loader.Events.COMPLETE, () => this.markers.forEach((m) => m.active && m.attachFlag()));
    if (!loader.isLoading()) loader.start();
  }
}

/** Vite inlines small SVGs as URL-encoded data URLs; Phaser's loader decodes data URLs as base64 only. */
function base64DataUrl(url: string): string {
  const prefix = 'data:image/svg+xml,';
  if (!url.startsWith(prefix)) return url;
  const svg = decodeURIComponent(url.slice(prefix.length));
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

function drawRoutesLayer(g: CanvasRenderingContext2D, model: MapModel, legs: Record<string, ProjectedLeg[]>, scale: number, lit: string | null): void {
  const byName: Record<string, ProjectedLeg[]> = Object.fromEntries(ROUTE_IDS.map((id) => [id, legs[`route:${id}`]]));
  drawRoutes(g, model.routes, byName, scale, lit);
}

function drawCorridorsLayer(g: CanvasRenderingContext2D, model: MapModel, legs: Record<string, ProjectedLeg[]>, scale: number, lit: string | null): void {
  const byName: Record<string, ProjectedLeg[]> = Object.fromEntries(CORRIDOR_IDS.map((id) => [id, legs[`corridor:${id}`]]));
  drawCorridors(g, model.corridors, byName, scale, lit);
}
