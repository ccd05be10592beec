// The road not taken in the built game: a short game played to the debrief, whose turning points' other choices are
// played in Web Workers after the first paint to 200 futures each, with ordered bands, the choice actually made never
// among the alternatives, labelled in words, equal to the same lines played in Node, and opened in full by a click.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { roadsNotTaken, runRoadPoint } from '../../src/lab/roadNotTaken';
import type { Rules } from '../../src/sim/content';
import { buildRules } from '../../src/sim';
import { builtinStrategy } from '../../src/strategies/builtin';
import { playGame } from '../../src/strategies/play';
import { bundled } from '../lesson/fixture';
import { newPage, ROOT, watchConsole, useServedGame } from './harness';
import { clickByName, machineState, waitForObject, waitForScreen } from './pageProbe';

const served = useServedGame();
const shots = join(ROOT, 'artifacts/screenshots');
const WAIT = 240_000;

// A china-first game of classroom-short with seed 5: its three turning points each answer a question.
const SEED = 5;
const scenario = bundled('classroom-short');
const game = playGame(buildRules(scenario), scenario, SEED, builtinStrategy('china-first', SEED)!);

beforeAll(() => {
  mkdirSync(shots, { recursive: true });
});

/** Plays the game's log through the machine, turn by turn (briefing → planning → decisions → report), to the debrief. */
async function playToDebrief(page: Page): Promise<void> {
  for (const cmd of game.log) {
    await page.evaluate(() => window.kz.actor.send({ type: 'PROCEED' }));
    await waitForScreen(page, ['planning'], WAIT);
    await page.evaluate((actions) => {
      for (const actionId of actions) window.kz.actor.send({ type: 'SELECT', actionId });
      window.kz.actor.send({ type: 'END_TURN' });
    }, cmd.actions);
    for (const choice of cmd.choices) {
      await page.waitForFunction((id) => window.kz.actor.getSnapshot().context.world?.pending[0]?.eventId === id, choice.eventId, { timeout: WAIT });
      await page.evaluate((c) => window.kz.actor.send({ type: 'CHOOSE', eventId: c.eventId, optionId: c.optionId }), choice);
    }
    await waitForScreen(page, ['report'], WAIT);
    await page.evaluate(() => window.kz.actor.send({ type: 'PROCEED' }));
    if ((await waitForScreen(page, ['briefing', 'debrief'], WAIT)) === 'debrief') return;
  }
}

describe('the road not taken in the debrief', () => {
  it('plays each turning point\'s other choices to 200 futures after the first paint, as Node does, and opens one in full', async () => {
    const page = await newPage(served.browser, { width: 1280, height: 720 });
    const problems = watchConsole(page);
    await page.addInitScript(() => localStorage.setItem('multi-vector-ui:coach-done', 'done'));
    await page.goto(`${served.url}?lang=en&scenario=classroom-short&seed=${SEED}`, { timeout: 120_000 });
    await page.waitForFunction(() => !!window.kz?.actor, null, { timeout: 60_000 });
    await waitForScreen(page, ['briefing'], WAIT);
    await playToDebrief(page);
    expect(await machineState(page)).toBe('debrief');
    const log = await page.evaluate(() => window.kz.actor.getSnapshot().context.log);
    expect(log).toEqual(game.log);

    // The cards are there at once; the results fill in after.
    const turning = await page.evaluate(() => {
      const names = window.kz.game.scene.getScene('Debrief').children.list.map((o) => o.name);
      return names.filter((n) => n.startsWith('debrief:road-not-taken:')).map((n) => Number(n.slice('debrief:road-not-taken:'.length)));
    });
    expect(turning.length).toBeGreaterThan(0);
    const first = Math.min(...turning);
    await waitForObject(page, `debrief:road-not-taken:${first}`);
    await page.waitForFunction((turn) => {
      const point = window.kz.roadNotTaken?.points.find((p) => p.turn === turn);
      return !!point?.done && point.seeds >= 200;
    }, first, { timeout: WAIT });
    const report = (await page.evaluate(() => window.kz.roadNotTaken))!;
    expect(report.points.map((p) => p.turn).sort()).toEqual([...turning].sort());
    const point = report.points.find((p) => p.turn === first)!;
    expect(point.alternatives.length).toBeGreaterThan(0);
    const cmd = game.log[first]!;
    for (const alt of point.alternatives) {
      for (const summary of [alt.alternative, alt.chosen]) {
        expect(summary.seeds).toBe(200);
        for (const [name, b] of Object.entries(summary.pillars)) {
          expect(b.p10, name).toBeLessThanOrEqual(b.p50);
          expect(b.p50, name).toBeLessThanOrEqual(b.p90);
        }
        expect(Object.values(summary.endings).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      }
      expect(alt.label).toMatch(/^Had you (skipped|chosen) “.+”/);
      const change = alt.change;
      if (change.kind === 'option') {
        const chosen = cmd.choices.find((c) => c.eventId === change.eventId)!;
        expect(change.optionId).not.toBe(chosen.optionId);
        expect(change.chosenId).toBe(chosen.optionId);
      } else expect(cmd.actions).toContain(change.actionId);
    }

    // The same lines played in Node from the same turn with the same seeds give the same numbers.
    const rules = await page.evaluate(() => JSON.parse(JSON.stringify(window.kz.actor.getSnapshot().context.rules)) as Rules);
    const [nodePoint] = roadsNotTaken(rules, scenario, SEED, game.log, [first]);
    const node = runRoadPoint(rules, nodePoint!, 0, 200);
    const nodeAlternatives = nodePoint!.alternatives;
    expect(point.alternatives.map((a) => a.change)).toEqual(nodeAlternatives.map((a) => a.change));
    point.alternatives.forEach((alt, i) => {
      expect(alt.alternative).toEqual(node[nodeAlternatives[i]!.key]);
      expect(alt.chosen).toEqual(node[nodeAlternatives[i]!.actualKey]);
    });

    // The card says what would most have differed; a click opens the turn in full, Esc closes it.
    const cardTexts = await page.evaluate(() => {
      const panel = window.kz.game.scene.getScene('Debrief').children.getByName('debrief:road-not-taken') as Phaser.GameObjects.Container;
      return (panel.list.filter((o) => o.type === 'Text') as Phaser.GameObjects.Text[]).map((o) => o.text);
    });
    expect(cardTexts.some((s) => /instead of|about the same/.test(s))).toBe(true);
    await clickByName(page, `debrief:road-not-taken:${first}`);
    await waitForObject(page, 'debrief:road-close');
    const detail = await page.evaluate(() => {
      const panel = window.kz.game.scene.getScene('Debrief').children.getByName('debrief:road-not-taken') as Phaser.GameObjects.Container;
      const texts = panel.list.filter((o) => o.type === 'Text') as Phaser.GameObjects.Text[];
      return { text: texts.map((o) => o.text).join('\n'), smallest: Math.min(...texts.map((o) => parseFloat(String(o.style.fontSize)))), bottom: panel.getBounds().bottom };
    });
    expect(detail.text).toContain('As you did');
    expect(detail.text).toContain('This game');
    expect(detail.text).toMatch(/\d+ \(\d+–\d+\)/);
    expect(detail.smallest).toBeGreaterThanOrEqual(14);
    expect(detail.bottom).toBeLessThanOrEqual(440); // above the share and menu buttons
    await page.screenshot({ path: join(shots, 'road-not-taken-en-1280x720.png') });
    await page.keyboard.press('Escape');
    await waitForObject(page, `debrief:road-not-taken:${first}`);
    expect(await machineState(page)).toBe('debrief');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 900_000);
});
