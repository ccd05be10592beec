// The forecast before End turn in the built game: cards chosen by real clicks, a forecast played in Web Workers
// that refines to 200+ futures with ordered bands, equals the same plan forecast in Node with the same seeds,
// follows a new selection, and fits beside the map without covering it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runForecast, summarise, type ForecastSummary } from '../../src/lab/forecast';
import { stateHash } from '../../src/sim';
import type { Rules } from '../../src/sim/content';
import type { World } from '../../src/sim/world';
import { newPage, ROOT, watchConsole, useServedGame } from './harness';
import { clickTo, pickActions, startFromMenu } from './drive';
import { clickByName, waitForObject, waitForScreen } from './pageProbe';
import { at } from '../../src/sim/indexing';

const game = useServedGame();
const shots = join(ROOT, 'artifacts/screenshots');

beforeAll(() => {
  mkdirSync(shots, { recursive: true });
});

/** A fresh page at `size` with the guided turn done, in the planning screen of classroom-short (from the menu, or with `seed`). */
async function planning(size: { width: number; height: number }, lang = 'en', seed?: number) {
  const page = await newPage(game.browser, size);
  const problems = watchConsole(page);
  await page.addInitScript(() => localStorage.setItem('multi-vector-ui:coach-done', 'done'));
  await page.goto(`${game.url}?lang=${lang}${seed === undefined ? '' : `&scenario=classroom-short&seed=${seed}`}`, { timeout: 120_000 });
  await page.waitForFunction(() => !!window.kz?.actor, null, { timeout: 60_000 });
  if (seed === undefined) await startFromMenu(page, 'classroom-short');
  await clickTo(page, 'briefing:continue', ['planning']);
  await waitForObject(page, 'end-turn');
  return { page, problems };
}

/** Waits until the forecast of exactly `plan` rests on at least `seeds` futures (or is done, with `done`). */
async function forecastOf(page: Page, plan: string[], seeds: number, done = false) {
  await page.waitForFunction(
    ({ plan, seeds, done }) => {
      const f = window.kz.lastForecast;
      return !!f && f.plan.join() === plan.join() && f.seeds >= seeds && (!done || f.done);
    },
    { plan, seeds, done },
    { timeout: 180_000 },
  );
  return (await page.evaluate(() => window.kz.lastForecast))!;
}

/** Every band of a forecast, named. */
const bands = (f: Pick<ForecastSummary, 'pillars' | 'alarm' | 'budget'>) => ({ ...f.pillars, alarm: f.alarm, budget: f.budget });

/** The forecast panel's texts, their smallest size, and its bounds in layout pixels. */
function panelView(page: Page) {
  return page.evaluate(() => {
    const panel = window.kz.game.scene.getScene('Game').children.getByName('forecast:panel') as Phaser.GameObjects.Container | null;
    const texts = (panel?.list ?? []).filter((o) => o.type === 'Text') as Phaser.GameObjects.Text[];
    const b = panel?.getBounds();
    return {
      visible: !!panel?.visible,
      text: texts.map((o) => o.text).join('\n'),
      smallest: Math.min(...texts.map((o) => parseFloat(String(o.style.fontSize)))),
      bounds: b ? { left: b.left, top: b.top, right: b.right, bottom: b.bottom } : null,
    };
  });
}

describe('the forecast before End turn', () => {
  it('forecasts the clicked plan against doing nothing over 200+ futures with ordered bands, as Node does with the same seeds', async () => {
    const { page, problems } = await planning({ width: 1280, height: 720 });
    const plan = await pickActions(page, 2);
    expect(plan).toHaveLength(2);
    await clickByName(page, 'forecast:open');
    const early = await forecastOf(page, plan, 200);
    expect(early.ms).toBeGreaterThan(0);
    expect(early.turns).toBe(8);
    for (const [name, b] of Object.entries(bands(early))) {
      expect(b.p10, name).toBeLessThanOrEqual(b.p50);
      expect(b.p50, name).toBeLessThanOrEqual(b.p90);
    }
    const view = await panelView(page);
    expect(view.visible).toBe(true);
    expect(view.text).toMatch(/Most likely with your plan: “.+”, in (\d+|<1|>9) of 10 futures/);
    expect(view.text).toContain('Doing nothing');
    expect(view.text).toContain('answer events at random');
    expect(view.text).toMatch(/\d+ (of 400 )?futures/);
    expect(view.smallest).toBeGreaterThanOrEqual(14);
    expect(view.bounds!.left).toBeGreaterThanOrEqual(780); // right of the map
    expect(view.bounds!.bottom).toBeLessThanOrEqual(614); // above the footer with End turn
    await page.screenshot({ path: join(shots, 'forecast-en-1280x720.png') });

    // The finished forecast equals the same plan forecast in Node from the same world with the same seeds.
    const done = await forecastOf(page, plan, 400, true);
    const { world, rules, hash } = await page.evaluate(() => {
      const context = window.kz.actor.getSnapshot().context;
      return { world: JSON.parse(JSON.stringify(context.world)) as World, rules: JSON.parse(JSON.stringify(context.rules)) as Rules, hash: window.kz.stateHash() };
    });
    expect(stateHash(world)).toBe(hash);
    const node = summarise(runForecast(rules, world, { actions: plan }, 0, done.seeds), done.turns);
    expect({ pillars: done.pillars, alarm: done.alarm, budget: done.budget, endings: done.endings, goals: done.goals })
      .toEqual({ pillars: node.pillars, alarm: node.alarm, budget: node.budget, endings: node.endings, goals: node.goals });
    expect(Object.keys(done.goals).sort()).toEqual(rules.victory.map((g) => g.id).sort());

    // A new selection (one card dropped from the Trade tab, by a click) replaces the forecast.
    await clickByName(page, 'vector:trade');
    await waitForObject(page, `action:${at(plan, 1)}`);
    await clickByName(page, `action:${at(plan, 1)}`);
    await page.waitForFunction((id) => !window.kz.actor.getSnapshot().context.selected.includes(id), at(plan, 1));
    await clickByName(page, 'forecast:open');
    const next = await forecastOf(page, [at(plan, 0)], 200);
    expect(next.plan).toEqual([at(plan, 0)]);
    expect((await panelView(page)).visible).toBe(true);
    await clickTo(page, 'end-turn', ['decision', 'report']);
    expect(await waitForScreen(page, ['decision', 'report'])).toMatch(/decision|report/);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 420_000);

  it('forecasts each option of an event beside its effects, and the next event after a choice', async () => {
    // Seed 5 with the first two Trade cards asks two questions on the first turn (found in Node from the same rules).
    const { page, problems } = await planning({ width: 1280, height: 720 }, 'en', 5);
    await pickActions(page, 2);
    expect(await clickTo(page, 'end-turn', ['decision', 'report'])).toBe('decision');
    const first = await page.evaluate(() => window.kz.actor.getSnapshot().context.world!.pending.map((p) => p.eventId));
    expect(first.length).toBeGreaterThanOrEqual(2);
    const waitOptions = async (eventId: string) => {
      await page.waitForFunction((id) => {
        const f = window.kz.lastOptionForecast;
        return !!f && f.eventId === id && f.seeds >= 200;
      }, eventId, { timeout: 180_000 });
      return (await page.evaluate(() => window.kz.lastOptionForecast))!;
    };
    const forecast = await waitOptions(at(first, 0));
    const options = await page.evaluate((id) => window.kz.actor.getSnapshot().context.rules?.events[id]?.options?.map((o) => o.id) ?? [], at(first, 0));
    expect(Object.keys(forecast.options).sort()).toEqual([...options].sort());
    for (const summary of Object.values(forecast.options)) {
      for (const [name, b] of Object.entries(bands(summary))) {
        expect(b.p10, name).toBeLessThanOrEqual(b.p50);
        expect(b.p50, name).toBeLessThanOrEqual(b.p90);
      }
    }
    const texts = await page.evaluate(() => {
      const box = window.kz.game.scene.getScene('Decision').children.getByName('forecast:options') as Phaser.GameObjects.Container | null;
      return ((box?.list ?? []).filter((o) => o.type === 'Text') as Phaser.GameObjects.Text[]).map((o) => ({ text: o.text, size: parseFloat(String(o.style.fontSize)) }));
    });
    expect(texts.filter((x) => /^In (\d+|<1|>9) of 10 futures: “.+”$/.test(x.text))).toHaveLength(options.length);
    expect(texts.some((x) => /\d+ futures to .*events answered at random/.test(x.text))).toBe(true);
    expect(Math.min(...texts.map((x) => x.size))).toBeGreaterThanOrEqual(14);
    await page.screenshot({ path: join(shots, 'forecast-decision-en-1280x720.png') });
    // Answering the first question by a click forecasts the next one's options.
    await clickTo(page, `choice:${at(first, 0)}:${options[0]}`, ['decision', 'report']);
    expect((await waitOptions(at(first, 1))).eventId).toBe(at(first, 1));
    expect(problems).toEqual([]);
    await page.context().close();
  }, 420_000);

  it('fits at 1024×768 in Russian, readable and clear of the map', async () => {
    const { page, problems } = await planning({ width: 1024, height: 768 }, 'ru');
    const plan = await pickActions(page, 2);
    await clickByName(page, 'forecast:open');
    await forecastOf(page, plan, 200);
    const view = await panelView(page);
    expect(view.text).toContain('Ваш план');
    expect(view.text).toMatch(/в (\d+|<1|>9) из 10 вариантов/);
    expect(view.smallest).toBeGreaterThanOrEqual(14);
    expect(view.bounds!.left).toBeGreaterThanOrEqual(780);
    expect(view.bounds!.bottom).toBeLessThanOrEqual(614);
    await page.screenshot({ path: join(shots, 'forecast-ru-1024x768.png') });
    expect(problems).toEqual([]);
    await page.context().close();
  }, 420_000);
});
