// A page showing only the MapView over the baseline world, for looking at the map and timing it without the game's scenes.
import Phaser from 'phaser';
import '@fontsource/pt-sans/400.css';
import '@fontsource/pt-sans/700.css';
import { createWorld, buildRules, resolveTurn, closeTurn, chooseOption } from '../../../src/sim';
import { baselineData } from '../../fixtures/baselineData';
import { MapView } from '../../../src/ui/map/MapView';
import type { MapLens } from '../../../src/ui/map/mapModel';
import type { World } from '../../../src/sim/world';

const params = new URLSearchParams(location.search);
const width = Number(params.get('w') ?? 1280);
const height = Number(params.get('h') ?? 720);

/** Plays `turns` turns with no actions so the ledger has entries to explain. */
function worldAfter(turns: number): World {
  const rules = buildRules(baselineData);
  let world = createWorld(baselineData, 7);
  for (let i = 0; i < turns && !world.outcome; i++) {
    world = resolveTurn(rules, world, []);
    for (const pending of world.pending) {
      const event = rules.events[pending.eventId];
      world = chooseOption(rules, world, pending.eventId, event?.options?.[0]?.id ?? '');
    }
    world = closeTurn(rules, world);
  }
  return world;
}

class MapScene extends Phaser.Scene {
  view: MapView | null = null;
  create(): void {
    const world = worldAfter(Number(params.get('turns') ?? 0));
    const routes = params.get('status');
    const shown: World = routes ? { ...world, oil: { ...world.oil, routes: { ...world.oil.routes, cpc: { ...world.oil.routes.cpc, status: 'disrupted', disruptedTurns: 1 }, samara: { ...world.oil.routes.samara, status: 'banned' } } }, gauges: { ...world.gauges, russiaAlarm: 72 } } : world;
    let lens = (params.get('lens') ?? 'oil') as MapLens;
    this.view = new MapView(this, { x: 0, y: 0, width, height }, { onLensChange: (next) => { lens = next; this.view?.update(shown, lens); } });
    this.view.update(shown, lens);
    const hide = params.get('hide');
    if (hide) for (const o of this.children.list) if (hide.split('|').some((h) => o.name.startsWith(h)) || (hide === 'all-but-base' && o.name !== 'map:image')) (o as unknown as Phaser.GameObjects.Components.Visible).setVisible(false);
    (window as unknown as { mapReady: boolean }).mapReady = true;
  }
}

void document.fonts.load('16px "PT Sans"').then(() => {
  const game = new Phaser.Game({ type: Phaser.WEBGL, width, height, backgroundColor: '#c6dae8', scene: [MapScene], scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH } });
  (window as unknown as { kz: { game: Phaser.Game } }).kz = { game };
});
