// Plays the built game in headless Chromium through real clicks, from the menu to the debrief, checking each screen.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, ROOT, watchConsole, useServedGame } from './harness';
import { answerDecisions, clickTo, pickActions, startFromMenu } from './drive';
import { clickByName, machineState, namedObjects, stateHash, waitForObject, waitForScreen } from './pageProbe';
import { press, tabTo } from './keys';

const SCENARIO = process.env.KZ_BROWSER_SCENARIO ?? 'classroom-short';
const SHOTS = resolve(ROOT, 'artifacts/screenshots');
const HASH = /^[0-9a-f]{16}$/;

const game = useServedGame();

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

/** A fresh page at 1280×720 (a new context: no autosave from another test). */
async function openGame(query = ''): Promise<{ page: Page; problems: string[] }> {
  const page = await newPage(game.browser);
  const problems = watchConsole(page);
  await page.goto(`${game.url}${query}`);
  await page.waitForFunction(() => !!window.kz?.actor, null, { timeout: 120_000 }); // the actor arrives with the game core, after the menu
  return { page, problems };
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

/** Clicks each map lens tab present on the planning screen, saving a screenshot of each, then returns to oil. */
async function shootLenses(page: Page): Promise<void> {
  const lenses = (await namedObjects(page, 'lens:')).map((o) => o.name);
  for (const name of [...lenses.filter((n) => n !== 'lens:oil'), 'lens:oil']) {
    if (!lenses.includes(name)) continue;
    await clickByName(page, name);
    await page.waitForTimeout(150);
    await shot(page, `map-${name.replace(':', '-')}`);
  }
}

/** Hovers the CPC route's badge and returns the map tooltip's text (empty if no tooltip showed). */
async function hoverTooltip(page: Page, name: string): Promise<string> {
  const target = (await namedObjects(page, name)).find((o) => o.name === name);
  if (!target) return '';
  await page.mouse.move(target.x, target.y);
  await page.waitForTimeout(150);
  return page.evaluate(() => {
    for (const scene of window.kz.game.scene.getScenes(true)) {
      const tip = scene.children.getByName('map:tooltip') as Phaser.GameObjects.Container | null;
      if (tip?.visible) return tip.list.map((o) => (o.type === 'Text' ? (o as Phaser.GameObjects.Text).text : '')).join('');
    }
    return '';
  });
}

describe('the game in a browser', () => {
  it(`plays ${SCENARIO} from the menu to the debrief through real clicks`, async () => {
    const started = Date.now();
    const { page, problems } = await openGame();
    const seen = new Set<string>();
    const check = async (expected: string, label: string) => {
      expect(await machineState(page), label).toBe(expected);
      if (expected !== 'menu') expect(await stateHash(page), label).toMatch(HASH);
      expect(problems, label).toEqual([]);
      if (!seen.has(expected)) {
        seen.add(expected);
        await page.waitForTimeout(250); // let the scene finish drawing
        await shot(page, expected);
      }
    };

    await waitForScreen(page, ['menu']);
    await waitForObject(page, 'menu:new-game');
    await check('menu', 'menu');
    await startFromMenu(page, SCENARIO, async () => void (await shot(page, 'menu-scenarios')));

    let turns = 0;
    for (; turns < 40; turns++) {
      await check('briefing', `turn ${turns + 1} briefing`);
      await clickTo(page, 'briefing:continue', ['planning']);
      await waitForObject(page, 'end-turn');
      await check('planning', `turn ${turns + 1} planning`);
      await pickActions(page);
      if (turns === 0) {
        await shot(page, 'planning-selected');
        await shootLenses(page);
        expect(await hoverTooltip(page, 'route:cpc'), 'tooltip on the CPC route').toMatch(/Flow [\d.]+ Mt\/yr/);
        await shot(page, 'map-tooltip');
        await page.mouse.move(5, 700);
      }
      await clickTo(page, 'end-turn', ['decision', 'report']);
      await answerDecisions(page, () => check('decision', `turn ${turns + 1} decision`));
      await waitForObject(page, 'report:continue');
      await check('report', `turn ${turns + 1} report`);
      const state = await clickTo(page, 'report:continue', ['briefing', 'debrief']);
      if (state === 'debrief') break;
    }
    await waitForObject(page, 'debrief:rewind:');
    await check('debrief', 'debrief');
    expect(turns + 1).toBeGreaterThan(1);
    expect(await page.evaluate(() => window.kz.actor.getSnapshot().context.world?.outcome)).toBeTruthy();
    // The debrief's sources sheet opens and closes; renaming this line asks for a name and the machine keeps it.
    await clickByName(page, 'debrief:sources');
    await waitForObject(page, 'debrief:sources-close');
    await shot(page, 'debrief-sources');
    await clickByName(page, 'debrief:sources-close');
    await waitForObject(page, 'debrief:rename');
    await clickByName(page, 'debrief:rename');
    await page.waitForSelector('#text-entry input');
    await page.fill('#text-entry input', 'Cautious line');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.kz.actor.getSnapshot().context.branches.some((b) => b.name === 'Cautious line'));
    expect(problems).toEqual([]);
    console.log(`played ${turns + 1} turns in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await page.context().close();
  }, 900_000);

  it('plays from the menu to the second turn with the keyboard only, and saves under a typed name', async () => {
    const { page, problems } = await openGame();
    const context = () => page.evaluate(() => {
      const c = window.kz.actor.getSnapshot().context;
      return { selected: [...c.selected], turn: c.world?.turn ?? -1, error: c.error };
    });
    await waitForScreen(page, ['menu']);
    await waitForObject(page, 'menu:new-game');
    // New game opens the scenario list; Esc backs out of it, Enter opens it again.
    await tabTo(page, 'menu:new-game');
    await press(page, 'Enter');
    await waitForObject(page, `scenario:${SCENARIO}`);
    await press(page, 'Escape');
    expect(await namedObjects(page, 'scenario:')).toEqual([]);
    await tabTo(page, 'menu:new-game');
    await press(page, 'Enter');
    await waitForObject(page, `scenario:${SCENARIO}`);
    await tabTo(page, `scenario:${SCENARIO}`);
    await press(page, 'Enter');
    await tabTo(page, 'menu:start');
    await press(page, 'Enter');
    expect(await waitForScreen(page, ['briefing'])).toBe('briefing');
    // The briefing focuses its Continue button: Enter goes on to planning.
    await waitForObject(page, 'briefing:continue');
    await press(page, 'Enter');
    expect(await waitForScreen(page, ['planning'])).toBe('planning');
    await waitForObject(page, 'action:');
    const available = new Set((await namedObjects(page, 'action:')).filter((o) => !o.disabled).map((o) => o.name));
    const card = await tabTo(page, (n) => available.has(n));
    await press(page, 'Enter');
    expect((await context()).selected).toEqual([card.slice('action:'.length)]);
    await shot(page, 'keyboard-planning');
    await tabTo(page, 'end-turn');
    await press(page, 'Enter');
    let state = await waitForScreen(page, ['decision', 'report']);
    while (state === 'decision') {
      await waitForObject(page, 'choice:');
      await tabTo(page, 'choice:');
      await press(page, 'Enter');
      state = await waitForScreen(page, ['decision', 'report']);
    }
    await waitForObject(page, 'report:continue');
    await press(page, 'Enter');
    await waitForScreen(page, ['briefing']);
    await waitForObject(page, 'briefing:continue');
    await press(page, 'Enter');
    expect(await waitForScreen(page, ['planning'])).toBe('planning');
    expect((await context()).turn).toBe(1);
    // Save: Enter on Save opens a name prompt; the typed name is the slot the menu then lists.
    await waitForObject(page, 'game:save');
    await tabTo(page, 'game:save');
    await press(page, 'Enter');
    await page.waitForSelector('#text-entry input');
    await shot(page, 'save-name');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Class 10B');
    await press(page, 'Enter');
    expect(await page.$('#text-entry')).toBeNull();
    expect((await context()).error).toBeNull();
    await tabTo(page, 'game:menu');
    await press(page, 'Enter');
    await waitForScreen(page, ['menu']);
    await waitForObject(page, 'saved:slot:Class 10B');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 600_000);

  it('shows a malformed ?play= code as an error on screen, without crashing', async () => {
    const { page, problems } = await openGame('?play=not-a-real-code!!');
    await page.waitForFunction(() => !!window.kz.actor.getSnapshot().context.error, null, { timeout: 60_000 });
    await page.waitForFunction(() => window.kz.game.scene.isActive('Notice'), null, { timeout: 60_000 });
    await page.waitForTimeout(250);
    await shot(page, 'error-play-code');
    expect(await machineState(page)).toBe('menu');
    expect(problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
    const texts = await page.evaluate(() => window.kz.game.scene.getScene('Notice').children.list
      .flatMap(function all(o: Phaser.GameObjects.GameObject): string[] {
        const self = o.type === 'Text' ? [(o as Phaser.GameObjects.Text).text] : [];
        return [...self, ...((o as Phaser.GameObjects.Container).list ?? []).flatMap(all)];
      }).join(' '));
    expect(texts.length).toBeGreaterThan(10);
    await page.context().close();
  }, 600_000);
});
