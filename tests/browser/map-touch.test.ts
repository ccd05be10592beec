// The map by mouse and by touch: hovering a partner card or a route shows its tooltip and highlight and leaving
// clears them; on a touchscreen, where nothing hovers, a tap shows the same and keeps it until the next tap.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { watchConsole, useServedGame } from './harness';
import { clickTo } from './drive';
import { clickByName, namedObjects, waitForObject } from './pageProbe';

const game = useServedGame();
const WAIT = 60_000;


/** The game screen of a fresh classroom game, on a mouse or a touch device. */
async function planning(touch: boolean): Promise<{ page: Page; problems: string[] }> {
  const context = await game.browser.newContext({ viewport: { width: 1280, height: 720 }, hasTouch: touch });
  await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  const page = await context.newPage();
  const problems = watchConsole(page);
  await page.goto(game.url);
  await waitForObject(page, 'menu:new-game', WAIT);
  await page.waitForFunction(() => !!window.kz.actor, null, { timeout: WAIT });
  await page.evaluate(() => window.kz.actor.send({ type: 'NEW_GAME', scenarioId: 'classroom-short', seed: 7 } as never));
  await clickTo(page, 'briefing:continue', ['planning']);
  await waitForObject(page, 'partner:russia', WAIT);
  if ((await namedObjects(page, 'coach:skip')).length) {
    await clickByName(page, 'coach:skip'); // the guided tour's box would sit over part of the map
    await page.waitForFunction(() => !window.kz.game.scene.getScene('Coach')?.children.getByName('coach:skip'), null, { timeout: WAIT });
  }
  return { page, problems };
}

/** Whether the map's tooltip and its highlight layer are showing. */
const shown = (page: Page) =>
  page.evaluate(() => {
    const game = window.kz.game.scene.getScene('Game');
    const visible = (name: string) => !!game.children.getByName(name)?.active && (game.children.getByName(name) as unknown as { visible: boolean }).visible;
    return { tooltip: visible('map:tooltip'), highlight: visible('map:highlight') };
  });

const centre = async (page: Page, name: string) => (await namedObjects(page, name)).find((o) => o.name === name)!;
const EMPTY = { x: 330, y: 660 }; // Iran, south of the Caspian: no line, card or badge there at 1280×720

describe('the map', () => {
  it('shows a partner card\'s tooltip and highlight while the mouse is over it, and clears them when it leaves', async () => {
    const { page, problems } = await planning(false);
    const russia = await centre(page, 'partner:russia');
    await page.mouse.move(russia.x, russia.y);
    await page.waitForFunction(() => (window.kz.game.scene.getScene('Game').children.getByName('map:tooltip') as unknown as { visible: boolean }).visible, null, { timeout: WAIT });
    expect(await shown(page)).toEqual({ tooltip: true, highlight: true });
    await page.mouse.move(EMPTY.x, EMPTY.y);
    await page.waitForFunction(() => !(window.kz.game.scene.getScene('Game').children.getByName('map:tooltip') as unknown as { visible: boolean }).visible, null, { timeout: WAIT });
    expect(await shown(page)).toEqual({ tooltip: false, highlight: false });
    // a route's badge works the same way
    const cpc = await centre(page, 'route:cpc');
    await page.mouse.move(cpc.x, cpc.y);
    await page.waitForFunction(() => (window.kz.game.scene.getScene('Game').children.getByName('map:highlight') as unknown as { visible: boolean }).visible, null, { timeout: WAIT });
    expect(await shown(page)).toEqual({ tooltip: true, highlight: true });
    expect(problems).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('on a touchscreen, a tap shows what hovering shows and keeps it until a tap elsewhere', async () => {
    const { page, problems } = await planning(true);
    const russia = await centre(page, 'partner:russia');
    await page.touchscreen.tap(russia.x, russia.y);
    await page.waitForFunction(() => (window.kz.game.scene.getScene('Game').children.getByName('map:tooltip') as unknown as { visible: boolean }).visible, null, { timeout: WAIT });
    await page.waitForTimeout(300); // the finger has lifted: what the tap showed stays
    expect(await shown(page)).toEqual({ tooltip: true, highlight: true });
    await page.touchscreen.tap(EMPTY.x, EMPTY.y);
    await page.waitForFunction(() => !(window.kz.game.scene.getScene('Game').children.getByName('map:tooltip') as unknown as { visible: boolean }).visible, null, { timeout: WAIT });
    expect(await shown(page)).toEqual({ tooltip: false, highlight: false });
    const cpc = await centre(page, 'route:cpc');
    await page.touchscreen.tap(cpc.x, cpc.y);
    await page.waitForFunction(() => (window.kz.game.scene.getScene('Game').children.getByName('map:tooltip') as unknown as { visible: boolean }).visible, null, { timeout: WAIT });
    expect(await shown(page)).toEqual({ tooltip: true, highlight: true });
    // A second tap on what a tap showed explains it (as a click does with a mouse).
    await page.touchscreen.tap(cpc.x, cpc.y);
    await waitForObject(page, 'explain:close', WAIT);
    expect(await page.evaluate(() => window.kz.explanation?.path)).toBe('oil.routes.cpc.flowMt');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 240_000);
});
