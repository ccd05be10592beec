// Reading the running game from the test: machine state, hash, named objects and their real on-screen positions.
import type { Page } from 'playwright-core';

/** A named interactive object as the page reports it. */
export interface NamedObject {
  name: string;
  scene: string;
  x: number; // page coordinates of its centre (CSS pixels)
  y: number;
  disabled: boolean;
}

/**
 * Every visible, interactive, named object in the active scenes, with its centre in page coordinates:
 * getBounds() (world coordinates, containers included) through the camera (scroll, zoom about its origin), scaled
 * by the canvas' on-page size over the game size, plus the canvas' page offset.
 */
export function namedObjects(page: Page, prefix = ''): Promise<NamedObject[]> {
  return page.evaluate((prefix) => {
    type Obj = Phaser.GameObjects.GameObject & {
      list?: Obj[]; visible?: boolean; disabled?: boolean; scrollFactorX?: number; scrollFactorY?: number; parentContainer?: Obj | null;
      getBounds?: () => Phaser.Geom.Rectangle;
    };
    const game = window.kz.game;
    const canvas = game.canvas.getBoundingClientRect();
    const sx = canvas.width / game.scale.width;
    const sy = canvas.height / game.scale.height;
    const found: { name: string; scene: string; x: number; y: number; disabled: boolean }[] = [];
    const shown = (o: Obj): boolean => o.visible !== false && (!o.parentContainer || shown(o.parentContainer));
    const visit = (o: Obj, scene: Phaser.Scene) => {
      if (o.name && o.name.startsWith(prefix) && o.input?.enabled && shown(o) && o.getBounds) {
        const b = o.getBounds();
        const cam = scene.cameras.main;
        const fx = o.scrollFactorX ?? 1;
        const fy = o.scrollFactorY ?? 1;
        // The camera draws world point p at cam.x + origin + zoom·(p − scroll − origin) canvas pixels.
        const ox = cam.originX * cam.width;
        const oy = cam.originY * cam.height;
        found.push({
          name: o.name, scene: scene.sys.settings.key, disabled: !!o.disabled,
          x: canvas.left + window.scrollX + (cam.x + ox + cam.zoomX * (b.centerX - cam.scrollX * fx - ox)) * sx,
          y: canvas.top + window.scrollY + (cam.y + oy + cam.zoomY * (b.centerY - cam.scrollY * fy - oy)) * sy,
        });
      }
      for (const child of o.list ?? []) visit(child, scene);
    };
    for (const scene of game.scene.getScenes(true)) for (const o of scene.children.list as Obj[]) visit(o, scene);
    return found;
  }, prefix);
}

/** Clicks the object called `name` at its real position with the mouse; throws a readable error if it is not there. */
export async function clickByName(page: Page, name: string): Promise<void> {
  const hit = (await namedObjects(page, name)).find((o) => o.name === name);
  if (!hit) {
    const names = (await namedObjects(page)).map((o) => o.name);
    throw new Error(`No clickable object named "${name}" in the active scenes (${await machineState(page)}). Present: ${names.join(', ') || 'none'}`);
  }
  await page.mouse.move(hit.x, hit.y);
  await page.mouse.down();
  await page.mouse.up();
}

/** The machine's state name (e.g. 'planning'). */
export function machineState(page: Page): Promise<string> {
  return page.evaluate(() => String(window.kz?.actor?.getSnapshot().value ?? 'not started'));
}

/** The current world's state hash, or null before a game starts. */
export function stateHash(page: Page): Promise<string | null> {
  return page.evaluate(() => window.kz.stateHash());
}

/** Waits until the machine is in one of `states` and an object of that screen can be clicked. */
export async function waitForScreen(page: Page, states: string[], timeout = 120_000): Promise<string> {
  await page.waitForFunction((states) => states.includes(String(window.kz?.actor?.getSnapshot().value)), states, { timeout });
  return machineState(page);
}

/** Waits until an object called `name` (or starting with it, if it ends in ':') is clickable. */
export async function waitForObject(page: Page, name: string, timeout = 60_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    const objects = await namedObjects(page, name);
    if (objects.some((o) => (name.endsWith(':') ? o.name.startsWith(name) : o.name === name))) return;
    if (Date.now() - start > timeout) {
      const names = (await namedObjects(page)).map((o) => o.name);
      throw new Error(`"${name}" never appeared (${await machineState(page)}). Present: ${names.join(', ') || 'none'}`);
    }
    await page.waitForTimeout(50);
  }
}

/**
 * Where the pillars chart (`chart:pillars`) of a scene draws the latest value of a pillar, in page coordinates: the
 * point sits mid-plot when there is one turn so far (`mid`) or at the plot's right end (`last`), 8 px inside the zone.
 */
export function pillarPointOnPage(page: Page, sceneKey: string, pillar: string, where: 'mid' | 'last'): Promise<{ x: number; y: number }> {
  return page.evaluate(({ sceneKey, pillar, where }) => {
    const scene = window.kz.game.scene.getScene(sceneKey);
    const zone = scene.children.getByName('chart:pillars') as Phaser.GameObjects.Zone;
    const b = zone.getBounds();
    const h = window.kz.actor.getSnapshot().context.world!.history;
    const value = (h[h.length - 1]!.indicators.pillars as Record<string, number>)[pillar]!;
    const gx = where === 'mid' ? b.x + b.width / 2 : b.x + b.width - 8;
    const gy = b.y + 8 + (b.height - 16) * (1 - value / 100);
    const canvas = window.kz.game.canvas.getBoundingClientRect();
    const cam = scene.cameras.main;
    const sx = canvas.width / window.kz.game.scale.width;
    const sy = canvas.height / window.kz.game.scale.height;
    const ox = cam.originX * cam.width;
    const oy = cam.originY * cam.height;
    return { x: canvas.left + (cam.x + ox + cam.zoomX * (gx - cam.scrollX - ox)) * sx, y: canvas.top + (cam.y + oy + cam.zoomY * (gy - cam.scrollY - oy)) * sy };
  }, { sceneKey, pillar, where });
}
