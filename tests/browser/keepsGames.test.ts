// Issue 14 in the built game: no file, link or save can freeze the game or lose a player's game (one test per finding).
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createGameActor, memoryStorage } from '../../src/machine/index';
import { parseScenario } from '../../src/scenario/parse';
import { newPage, ROOT, useServedGame } from './harness';
import { startFromMenu } from './drive';
import { clickByName, machineState, namedObjects, stateHash, waitForObject, waitForScreen } from './pageProbe';
import { at, entry } from '../../src/sim/indexing';

const SHOTS = resolve(ROOT, 'artifacts/screenshots');
const WAIT = 120_000; // generous: a busy 2-core machine is slow, and these tests wait on states, not on the clock
const PREFIX = 'multi-vector:';

const game = useServedGame();

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`${game.url}${query}`);
  await page.waitForFunction(() => !!window.kz?.actor, null, { timeout: WAIT });
}

/** Plays `turns` turns through the actor (briefing → planning → answers → report → next briefing). */
async function playTurns(page: Page, turns: number): Promise<void> {
  await page.evaluate(async (turns) => {
    const actor = window.kz.actor;
    const snap = () => actor.getSnapshot();
    const start = snap().context.log.length;
    for (let i = 0; i < 200 && snap().context.log.length < start + turns && !snap().matches('debrief'); i++) {
      const s = snap();
      if (s.context.error) actor.send({ type: 'DISMISS_ERROR' });
      if (s.matches('briefing')) actor.send({ type: 'PROCEED' });
      else if (s.matches('planning')) actor.send({ type: 'END_TURN' });
      else if (s.matches('decision')) {
        const eventId = s.context.world?.pending[0]?.eventId;
        const optionId = eventId === undefined ? undefined : s.context.rules?.events[eventId]?.options?.[0]?.id;
        if (eventId === undefined || optionId === undefined) throw new Error('no event with an option is waiting');
        actor.send({ type: 'CHOOSE', eventId, optionId });
      } else if (s.matches('report')) actor.send({ type: 'PROCEED' });
      await new Promise((r) => setTimeout(r, 0));
    }
    if (snap().matches('report')) actor.send({ type: 'PROCEED' });
  }, turns);
}

/** Whether the page still answers input: a click on a language button is handled and redrawn. */
async function answersInput(page: Page): Promise<void> {
  await waitForObject(page, 'lang:ru', WAIT);
  await clickByName(page, 'lang:ru');
  await page.waitForFunction(() => document.documentElement.lang === 'ru', null, { timeout: WAIT });
  await clickByName(page, 'lang:en');
  await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: WAIT });
}

const classroom = (): Record<string, unknown> => JSON.parse(readFileSync(resolve(ROOT, 'scenarios/classroom-short.json'), 'utf8'));

/**
 * Saves made in Node by the same machine on the bundled classroom scenario (so the page needs no extra loads to make
 * them): `turns` turns played from `seed`, then the storage's entries under the browser's key prefix, and the hash.
 */
function nodeGame(seed: number, turns: number, slots: string[] = []): { entries: Record<string, string>; hash: string } {
  const parsed = parseScenario(readFileSync(resolve(ROOT, 'scenarios/classroom-short.json'), 'utf8'), 'classroom-short.json');
  if (!parsed.ok) throw new Error('classroom-short does not validate');
  const storage = memoryStorage();
  const actor = createGameActor({ catalog: { 'classroom-short': parsed.value }, storage });
  actor.send({ type: 'NEW_GAME', scenarioId: 'classroom-short', seed });
  const snap = () => actor.getSnapshot();
  for (let i = 0; i < 200 && snap().context.log.length < turns; i++) {
    const s = snap();
    if (s.matches('briefing') || s.matches('report')) actor.send({ type: 'PROCEED' });
    else if (s.matches('planning')) actor.send({ type: 'END_TURN' });
    else if (s.matches('decision')) {
      const eventId = s.context.world?.pending[0]?.eventId;
      const optionId = eventId === undefined ? undefined : s.context.rules?.events[eventId]?.options?.[0]?.id;
      if (eventId === undefined || optionId === undefined) throw new Error('no event with an option is waiting');
      actor.send({ type: 'CHOOSE', eventId, optionId });
    }
  }
  if (snap().matches('report')) actor.send({ type: 'PROCEED' });
  for (const slot of slots) actor.send({ type: 'SAVE_SLOT', slot });
  const entries = Object.fromEntries([...storage.data].map(([k, v]) => [`${PREFIX}${k}`, v]));
  return { entries, hash: snap().context.hashes.at(-1)! };
}

/** A fresh page whose localStorage holds `entries` before the game starts. */
async function pageWith(entries: Record<string, string>): Promise<Page> {
  const page = await newPage(game.browser);
  await page.context().addInitScript((entries) => {
    if (sessionStorage.getItem('seeded')) return; // only on the first load
    sessionStorage.setItem('seeded', '1');
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, entries);
  return page;
}

describe('issue 14 in the browser', () => {
  it('1: long unbroken words load at once, are refused or cut, and the page answers input', async () => {
    const page = await newPage(game.browser);
    await open(page);
    await waitForScreen(page, ['menu'], WAIT);
    // A 200,000-character title is refused by the schema; a 2,000-character unbroken summary is accepted and drawn cut.
    const huge = { ...classroom(), title: { en: 'W'.repeat(200_000) } };
    await page.setInputFiles('#scenario-file', { name: 'classroom-short.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(huge)) });
    await waitForObject(page, 'menu:new-game', WAIT);
    await answersInput(page);
    const long = { ...classroom(), id: 'long-word', title: { en: 'W'.repeat(120) }, summary: { en: 'W'.repeat(2000) } };
    await page.setInputFiles('#scenario-file', { name: 'long-word.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(long)) });
    await page.waitForFunction(() => 'long-word' in window.kz.actor.getSnapshot().context.catalog, null, { timeout: WAIT });
    await clickByName(page, 'menu:new-game');
    await waitForObject(page, 'scenario:long-word', WAIT);
    await page.screenshot({ path: join(SHOTS, 'rel-long-word.png') });
    await clickByName(page, 'scenario:long-word');
    await clickByName(page, 'menu:start');
    await waitForScreen(page, ['briefing'], WAIT);
    await page.close();
  }, 300_000);

  it('2: a share code naming "constructor" shows a message and New game still works', async () => {
    const page = await newPage(game.browser);
    await open(page, '?play=AQtjb25zdHJ1Y3RvcrSwClAAAAABAABr-W1O');
    await page.waitForFunction(() => window.kz.actor.getSnapshot().context.error?.code === 'codeScenarioMissing', null, { timeout: WAIT });
    expect(await page.evaluate(() => window.kz.actor.getSnapshot().status)).toBe('active');
    await waitForObject(page, 'notice:dismiss', WAIT);
    await page.screenshot({ path: join(SHOTS, 'rel-constructor-code.png') });
    await clickByName(page, 'notice:dismiss');
    await startFromMenu(page, 'classroom-short');
    expect(await machineState(page)).toBe('briefing');
    await page.close();
  }, 300_000);

  it('3: a link leaves the old autosave playable with its hash', async () => {
    const mine = nodeGame(5, 3);
    const page = await pageWith(mine.entries);
    await open(page, '?scenario=baseline-2022&seed=9');
    await waitForScreen(page, ['briefing'], WAIT);
    await page.evaluate(() => window.kz.actor.send({ type: 'MENU' }));
    await waitForScreen(page, ['menu'], WAIT);
    await waitForObject(page, 'saved:kept:', WAIT);
    await page.screenshot({ path: join(SHOTS, 'rel-kept-game.png') });
    const kept = at(await namedObjects(page, 'saved:kept:'), 0);
    await clickByName(page, kept.name);
    await waitForScreen(page, ['briefing'], WAIT);
    expect(await stateHash(page)).toBe(mine.hash);
    await page.close();
  }, 300_000);

  it('4: a version-2 autosave is reported, can be exported, and survives New game', async () => {
    const game = nodeGame(3, 1);
    const newer = entry(game.entries, `${PREFIX}autosave`).replace('"version":1', '"version":2');
    const page = await pageWith({ [`${PREFIX}autosave`]: newer });
    await open(page);
    await waitForObject(page, 'saved:autosave', WAIT);
    const cont = at(await namedObjects(page, 'menu:continue'), 0);
    expect(cont.disabled).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'rel-newer-autosave.png') });
    const download = page.waitForEvent('download', { timeout: WAIT });
    await clickByName(page, 'saved-export:autosave');
    const file = await (await download).path();
    expect(readFileSync(file, 'utf8')).toBe(newer);
    await startFromMenu(page, 'classroom-short');
    const kept = await page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(`${prefix}kept:`)).map((k) => localStorage.getItem(k)), PREFIX);
    expect(kept).toEqual([newer]);
    await page.close();
  }, 300_000);

  it('5: seven slots are all reachable by scrolling', async () => {
    const page = await pageWith(nodeGame(4, 1, [1, 2, 3, 4, 5, 6, 7].map((i) => `Slot ${i}`)).entries);
    await open(page);
    await waitForObject(page, 'saved:slot:', WAIT);
    await page.screenshot({ path: join(SHOTS, 'rel-slots.png') });
    const seen = new Set<string>();
    for (let page_ = 0; page_ < 5; page_++) {
      for (const o of await namedObjects(page, 'saved:slot:')) seen.add(o.name);
      const down = (await namedObjects(page, 'saved:down'))[0];
      if (!down || down.disabled) break;
      await clickByName(page, 'saved:down');
      await page.waitForTimeout(100);
    }
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => `saved:slot:Slot ${i}`));
    // A slot loads from the list.
    await clickByName(page, 'saved:slot:Slot 7');
    await waitForScreen(page, ['briefing'], WAIT);
    await page.close();
  }, 300_000);

  it('6: full storage during play is announced with what to do', async () => {
    const page = await newPage(game.browser);
    await open(page);
    await page.evaluate(() => window.kz.actor.send({ type: 'NEW_GAME', scenarioId: 'classroom-short', seed: 6 }));
    await waitForScreen(page, ['briefing'], WAIT);
    // Fill the rest of localStorage with another site's data.
    await page.evaluate(() => {
      let chunk = 'x'.repeat(1 << 20);
      for (let i = 0; chunk.length > 0 && i < 200; i++) {
        try {
          localStorage.setItem(`other:${i}`, chunk);
        } catch {
          chunk = chunk.slice(0, chunk.length >> 1);
        }
      }
    });
    await playTurns(page, 1);
    await page.waitForFunction(() => window.kz.actor.getSnapshot().context.error?.code === 'storageFull', null, { timeout: WAIT });
    await waitForObject(page, 'notice:dismiss', WAIT);
    await page.screenshot({ path: join(SHOTS, 'rel-storage-full.png') });
    const words = await page.evaluate(() => window.kz.actor.getSnapshot().context.storageFull);
    expect(words).toBe(true);
    await page.close();
  }, 300_000);
});
