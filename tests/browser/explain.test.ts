// "Why did this change?" in the built game: a pillar's explanation adds up and its top cause is in the report; no raw field names on screen.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, watchConsole, useServedGame } from './harness';
import { clickByName, machineState, namedObjects, pillarPointOnPage, waitForObject } from './pageProbe';
import { at } from '../../src/sim/indexing';

const game = useServedGame();


/** The text of every visible Text object in the active scenes (inside containers too). */
function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => window.kz.game.scene.getScenes(true).flatMap((scene) => {
    type Obj = Phaser.GameObjects.GameObject & { visible?: boolean; list?: Obj[] };
    const all = (o: Obj): string[] => (o.visible === false ? [] : [
      ...(o.type === 'Text' ? [(o as unknown as Phaser.GameObjects.Text).text] : []),
      ...(o.list ?? []).flatMap(all),
    ]);
    return (scene.children.list as Obj[]).flatMap(all);
  }));
}

/** camelCase ids ("russiaAlarm", "flowMt") and dotted state paths ("gauges.russiaAlarm", "oil.routes.cpc"). */
const RAW = /\b[a-z]+[A-Z][A-Za-z]*\b|\b(economy|oil|trade|relations|gauges|powers|memberships|military|society|flags|corridors|politics|pillars|baseline)\.[a-z]/;

const rawNames = (texts: string[]) => texts.filter((s) => RAW.test(s));

/** Waits (polling on a timer, not on animation frames) until the machine is in one of `states`. */
async function waitForScreen(page: Page, states: string[], timeout = 30_000): Promise<string> {
  await page.waitForFunction((states) => states.includes(String(window.kz?.actor?.getSnapshot().value)), states, { timeout, polling: 100 });
  return machineState(page);
}

/** Sends an event to the game actor (the explanation itself is opened by real clicks). */
const send = (page: Page, e: unknown) => page.evaluate((e) => window.kz.actor.send(e as never), e);

/** From the briefing: takes two affordable actions, ends the turn and answers any decision with its first option. */
async function playTurn(page: Page): Promise<void> {
  await send(page, { type: 'PROCEED' });
  await waitForScreen(page, ['planning']);
  const ids: string[] = await page.evaluate(() => Object.keys(window.kz.actor.getSnapshot().context.rules!.actions));
  for (const id of ids) {
    await send(page, { type: 'SELECT', actionId: id });
    if ((await page.evaluate(() => window.kz.actor.getSnapshot().context.selected.length)) >= 2) break;
  }
  await send(page, { type: 'DISMISS_ERROR' });
  await send(page, { type: 'END_TURN' });
  let state = await waitForScreen(page, ['decision', 'report']);
  while (state === 'decision') {
    await page.evaluate(() => {
      const c = window.kz.actor.getSnapshot().context;
      const ev = c.world?.pending[0]?.eventId;
      const opt = ev === undefined ? undefined : c.rules?.events[ev]?.options?.[0]?.id;
      if (ev === undefined || opt === undefined) throw new Error('no event with an option is waiting');
      window.kz.actor.send({ type: 'CHOOSE', eventId: ev, optionId: opt });
    });
    state = await waitForScreen(page, ['decision', 'report']);
  }
}

/** Opens `explain:<path>` by a click and returns what window.kz.explanation holds, then closes it. */
async function explanationOf(page: Page, path: string) {
  await waitForObject(page, `explain:${path}`);
  await clickByName(page, `explain:${path}`);
  await waitForObject(page, 'explain:close');
  const e = await page.evaluate(() => window.kz.explanation);
  await clickByName(page, 'explain:close');
  await page.waitForFunction(() => !window.kz.explanation, null, { polling: 100 });
  return e!;
}

describe('why did this change?', () => {
  it('explains the largest pillar change after turn 1 with causes that add up, the top one named in the report', async () => {
    const page = await newPage(game.browser);
    const problems = watchConsole(page);
    await page.goto(game.url);
    await page.waitForFunction(() => !!window.kz?.actor, null, { timeout: 30_000, polling: 100 });
    await waitForScreen(page, ['menu']);
    await send(page, { type: 'NEW_GAME', scenarioId: 'classroom-short', seed: 11 });
    await waitForScreen(page, ['briefing']);
    await playTurn(page);
    await waitForObject(page, 'report:continue');

    const pillars = ['sovereignty', 'prosperity', 'security', 'stability'];
    const all = [];
    for (const p of pillars) all.push(await explanationOf(page, `pillars.${p}`));
    const largest = at(all.sort((a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before)), 0);
    expect(Math.abs(largest.after - largest.before)).toBeGreaterThan(0);
    const recorded = await page.evaluate((path) => {
      const h = window.kz.actor.getSnapshot().context.world!.history;
      return h[h.length - 1]?.indicators.pillars[path.split('.')[1] as 'prosperity'] ?? NaN;
    }, largest.path);
    expect(largest.after).toBeCloseTo(recorded, 2); // the number the history (and the charts) hold
    const sum = largest.causes.reduce((s, c) => s + c.delta, 0);
    expect(sum).toBeCloseTo(largest.after - largest.before, 6);
    for (const c of largest.causes) {
      expect(['action', 'event', 'power', 'project', 'model']).toContain(c.kind);
      expect(c.words).not.toMatch(RAW);
    }
    const sizes = largest.causes.map((c) => Math.abs(c.delta));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));

    // The top cause is named in the report (on its first page, or reachable by paging).
    const seen = await visibleTexts(page);
    while (!seen.some((s) => s.includes(at(largest.causes, 0).words))) {
      const later = (await namedObjects(page, 'report:later')).find((o) => !o.disabled);
      if (!later) break;
      await clickByName(page, 'report:later');
      await page.waitForTimeout(100);
      seen.push(...(await visibleTexts(page)));
    }
    expect(seen.some((s) => s.includes(at(largest.causes, 0).words))).toBe(true);

    // A point of the pillars chart explains that pillar at that turn, with the value the chart draws.
    await waitForObject(page, 'chart:pillars');
    const target = await pillarPointOnPage(page, 'Report', 'security', 'mid');
    await page.mouse.click(target.x, target.y);
    await waitForObject(page, 'explain:close');
    const point = (await page.evaluate(() => window.kz.explanation))!;
    expect(point.path).toMatch(/^pillars\./);
    const drawn = await page.evaluate((path) => {
      const h = window.kz.actor.getSnapshot().context.world!.history;
      return h[h.length - 1]?.indicators.pillars[path.split('.')[1] as 'security'] ?? NaN;
    }, point.path);
    expect(point.after).toBeCloseTo(drawn, 2);
    expect(point.causes.reduce((s, c) => s + c.delta, 0)).toBeCloseTo(point.after - point.before, 6);
    await clickByName(page, 'explain:close');
    expect(problems).toEqual([]);
    await page.close();
  }, 300_000);

  it('explains a point of the debrief\'s pillars chart with causes that add up to the drawn change', async () => {
    const page = await newPage(game.browser);
    const problems = watchConsole(page);
    await page.goto(game.url);
    await page.waitForFunction(() => !!window.kz?.actor, null, { timeout: 30_000, polling: 100 });
    await waitForScreen(page, ['menu']);
    await send(page, { type: 'NEW_GAME', scenarioId: 'classroom-short', seed: 5 });
    await waitForScreen(page, ['briefing']);
    for (let turn = 0; turn < 20; turn++) {
      await playTurn(page);
      await send(page, { type: 'PROCEED' });
      if ((await waitForScreen(page, ['briefing', 'debrief'])) === 'debrief') break;
    }
    await waitForObject(page, 'chart:pillars');
    // The last point of the sovereignty line: at the plot's right end, at its value.
    const target = await pillarPointOnPage(page, 'Debrief', 'sovereignty', 'last');
    await page.mouse.click(target.x, target.y);
    await waitForObject(page, 'explain:close');
    const point = (await page.evaluate(() => window.kz.explanation))!;
    expect(point.path).toMatch(/^pillars\./);
    expect(point.causes.length).toBeGreaterThan(0);
    expect(point.causes.reduce((s, c) => s + c.delta, 0)).toBeCloseTo(point.after - point.before, 6);
    for (const c of point.causes) expect(c.words).not.toMatch(RAW);
    await clickByName(page, 'explain:close');
    await page.waitForFunction(() => !window.kz.explanation, null, { polling: 100 });
    expect(await machineState(page)).toBe('debrief');
    expect(problems).toEqual([]);
    await page.close();
  }, 400_000);

  it('shows no raw field names on the report, the HUD or the map (tooltips included)', async () => {
    const page = await newPage(game.browser);
    await page.goto(game.url);
    await page.waitForFunction(() => !!window.kz?.actor, null, { timeout: 30_000, polling: 100 });
    await waitForScreen(page, ['menu']);
    await send(page, { type: 'NEW_GAME', scenarioId: 'baseline-2022', seed: 5 });
    await waitForScreen(page, ['briefing']);
    const bad: string[] = [];
    for (let turn = 0; turn < 1; turn++) {
      await playTurn(page);
      await waitForObject(page, 'report:continue');
      for (;;) {
        bad.push(...rawNames(await visibleTexts(page)));
        const later = (await namedObjects(page, 'report:later')).find((o) => !o.disabled);
        if (!later) break;
        await clickByName(page, 'report:later');
        await page.waitForTimeout(100);
      }
      await send(page, { type: 'PROCEED' });
      await waitForScreen(page, ['briefing']);
    }
    await send(page, { type: 'PROCEED' });
    await waitForScreen(page, ['planning']);
    await waitForObject(page, 'route:');
    bad.push(...rawNames(await visibleTexts(page)));
    for (const o of [...(await namedObjects(page, 'route:')), ...(await namedObjects(page, 'partner:')), ...(await namedObjects(page, 'explain:'))]) {
      await page.mouse.move(o.x, o.y);
      await page.waitForTimeout(120);
      bad.push(...rawNames(await visibleTexts(page)).map((s) => `${o.name}: ${s}`));
    }
    expect(bad).toEqual([]);

    // A click on a route explains its flow; the parts add up.
    await clickByName(page, 'route:cpc');
    await waitForObject(page, 'explain:close');
    const flow = (await page.evaluate(() => window.kz.explanation))!;
    expect(flow.path).toBe('oil.routes.cpc.flowMt');
    expect(flow.causes.reduce((s, c) => s + c.delta, 0)).toBeCloseTo(flow.after - flow.before, 6);
    await clickByName(page, 'explain:close');
    await page.waitForFunction(() => !window.kz.explanation, null, { polling: 100 });

    // In the trade lens a partner's card shows its trade, and a click explains that trade (parts add up to it).
    await clickByName(page, 'lens:trade');
    await page.waitForTimeout(200);
    await clickByName(page, 'partner:china');
    await waitForObject(page, 'explain:close');
    const trade = (await page.evaluate(() => window.kz.explanation))!;
    expect(trade.path).toBe('trade.china');
    const total = await page.evaluate(() => {
      const f = window.kz.actor.getSnapshot().context.world!.trade.china;
      return f.exportsUsdBn + f.importsUsdBn;
    });
    expect(trade.after).toBeCloseTo(total, 6);
    expect(trade.causes.reduce((s, c) => s + c.delta, 0)).toBeCloseTo(trade.after - trade.before, 6);
    await page.close();
  }, 400_000);
});
