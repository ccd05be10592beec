// Works offline: after one visit (the service worker has precached the game), the network is cut and the server is
// gone, yet the game reloads to the menu and plays a turn.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, newPage, serveDir, watchConsole } from './harness';
import { builtGame } from './builtGame';
import { answerDecisions, clickTo, pickActions, startFromMenu } from './drive';
import { waitForObject } from './pageProbe';

let browser: Browser;
let outDir: string;

beforeAll(async () => {
  outDir = await builtGame();
  browser = await launchChromium();
}, 420_000);

afterAll(async () => {
  await browser?.close();
});

describe('offline', () => {
  it('reloads to the menu and plays a turn with the network cut after the first visit', async () => {
    const server = await serveDir(outDir);
    const page = await newPage(browser);
    const problems = watchConsole(page);
    await page.goto(server.url);
    await waitForObject(page, 'menu:new-game', 60_000);
    // The worker installs once the page has loaded; ready resolves when it is active, i.e. when the precache is complete.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(server.url);

    await server.close(); // nothing answers any more…
    await page.context().setOffline(true); // …and the browser is offline too
    await page.reload();
    await waitForObject(page, 'menu:new-game', 60_000);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await startFromMenu(page, 'classroom-short');
    await clickTo(page, 'briefing:continue', ['planning']);
    expect((await pickActions(page)).length).toBeGreaterThan(0);
    await clickTo(page, 'end-turn', ['decision', 'report']);
    await answerDecisions(page);
    await waitForObject(page, 'report:continue');
    expect(await page.evaluate(() => window.kz.actor.getSnapshot().context.world?.turn)).toBe(1);
    // Going offline makes Chromium log failed requests of its own; the game itself must not have complained.
    expect(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(p))).toEqual([]);
    await page.context().close();
  }, 400_000);
});
