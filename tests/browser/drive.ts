// Driving the real game through clicks: shared by the browser play test and the browser benchmark.
import type { Page } from 'playwright-core';
import { clickByName, machineState, namedObjects, waitForObject, waitForScreen } from './pageProbe';

/** Clicks `name` (once it is clickable) and waits for the machine to reach one of `next`. */
export async function clickTo(page: Page, name: string, next: string[]): Promise<string> {
  await waitForObject(page, name);
  await clickByName(page, name);
  return waitForScreen(page, next);
}

/** Selects up to `max` available action cards by clicking them; returns the ids the machine accepted. */
export async function pickActions(page: Page, max = 2): Promise<string[]> {
  await waitForObject(page, 'action:');
  const cards = (await namedObjects(page, 'action:')).filter((o) => !o.disabled);
  for (const card of cards) {
    const count = await page.evaluate(() => window.kz.actor.getSnapshot().context.selected.length);
    if (count >= max) break;
    await clickByName(page, card.name);
    await page.waitForTimeout(50);
  }
  return page.evaluate(() => [...window.kz.actor.getSnapshot().context.selected]);
}

/** Answers pending decisions with the first enabled option until the report shows. */
export async function answerDecisions(page: Page, onDecision?: () => Promise<void>): Promise<void> {
  let state = await machineState(page);
  while (state === 'decision') {
    await waitForObject(page, 'choice:');
    await onDecision?.();
    const [choice] = (await namedObjects(page, 'choice:')).filter((o) => !o.disabled);
    if (!choice) throw new Error('A decision shows no option that can be chosen.');
    state = await clickTo(page, choice.name, ['decision', 'report']);
  }
}

/** Starts a new game of `scenarioId` from the menu (New game → scenario → Start if asked) and waits for the briefing. */
export async function startFromMenu(page: Page, scenarioId: string, onScenarioList?: () => Promise<void>): Promise<void> {
  await waitForScreen(page, ['menu']);
  await waitForObject(page, 'menu:new-game');
  await clickByName(page, 'menu:new-game');
  await waitForObject(page, `scenario:${scenarioId}`);
  await onScenarioList?.();
  await clickByName(page, `scenario:${scenarioId}`);
  await page.waitForTimeout(50);
  if ((await machineState(page)) === 'menu') await clickTo(page, 'menu:start', ['briefing']);
  await waitForScreen(page, ['briefing']);
}
