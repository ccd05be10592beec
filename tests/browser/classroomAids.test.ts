// The in-play classroom aids in the built game: goals in view with progress, the guided first turn, the glossary from a
// term, rendering at the screen's real pixels, and text never below 14 px (17 px with larger text).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, watchConsole, useServedGame } from './harness';
import { answerDecisions, clickTo, startFromMenu } from './drive';
import { clickByName, namedObjects, waitForObject, waitForScreen } from './pageProbe';
import { at } from '../../src/sim/indexing';

const game = useServedGame();


/** A fresh page (own storage) at `size`, optionally with the tour already done, on the menu. */
async function openGame(size = { width: 1280, height: 720 }, options: { tourDone?: boolean; lang?: string } = {}) {
  const page = await newPage(game.browser, size);
  const problems = watchConsole(page);
  if (options.tourDone) await page.addInitScript(() => localStorage.setItem('multi-vector-ui:coach-done', 'done'));
  if (options.lang) await page.addInitScript((lang) => localStorage.setItem('multi-vector-ui:language', lang), options.lang);
  await page.goto(game.url, { timeout: 120_000 });
  await page.waitForFunction(() => !!window.kz?.actor, null, { timeout: 60_000 });
  await waitForScreen(page, ['menu'], 60_000);
  await waitForObject(page, 'menu:new-game');
  return { page, problems };
}

/** Every text in the active scenes (containers included), with its font size in layout pixels. */
function texts(page: Page, scene?: string): Promise<{ text: string; size: number; scene: string }[]> {
  return page.evaluate((only) => window.kz.game.scene.getScenes(true).filter((s) => !only || s.sys.settings.key === only).flatMap((scene) => {
    const all = (o: Phaser.GameObjects.GameObject): { text: string; size: number; scene: string }[] => [
      ...(o.type === 'Text' && (o as Phaser.GameObjects.Text).visible
        ? [{ text: (o as Phaser.GameObjects.Text).text, size: parseFloat(String((o as Phaser.GameObjects.Text).style.fontSize)), scene: scene.sys.settings.key }]
        : []),
      ...((o as Phaser.GameObjects.Container).list ?? []).flatMap(all),
    ];
    return scene.children.list.flatMap(all);
  }), scene);
}

/** Texts drawn below `min` px on the screen now (with where they are), for a readable failure. */
async function tooSmall(page: Page, min = 14): Promise<string[]> {
  return (await texts(page)).filter((t) => t.text.trim() && t.size < min).map((t) => `${t.scene}: "${t.text.slice(0, 40)}" at ${t.size}px`);
}

/** The goals panel's text. */
async function goalsText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const panel = window.kz.game.scene.getScene('Game').children.getByName('goals:panel') as Phaser.GameObjects.Container | null;
    return (panel?.list ?? []).map((o) => (o.type === 'Text' ? (o as Phaser.GameObjects.Text).text : '')).join('\n');
  });
}

/** The world's values at the classroom goals' paths, formatted as the panel writes numbers (one decimal at most). */
function goalValues(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window.kz.actor.getSnapshot().context.world!;
    const f = (x: number) => (Math.round(x * 10) / 10).toLocaleString('en-US', { maximumFractionDigits: 1 });
    return [f(w.society.stability), `${f(w.oil.routes.btc.flowMt)} Mt`, `${f(w.oil.routes.china.flowMt)} Mt`, f(w.gauges.russiaAlarm)];
  });
}

/** The title of the card whose details are open (the details' first, largest line), or null when none are. */
function detailTitle(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const shown = (window.kz.game.scene.getScene('Game').children.list as Phaser.GameObjects.Text[]).find((o) => o.type === 'Text' && o.depth === 21 && parseFloat(String(o.style.fontSize)) === 18);
    return shown?.text ?? null;
  });
}

async function toPlanning(page: Page): Promise<void> {
  await startFromMenu(page, 'classroom-short');
  await clickTo(page, 'briefing:continue', ['planning']);
  await waitForObject(page, 'end-turn');
}

/** From the menu to the planning screen with the BTC deal's details open under the pointer (they name the term BTC). */
async function showBtcDetails(page: Page): Promise<{ x: number; y: number }> {
  await toPlanning(page);
  await clickByName(page, 'vector:routes');
  await waitForObject(page, 'action:btc-volume-agreement');
  const card = at(await namedObjects(page, 'action:btc-volume-agreement'), 0);
  await page.mouse.move(card.x, card.y);
  await waitForObject(page, 'term:btc');
  return card;
}

describe('classroom aids in a browser', () => {
  it('keeps the goals in view with where each stands now, and updates them after a turn', async () => {
    const { page, problems } = await openGame(undefined, { tourDone: true });
    expect(await tooSmall(page), 'menu').toEqual([]);
    await toPlanning(page);
    await waitForObject(page, 'goals:panel');
    const before = await goalsText(page);
    const goals = await page.evaluate(() => window.kz.actor.getSnapshot().context.rules!.victory.length);
    expect(before).toMatch(new RegExp(`Goals: \\d of ${goals} met now`));
    for (const value of await goalValues(page)) expect(before).toContain(value);
    expect(before).toContain('(need ≥ 50)');
    expect(before).toContain('Judged after the last turn');
    expect(await tooSmall(page), 'planning').toEqual([]);
    // Clicking the panel shows each goal's full text.
    await clickByName(page, 'goals:panel');
    await page.waitForFunction(() => {
      const panel = window.kz.game.scene.getScene('Game').children.getByName('goals:panel') as Phaser.GameObjects.Container | null;
      return !!panel?.list.some((o) => o.type === 'Text' && (o as Phaser.GameObjects.Text).text.includes('Social stability at 50 or more'));
    });
    const valuesBefore = await goalValues(page);
    await clickTo(page, 'end-turn', ['decision', 'report']);
    await answerDecisions(page);
    await waitForObject(page, 'report:continue');
    expect(await tooSmall(page), 'report').toEqual([]);
    await clickTo(page, 'report:continue', ['briefing']);
    await clickTo(page, 'briefing:continue', ['planning']);
    await waitForObject(page, 'goals:panel');
    const after = await goalsText(page);
    const valuesAfter = await goalValues(page);
    expect(valuesAfter).not.toEqual(valuesBefore);
    for (const value of valuesAfter) expect(after).toContain(value);
    expect(after).not.toEqual(before);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 420_000);

  it('guides the first classroom-short turn with coach marks that can be skipped and stay gone after a reload', async () => {
    const { page, problems } = await openGame();
    await toPlanning(page);
    await waitForObject(page, 'coach:next');
    const note = async () => (await texts(page, 'Coach')).map((t) => t.text).join(' ');
    expect(await note()).toContain('Step 1 of 5');
    expect(await note()).toContain('political capital');
    await clickByName(page, 'coach:next');
    await page.waitForFunction(() => (window.kz.game.scene.getScene('Coach').children.list as Phaser.GameObjects.Text[]).some((o) => o.type === 'Text' && o.text.includes('Step 2 of 5')));
    expect(await tooSmall(page), 'coach mark').toEqual([]);
    await clickByName(page, 'coach:skip');
    await page.waitForFunction(() => !window.kz.game.scene.getScene('Coach').children.getByName('coach:next'));
    expect(await page.evaluate(() => localStorage.getItem('multi-vector-ui:coach-done'))).toBe('done');
    // A new visit: a new classroom-short game starts without the tour.
    await page.reload({ timeout: 120_000 });
    await page.waitForFunction(() => !!window.kz?.actor, null, { timeout: 60_000 });
    await waitForScreen(page, ['menu'], 60_000);
    await waitForObject(page, 'menu:new-game');
    await toPlanning(page);
    await page.waitForTimeout(500);
    expect(await namedObjects(page, 'coach:')).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 420_000);

  it('opens the glossary from a term in a card and explains it', async () => {
    const { page, problems } = await openGame(undefined, { tourDone: true });
    const card = await showBtcDetails(page);
    const term = at(await namedObjects(page, 'term:btc'), 0);
    // The straight path to the term crosses two other cards; the details stay those of the card left behind.
    await page.mouse.move(term.x, term.y, { steps: 10 });
    expect(await detailTitle(page)).toBe('Sign a BTC volume deal with Azerbaijan');
    await clickByName(page, 'term:btc');
    await waitForObject(page, 'glossary:close');
    const shown = (await texts(page, 'Game')).map((t) => t.text).join(' ');
    expect(shown).toContain('Baku–Tbilisi–Ceyhan pipeline');
    expect(shown).toContain('Kazakh oil reaches it by tanker from Aktau');
    expect(await tooSmall(page), 'glossary').toEqual([]);
    // Another term from the list, then close.
    await clickByName(page, 'glossary:entry:cpc');
    await page.waitForFunction(() => (window.kz.game.scene.getScene('Game').children.list as Phaser.GameObjects.Text[]).some((o) => o.type === 'Text' && o.text === 'Caspian Pipeline Consortium'));
    await clickByName(page, 'glossary:close');
    await page.waitForFunction(() => !window.kz.game.scene.getScene('Game').children.getByName('glossary:panel'));
    // The HUD side's Glossary button opens it too.
    await clickByName(page, 'glossary:open');
    await waitForObject(page, 'glossary:close');
    await clickByName(page, 'glossary:close');
    await page.waitForFunction(() => !window.kz.game.scene.getScene('Game').children.getByName('glossary:panel'));
    // A pointer that stops on a card it was crossing shows that card after a short pause.
    const tankers = at(await namedObjects(page, 'action:caspian-tanker-fleet'), 0);
    await page.mouse.move(card.x, card.y);
    await page.waitForFunction(() => !!window.kz.game.scene.getScene('Game').children.getByName('detail:panel'));
    await page.mouse.move(tankers.x - 150, tankers.y + 10, { steps: 3 });
    await page.waitForFunction(() => (window.kz.game.scene.getScene('Game').children.list as Phaser.GameObjects.Text[])
      .some((o) => o.type === 'Text' && o.depth === 21 && o.text === 'Buy Caspian oil tankers'));
    expect(problems).toEqual([]);
    await page.context().close();
  }, 420_000);

  it('lifts a tall card\'s details (Russian) so they do not hide the top of the goals panel', async () => {
    const { page, problems } = await openGame(undefined, { tourDone: true, lang: 'ru' });
    await showBtcDetails(page);
    const box = (name: string) => page.evaluate((name) => {
      const o = window.kz.game.scene.getScene('Game').children.getByName(name) as unknown as { getBounds(): Phaser.Geom.Rectangle } | null;
      const b = o?.getBounds();
      return b ? { top: b.top, bottom: b.bottom } : null;
    }, name);
    const details = await box('detail:panel');
    const goals = await box('goals:panel');
    expect(details && goals, 'details and goals shown').toBeTruthy();
    expect(details!.bottom, 'the details end above the goals\' title').toBeLessThanOrEqual(goals!.top);
    expect(details!.top, 'and stay under the HUD').toBeGreaterThanOrEqual(64);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('keeps a chosen card readable under the pointer and after it leaves (a light fill behind its dark words)', async () => {
    const { page, problems } = await openGame(undefined, { tourDone: true });
    await toPlanning(page);
    await clickByName(page, 'vector:routes');
    await clickByName(page, 'action:aktau-port-expansion');
    await page.waitForFunction(() => window.kz.actor.getSnapshot().context.selected.includes('aktau-port-expansion'));
    /** The card's fill as a lightness 0..1 (its title and lines are drawn in dark ink beside it, not inside it). */
    const lightness = () => page.evaluate(() => {
      const card = window.kz.game.scene.getScene('Game').children.getByName('action:aktau-port-expansion') as Phaser.GameObjects.Container;
      const c = (card.list[0] as Phaser.GameObjects.Rectangle).fillColor;
      return (0.2126 * ((c >> 16) & 255) + 0.7152 * ((c >> 8) & 255) + 0.0722 * (c & 255)) / 255;
    });
    const card = at(await namedObjects(page, 'action:aktau-port-expansion'), 0);
    await page.mouse.move(card.x + 5, card.y + 5, { steps: 2 }); // onto the chosen card
    await page.waitForFunction(() => window.kz.game.scene.getScene('Game').input.manager.activePointer.x > 0);
    expect(await lightness()).toBeGreaterThan(0.75);
    await page.mouse.move(200, 400, { steps: 4 }); // off it, over the map
    expect(await lightness()).toBeGreaterThan(0.75);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 420_000);

  it('draws at the real pixel size of a 1920×1080 screen, and clicks still land on their objects', async () => {
    const { page, problems } = await openGame({ width: 1920, height: 1080 }, { tourDone: true });
    const canvas = await page.evaluate(() => ({ w: window.kz.game.canvas.width, h: window.kz.game.canvas.height, css: window.kz.game.canvas.getBoundingClientRect().width }));
    expect(canvas).toEqual({ w: 1920, h: 1080, css: 1920 });
    expect(await page.evaluate(() => window.kz.game.scene.getScene('Menu').cameras.main.zoom)).toBe(1.5);
    await clickByName(page, 'menu:new-game');
    await waitForObject(page, 'scenario:classroom-short', 60_000);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 420_000);

  it('reads the larger-text setting kept from an earlier visit and then draws no text below 17 px', async () => {
    const page = await newPage(game.browser);
    await page.addInitScript(() => localStorage.setItem('multi-vector-ui:large-text', 'on'));
    await page.goto(game.url, { timeout: 120_000 });
    await page.waitForFunction(() => !!window.kz?.actor, null, { timeout: 60_000 });
    await waitForScreen(page, ['menu'], 60_000);
    await waitForObject(page, 'settings:large-text', 60_000);
    expect((await texts(page, 'Menu')).map((t) => t.text)).toContain('Larger text: on');
    expect(await tooSmall(page, 17), 'menu').toEqual([]);
    await page.context().close();
  }, 420_000);
});
