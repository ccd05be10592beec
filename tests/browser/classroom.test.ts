// The classroom in the built game, in headless Chromium: a lesson link starts exactly the set-up it names (and the
// set-up screen makes such links), a broken link leaves everything as it was, a lesson game's code opens as a shared
// game, the class view reads three codes into three rows, and the debrief's print view renders to a PDF.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { decodeLesson, encodeLesson, lessonCodeFrom, type Lesson } from '../../src/lesson/lessonLink';
import { lessonScenario } from '../../src/lesson/lessonScenario';
import { buildRules } from '../../src/sim';
import { newPage, watchConsole, useServedGame } from './harness';
import { clickByName, namedObjects, waitForObject, waitForScreen } from './pageProbe';
import { bundled, playedCode } from '../lesson/fixture';
import { at } from '../../src/sim/indexing';

const game = useServedGame();
const START = 90_000; // the first page load on a busy 2-core machine


async function open(query: string): Promise<{ page: Page; problems: string[] }> {
  const page = await newPage(game.browser);
  const problems = watchConsole(page);
  await page.goto(`${game.url}${query}`);
  await page.waitForFunction(() => !!window.kz?.actor, null, { timeout: START });
  return { page, problems };
}

const context = (page: Page) => page.evaluate(() => {
  const c = window.kz.actor.getSnapshot().context;
  return {
    state: String(window.kz.actor.getSnapshot().value), scenarioId: c.scenario?.id ?? null, turns: c.scenario?.turns ?? null, seed: c.seed,
    actions: Object.keys(c.rules?.actions ?? {}), vectors: Object.values(c.rules?.actions ?? {}).map((a) => a.vector), error: c.error, lang: document.documentElement.lang,
  };
});

/** Every text object drawn in the running scenes. */
const texts = (page: Page) => page.evaluate(() => window.kz.game.scene.getScenes(true).flatMap((scene) => {
  const all = (o: Phaser.GameObjects.GameObject): string[] => [
    ...(o.type === 'Text' ? [(o as Phaser.GameObjects.Text).text] : []),
    ...((o as Phaser.GameObjects.Container).list ?? []).flatMap(all),
  ];
  return scene.children.list.flatMap(all);
}));

const lesson: Lesson = {
  scenarioId: 'classroom-short', seed: 321, turns: 4, lang: 'ru', closedVectors: ['military'], closedActions: ['tolerate-reexports'],
  questions: ['Какое решение было поворотным?'],
};

describe('lesson links', () => {
  it('start the set-up they name: scenario, turns, seed, language, closed vectors and actions, shown on the briefing', async () => {
    const { page, problems } = await open(`?lesson=${encodeLesson(lesson)}`);
    await waitForScreen(page, ['briefing'], START);
    await waitForObject(page, 'briefing:continue', START); // the briefing's code may still be arriving when the state is reached
    const c = await context(page);
    expect(c.scenarioId?.startsWith('classroom-short~4~')).toBe(true);
    expect([c.turns, c.seed, c.lang]).toEqual([4, 321, 'ru']);
    expect(c.vectors).not.toContain('military');
    expect(c.actions).not.toContain('tolerate-reexports');
    expect(c.actions.length).toBeGreaterThan(10);
    const shown = (await texts(page)).join('\n');
    expect(shown).toContain('Урок, подготовленный учителем');
    expect(shown).toContain('зерно 321');
    // After a reload the lesson game continues: its scenario is rebuilt from the autosave's scenario id.
    await page.goto(game.url);
    await waitForObject(page, 'menu:continue', START);
    // The menu draws before the game core arrives, with Continue disabled until the saved game can be read.
    await expect.poll(async () => (await namedObjects(page, 'menu:continue')).some((o) => !o.disabled), { timeout: START, interval: 100 }).toBe(true);
    await clickByName(page, 'menu:continue');
    await waitForScreen(page, ['briefing']);
    expect(await context(page)).toMatchObject({ scenarioId: c.scenarioId, turns: 4, seed: 321 });
    expect(problems).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('are made by the set-up screen from what the teacher chose', async () => {
    const { page } = await open('?lang=en');
    await waitForObject(page, 'menu:lesson', START);
    await clickByName(page, 'menu:lesson');
    await page.waitForSelector('#lesson-setup');
    await page.selectOption('#lesson-scenario', 'baseline-2022');
    await page.fill('#lesson-turns', '6');
    await page.fill('#lesson-seed', '777');
    await page.selectOption('#lesson-lang', 'kk');
    await page.locator('[data-name="lesson:vector:identity"]').uncheck();
    await page.locator('[data-name="lesson:action:buy-russian-arms"]').uncheck();
    await page.fill('#lesson-questions', 'First question?\n\nSecond question?');
    await page.locator('[data-name="lesson:create-link"]').click();
    const link = await page.locator('#lesson-link').inputValue();
    expect(await page.locator('#lesson-setup .lesson-qr svg').count()).toBe(1);
    const decoded = decodeLesson(lessonCodeFrom(link));
    expect(decoded).toEqual({ ok: true, value: {
      scenarioId: 'baseline-2022', seed: 777, turns: 6, lang: 'kk', closedVectors: ['identity'], closedActions: ['buy-russian-arms'],
      questions: ['First question?', 'Second question?'],
    } });
    // Out of range: a located message, no link.
    await page.fill('#lesson-turns', '99');
    await page.locator('[data-name="lesson:create-link"]').click();
    expect(await page.locator('#lesson-setup .dom-problems').innerText()).toMatch(/Number of turns: 99 turns is not possible: choose 1 to 17/);
    expect(await page.locator('#lesson-link').count()).toBe(0);
    await page.context().close();
  }, 300_000);

  it('that are broken say why in the menu and leave the autosaved game as it was', async () => {
    const { page } = await open('?lang=en');
    await waitForScreen(page, ['menu'], START);
    await page.evaluate(() => window.kz.actor.send({ type: 'NEW_GAME', scenarioId: 'classroom-short', seed: 5 }));
    await waitForScreen(page, ['briefing']);
    const saved = await page.evaluate(() => localStorage.getItem('multi-vector:autosave'));
    expect(saved).not.toBeNull();
    const code = encodeLesson(lesson);
    await page.goto(`${game.url}?lang=en&lesson=${code.slice(0, 12)}${code[12] === 'A' ? 'B' : 'A'}${code.slice(13)}`);
    await waitForScreen(page, ['menu'], START);
    await waitForObject(page, 'menu:new-game');
    expect((await texts(page)).join('\n')).toMatch(/This lesson link cannot start a game[\s\S]*checksum/);
    expect(await page.evaluate(() => localStorage.getItem('multi-vector:autosave'))).toBe(saved);
    await page.context().close();
  }, 300_000);
});

describe('games that come back', () => {
  const base = bundled('classroom-short');
  const derived = lessonScenario(base, 4, [...Object.values(buildRules(base).actions).filter((a) => a.vector === 'military').map((a) => a.id), 'tolerate-reexports']);
  const codes = [playedCode(base, 11, 'historical'), playedCode(base, 12, 'pro-russia'), playedCode(derived, 13, 'western-pivot')];

  it('a lesson game\'s share code opens from "Open a shared game" and replays to the same game', async () => {
    const { page } = await open('?lang=en');
    await waitForObject(page, 'menu:open-shared', START);
    await clickByName(page, 'menu:open-shared');
    await page.fill('#shared-code', `https://school.example/?play=${at(codes, 2).code.slice(0, 40)}\n${at(codes, 2).code.slice(40)}`);
    await page.locator('[data-name="shared:open"]').click();
    await waitForScreen(page, ['debrief']);
    const c = await context(page);
    expect([c.scenarioId, c.turns, c.seed]).toEqual([derived.id, 4, 13]);
    expect(await page.evaluate(() => window.kz.actor.getSnapshot().context.log.length)).toBe(at(codes, 2).log.length);
    await page.context().close();
  }, 300_000);

  it('the class view reads three codes and shows three rows (and names the bad line)', async () => {
    const { page } = await open('?lang=en');
    await waitForObject(page, 'menu:class', START);
    await clickByName(page, 'menu:class');
    await page.waitForSelector('#class-view');
    await page.fill('#class-codes', [`Aigerim: ${at(codes, 0).code}`, `Daniyar: ${at(codes, 1).code}`, 'Bolat: not-a-real-code', at(codes, 2).code].join('\n'));
    await page.locator('[data-name="classView:read"]').click();
    await page.waitForSelector('#class-table');
    const rows = await page.locator('#class-table tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.line));
    expect(rows).toEqual(['1', '2', '4']);
    expect(await page.locator('#class-table tbody tr').first().innerText()).toContain('Aigerim');
    expect(await page.locator('#class-bad').innerText()).toMatch(/line 3: /);
    expect(await page.locator('#class-view figure svg').count()).toBe(2);
    const download = page.waitForEvent('download');
    await page.locator('[data-name="classView:csv"]').click();
    const csv = await (await download).createReadStream();
    let text = '';
    for await (const chunk of csv) text += chunk;
    expect(text.trim().split('\r\n')).toHaveLength(4);
    await page.context().close();
  }, 300_000);
});

describe('the debrief\'s print view', () => {
  it('renders to a PDF with the scenario title and every turn', async () => {
    const scenario = bundled('classroom-short');
    const game = playedCode(scenario, 21, 'balanced');
    const { page, problems } = await open(`?lang=en&play=${game.code}`);
    await waitForObject(page, 'debrief:print', START);
    await clickByName(page, 'debrief:print');
    await page.waitForSelector('#print-report');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#game').isVisible()).toBe(false);
    const printed = await page.locator('#print-report').innerText();
    expect(printed).toContain(scenario.title.en);
    for (const turn of game.world.history) expect(printed).toContain(turn.date);
    expect(await page.locator('#print-report .timeline tbody tr').count()).toBe(game.world.history.length);
    expect(await page.locator('#print-report .questions li').count()).toBeGreaterThanOrEqual(3);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 300_000);
});
