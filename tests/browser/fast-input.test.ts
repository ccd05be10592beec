// Every click and tap lands: a game played with instant mouse clicks (no hover, no pauses between move, press and
// release) and one played with touchscreen taps select cards, switch tabs and end turns.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { watchConsole, useServedGame } from './harness';
import { machineState, namedObjects, waitForObject, waitForScreen } from './pageProbe';
import { at } from '../../src/sim/indexing';

const game = useServedGame();


type Press = (page: Page, x: number, y: number) => Promise<void>;
const click: Press = (page, x, y) => page.mouse.click(x, y); // move, press and release at once
const tap: Press = (page, x, y) => page.touchscreen.tap(x, y);

/** A page in its own context; `touch` makes it a touch device (taps, no mouse hover). */
async function open(touch: boolean): Promise<{ page: Page; problems: string[] }> {
  const context = await game.browser.newContext({ viewport: { width: 1280, height: 720 }, hasTouch: touch, isMobile: false });
  await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  const page = await context.newPage();
  const problems = watchConsole(page);
  await page.goto(game.url);
  return { page, problems };
}

/** Presses the object called `name` where it is on screen, with no wait before or after. */
async function pressName(page: Page, press: Press, name: string): Promise<void> {
  await waitForObject(page, name, WAIT);
  const hit = (await namedObjects(page, name)).find((o) => (name.endsWith(':') ? o.name.startsWith(name) : o.name === name));
  if (!hit) throw new Error(`${name} is not on screen`);
  await press(page, hit.x, hit.y);
}

/** Generous waits: the states come quickly on an idle machine, but a busy CI box may be many times slower. */
const WAIT = 60_000;

const selected = (page: Page) => page.evaluate(() => [...window.kz.actor.getSnapshot().context.selected]);
const pending = (page: Page) => page.evaluate(() => window.kz.actor.getSnapshot().context.world?.pending.length ?? 0);
const cardNames = async (page: Page) => (await namedObjects(page, 'action:')).map((o) => o.name).sort();

/** Plays `turns` turns pressing only with `press`: a tab switch and back, the cards back to back, End turn. */
async function playTurns(page: Page, press: Press, turns: number): Promise<void> {
  await waitForObject(page, 'menu:new-game', WAIT);
  await pressName(page, press, 'menu:new-game');
  await pressName(page, press, 'scenario:classroom-short');
  await pressName(page, press, 'menu:start');
  await waitForScreen(page, ['briefing'], WAIT);
  for (let turn = 0; turn < turns; turn++) {
    await pressName(page, press, 'briefing:continue');
    await waitForScreen(page, ['planning'], WAIT);
    // A tab switch redraws the whole panel; the next press lands on the new cards at once.
    const before = await cardNames(page);
    const tabs = (await namedObjects(page, 'vector:')).map((o) => o.name);
    const other = tabs.find((n) => n !== 'vector:trade') ?? at(tabs, 0);
    await pressName(page, press, other);
    await page.waitForFunction((before) => {
      const names: string[] = [];
      for (const scene of window.kz.game.scene.getScenes(true))
        for (const o of scene.children.list) if (o.name.startsWith('action:') && o.input?.enabled) names.push(o.name);
      return names.sort().join() !== before.join();
    }, before, { timeout: WAIT });
    await pressName(page, press, 'vector:trade');
    await page.waitForFunction((before) => {
      const names: string[] = [];
      for (const scene of window.kz.game.scene.getScenes(true))
        for (const o of scene.children.list) if (o.name.startsWith('action:') && o.input?.enabled) names.push(o.name);
      return names.sort().join() === before.join();
    }, before, { timeout: WAIT });
    // Every card pressed back to back, each press landing before the next frame on the panel the last one redrew:
    // the ones that can be taken this turn get selected (up to the limit), the others are refused.
    for (const card of await namedObjects(page, 'action:')) await press(page, card.x, card.y);
    await page.waitForFunction(() => window.kz.actor.getSnapshot().context.selected.length > 0, null, { timeout: WAIT });
    expect((await selected(page)).length, `turn ${turn + 1}: cards selected by ${press === tap ? 'taps' : 'clicks'}`).toBeGreaterThan(0);
    await pressName(page, press, 'end-turn');
    let state = await waitForScreen(page, ['decision', 'report', 'debrief'], WAIT);
    while (state === 'decision') {
      await waitForObject(page, 'choice:', WAIT);
      const [choice] = (await namedObjects(page, 'choice:')).filter((o) => !o.disabled);
      if (!choice) throw new Error('A decision shows no option that can be chosen.');
      const before = await pending(page);
      await press(page, choice.x, choice.y);
      await page.waitForFunction((n) => (window.kz.actor.getSnapshot().context.world?.pending.length ?? 0) !== n, before, { timeout: WAIT });
      state = await waitForScreen(page, ['decision', 'report', 'debrief'], WAIT);
    }
    if (state === 'debrief') return;
    await pressName(page, press, 'report:continue');
    await waitForScreen(page, ['briefing', 'debrief'], WAIT);
  }
}

describe('clicks and taps', () => {
  it('an instant mouse click selects cards, switches tabs and ends turns', async () => {
    const { page, problems } = await open(false);
    await playTurns(page, click, 2);
    expect(await page.evaluate(() => window.kz.actor.getSnapshot().context.world?.turn)).toBeGreaterThanOrEqual(2);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 400_000);

  it('a touchscreen tap selects cards, switches tabs and ends turns', async () => {
    const { page, problems } = await open(true);
    await playTurns(page, tap, 2);
    expect(await page.evaluate(() => window.kz.actor.getSnapshot().context.world?.turn)).toBeGreaterThanOrEqual(2);
    expect(await machineState(page)).toBe('briefing');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 400_000);
});
