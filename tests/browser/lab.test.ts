// The policy lab and the comparison of two lines in the built game: the lab opens from the menu, refuses bad input with
// a message, runs two strategies in Web Workers while the page keeps answering, and ends with ordered bands equal to
// the same games played in Node; a rewound game's two lines are compared turn by turn, and your own line from a turn
// on is tested in the lab; the exports download.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runLabShard, studyStart, summariseLab } from '../../src/lab/labRun';
import { buildRules, replay } from '../../src/sim';
import type { Command } from '../../src/sim/replay';
import type { Rules } from '../../src/sim/content';
import type { ScenarioData } from '../../src/sim/scenarioData';
import { newPage, watchConsole, useServedGame } from './harness';
import { clickByName, waitForObject, waitForScreen } from './pageProbe';

const game = useServedGame();


/** A page with the game core loaded, at the menu (the guided first turn already done). */
async function menu(query = '') {
  const page = await newPage(game.browser, { width: 1280, height: 720 });
  const problems = watchConsole(page);
  await page.addInitScript(() => localStorage.setItem('multi-vector-ui:coach-done', 'done'));
  await page.goto(`${game.url}?lang=en${query}`, { timeout: 120_000 });
  await page.waitForFunction(() => !!window.kz?.actor, null, { timeout: 60_000 });
  return { page, problems };
}

/** The alert of the lab's form, after a click on Run. */
async function runRefused(page: Page, seeds: string): Promise<string> {
  await page.fill('[data-name="lab:seeds"]', seeds);
  await page.click('[data-name="lab:run"]');
  return (await page.textContent('#lab-sheet [role="alert"]')) ?? '';
}

/** Waits for a finished lab run with `lines` lines of `seeds` games. */
async function finishedLab(page: Page, lines: number, seeds: number) {
  await page.waitForFunction(({ lines, seeds }) => {
    const r = window.kz.lastLab;
    return !!r && r.lines.length === lines && r.lines.every((l) => l.seeds === seeds);
  }, { lines, seeds }, { timeout: 300_000 });
  return (await page.evaluate(() => window.kz.lastLab))!;
}

/** Plays turns through the machine's own events: the first `pick`-th cards and options, until `stop` turns are closed. */
async function playTurns(page: Page, pick: number, stop: number): Promise<void> {
  for (;;) {
    const state = await waitForScreen(page, ['briefing', 'planning', 'debrief']);
    if (state === 'debrief' || (await page.evaluate(() => window.kz.actor.getSnapshot().context.log.length)) >= stop) return;
    await page.evaluate((pick) => {
      const a = window.kz.actor;
      if (String(a.getSnapshot().value) === 'briefing') a.send({ type: 'PROCEED' });
      for (const id of Object.keys(a.getSnapshot().context.rules!.actions).slice(pick, pick + 10)) a.send({ type: 'SELECT', actionId: id });
      a.send({ type: 'DISMISS_ERROR' });
      a.send({ type: 'END_TURN' });
    }, pick);
    while ((await waitForScreen(page, ['decision', 'report'])) === 'decision') {
      await page.evaluate((pick) => {
        const c = window.kz.actor.getSnapshot().context;
        const eventId = c.world!.pending[0]!.eventId;
        const options = c.rules!.events[eventId]!.options!;
        window.kz.actor.send({ type: 'CHOOSE', eventId, optionId: options[pick % options.length]!.id });
      }, pick);
    }
    await page.evaluate(() => window.kz.actor.send({ type: 'PROCEED' }));
  }
}

describe('the policy lab', () => {
  it('opens from the menu, refuses bad input, and runs two strategies in workers to ordered bands equal to Node', async () => {
    const { page, problems } = await menu();
    await waitForObject(page, 'lab:open');
    await clickByName(page, 'lab:open');
    await page.waitForSelector('[data-name="lab:run"]');
    expect(await runRefused(page, '0')).toContain('at least 1 game');
    expect(await runRefused(page, '1000000')).toContain('At most 2000 games');
    expect(await runRefused(page, 'lots')).toContain('whole number');
    await page.selectOption('[data-name="lab:line:1"]', 'strategy:historical');
    expect(await runRefused(page, '50')).toContain('Two lines are the same');

    await page.selectOption('[data-name="lab:scenario"]', 'classroom-short');
    await page.selectOption('[data-name="lab:line:0"]', 'strategy:pro-russia');
    await page.selectOption('[data-name="lab:line:1"]', 'strategy:western-pivot');
    await page.fill('[data-name="lab:seeds"]', '300');
    await page.click('[data-name="lab:run"]');
    // While the games run the page answers, shows how far it is, and offers Stop.
    const midway = await page.waitForFunction(() => {
      const bar = document.querySelector<HTMLProgressElement>('#lab-sheet progress');
      const stop = document.querySelector<HTMLButtonElement>('[data-name="lab:stop"]');
      return !!bar && !bar.hidden && bar.value > 0 && bar.value < bar.max && !!stop && !stop.hidden && !window.kz.lastLab && (document.querySelector('.lab-status')?.textContent ?? '');
    }, null, { timeout: 300_000 });
    expect(await midway.jsonValue()).toMatch(/Played \d+ of 600 games/);
    const lab = await finishedLab(page, 2, 300);
    expect(lab.scenarioId).toBe('classroom-short');
    expect(lab.lines.map((l) => l.line)).toEqual([{ kind: 'strategy', strategy: 'pro-russia' }, { kind: 'strategy', strategy: 'western-pivot' }]);
    for (const line of lab.lines) {
      for (const [name, b] of Object.entries({ ...line.pillars, balance: line.balance })) {
        expect(b.p10, `${line.label} ${name}`).toBeLessThanOrEqual(b.p50);
        expect(b.p50, `${line.label} ${name}`).toBeLessThanOrEqual(b.p90);
      }
      expect(Object.values(line.endings).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    }
    // The same games played in Node give exactly the same spread.
    const scenario = await page.evaluate(() => JSON.parse(JSON.stringify(window.kz.actor.getSnapshot().context.catalog['classroom-short'])) as ScenarioData);
    const rules = buildRules(scenario);
    for (const line of lab.lines) {
      const node = summariseLab(runLabShard(rules, studyStart(scenario), { lab: 'study', strategy: line.line.strategy }, 0, 300));
      expect({ endings: line.endings, pillars: line.pillars, balance: line.balance, goals: line.goals, allGoals: line.allGoals })
        .toEqual({ endings: node.endings, pillars: node.pillars, balance: node.balance, goals: node.goals, allGoals: node.allGoals });
    }
    // Results side by side: a column per line in the endings and pillar tables, text as text.
    expect(await page.locator('#lab-endings thead th.lab-col').allTextContents()).toEqual([expect.stringContaining('Close to Russia'), expect.stringContaining('Turn to the West')]);
    expect(await page.locator('#lab-pillars tbody tr').count()).toBe(5);
    // The exports download: a CSV row per line, and the JSON of the result.
    const csv = page.waitForEvent('download');
    await page.click('[data-name="lab:csv"]');
    const rows = readFileSync(await (await csv).path(), 'utf8').trim().split(/\r\n/);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('Close to Russia');
    const json = page.waitForEvent('download');
    await page.click('[data-name="lab:json"]');
    const doc = JSON.parse(readFileSync(await (await json).path(), 'utf8')) as { format: string; lines: unknown[] };
    expect(doc.format).toBe('multi-vector-lab');
    expect(doc.lines).toEqual(JSON.parse(JSON.stringify(lab.lines)));
    expect(problems).toEqual([]);
    await page.context().close();
  }, 600_000);

  it('compares a rewound game\'s two lines turn by turn, and tests your own line from a turn on', async () => {
    const { page, problems } = await menu('&scenario=classroom-short&seed=5');
    await playTurns(page, 0, 3); // the main line: 3 turns
    await page.evaluate(() => window.kz.actor.send({ type: 'REWIND', turn: 1 })); // what ↺ sends: back to the start of turn 2, on a new line
    await waitForScreen(page, ['briefing']);
    await playTurns(page, 3, 3); // turns 2 and 3 played differently
    await page.evaluate(() => window.kz.actor.getSnapshot().value === 'briefing' && window.kz.actor.send({ type: 'PROCEED' }));
    await waitForScreen(page, ['planning']);
    const { branches, branchId } = await page.evaluate(() => {
      const c = window.kz.actor.getSnapshot().context;
      return { branches: c.branches.map((b) => ({ id: b.id, parentId: b.parentId })), branchId: c.branchId };
    });
    expect(branches).toHaveLength(2);
    await waitForObject(page, 'compare:open');
    await clickByName(page, 'compare:open');
    await page.waitForSelector('#compare-decisions');
    // The lines part at turn 2; the turn before is the same and unmarked; turn 2 marks each side's own decisions.
    expect(await page.getAttribute('#compare-parting', 'data-turn')).toBe('1');
    expect(await page.textContent('#compare-parting')).toContain('(turn 2)');
    expect(await page.locator('#compare-decisions tr[data-turn="0"] li.differs').count()).toBe(0);
    expect(await page.locator('#compare-decisions tr[data-turn="1"].parting li.differs').count()).toBeGreaterThan(0);
    expect(await page.locator('#compare-scores tbody tr').first().textContent()).toMatch(/Not finished \(turn 3 of 8\)/);
    // Any indicator can be charted for both lines.
    await page.selectOption('[data-name="compare:indicator"]', 'relations.russia');
    expect(await page.textContent('.compare-chart figcaption')).toBe('Relations with Russia, turn by turn');
    expect(await page.locator('.compare-chart svg path').count()).toBe(2);
    await page.screenshot({ path: join(tmpdir(), 'compare-test.png') });

    // The lab from the comparison: the main line's first 2 turns, then "Balanced", beside "Balanced" from the start.
    await page.click('[data-name="compare:lab"]');
    await page.waitForSelector('[data-name="lab:run"]');
    const main = branches.find((b) => b.id !== branchId)!.id;
    await page.selectOption('[data-name="lab:line:0"]', `mine:${main}`);
    await page.fill('[data-name="lab:turn:0"]', '2');
    await page.selectOption('[data-name="lab:then:0"]', 'balanced');
    await page.fill('[data-name="lab:seeds"]', '40');
    await page.click('[data-name="lab:run"]');
    const lab = await finishedLab(page, 2, 40);
    expect(lab.lines[0]!.line).toEqual({ kind: 'mine', branchId: main, fromTurn: 2, strategy: 'balanced' });
    expect(lab.lines[0]!.label).toMatch(/^Main line: your first 2 turns \(to .+\), then Balanced/);
    const game = await page.evaluate((id) => {
      const c = window.kz.actor.getSnapshot().context;
      return JSON.parse(JSON.stringify({ scenario: c.scenario, rules: c.rules, seed: c.seed, log: c.branches.find((b) => b.id === id)!.log }));
    }, main) as { scenario: ScenarioData; rules: Rules; seed: number; log: Command[] };
    const at = replay(game.rules, game.scenario, game.seed, game.log.slice(0, 2));
    if (!at.ok) throw new Error('the main line does not replay');
    const node = summariseLab(runLabShard(game.rules, at.value, { lab: 'futures', strategy: 'balanced' }, 0, 40));
    expect({ endings: lab.lines[0]!.endings, pillars: lab.lines[0]!.pillars }).toEqual({ endings: node.endings, pillars: node.pillars });
    // Asking for more of your turns than the line has is refused with the limit.
    await page.fill('[data-name="lab:turn:0"]', '99');
    await page.click('[data-name="lab:run"]');
    expect(await page.textContent('#lab-sheet [role="alert"]')).toContain('between 1 and 3');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 600_000);
  it('opens the comparison sheet from the debrief, with the debrief\'s line against the one clicked', async () => {
    const { page, problems } = await menu('&scenario=classroom-short&seed=5');
    await playTurns(page, 0, 99); // the main line, to the end
    await waitForScreen(page, ['debrief']);
    await page.evaluate(() => window.kz.actor.send({ type: 'REWIND', turn: 6 })); // what ↺ sends: a new line from turn 7
    await waitForScreen(page, ['briefing']);
    await playTurns(page, 3, 99); // the last turns played differently, to the end
    await waitForScreen(page, ['debrief']);
    const { other, here } = await page.evaluate(() => {
      const c = window.kz.actor.getSnapshot().context;
      return { here: c.branchId, other: c.branches.find((b) => b.id !== c.branchId)!.id };
    });
    await waitForObject(page, `debrief:compare:${other}`);
    await clickByName(page, `debrief:compare:${other}`);
    await page.waitForSelector('#compare-decisions');
    expect(await page.inputValue('[data-name="compare:line-a"]')).toBe(here);
    expect(await page.inputValue('[data-name="compare:line-b"]')).toBe(other);
    expect(await page.getAttribute('#compare-parting', 'data-turn')).toBe('6');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 600_000);
});
