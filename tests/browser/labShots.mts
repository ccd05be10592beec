// Dev helper (not a test): screenshots of the policy lab and the comparison of two lines, in one language and size.
// Usage: KZ_BROWSER_DIST=/tmp/dist KZ_VIEWPORT=1024x768|fhd npx tsx tests/browser/labShots.mts [en|ru|kk] [outDir]
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './harness';
import { shotSession } from './shotSession';
import { clickByName, waitForObject, waitForScreen } from './pageProbe';

const lang = process.argv[2] ?? 'en';
const out = resolve(process.argv[3] ?? join(ROOT, 'artifacts/shots', `lab-${lang}`));
mkdirSync(out, { recursive: true });
const { page, url, problems, viewport, close } = await shotSession();
const tag = `${viewport.width}x${viewport.height}`;
const shot = async (name: string, fullPage = false) => {
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, `${name}-${tag}.png`), fullPage });
};
/** Sheet elements whose text is wider than their box (cut) or that stick out of the window. */
const overflowing = () => page.evaluate(() => [...document.querySelectorAll('.dom-sheet *')].filter((el) => {
  const e = el as HTMLElement;
  if (!e.offsetParent || e.closest('svg')) return false;
  return e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'hidden' || e.getBoundingClientRect().right > window.innerWidth + 1;
}).map((e) => `${e.tagName}.${(e as HTMLElement).className}: ${(e.textContent ?? '').slice(0, 60)}`));

await page.addInitScript(() => localStorage.setItem('multi-vector-ui:coach-done', 'done'));
await page.goto(`${url}?lang=${lang}`);
await waitForScreen(page, ['menu']);
await waitForObject(page, 'lab:open');
await page.waitForFunction(() => !!window.kz?.actor);
await shot('menu');
await clickByName(page, 'lab:open');
await page.waitForSelector('[data-name="lab:run"]');
await shot('lab-form');
await page.fill('[data-name="lab:seeds"]', '0');
await page.click('[data-name="lab:run"]');
await shot('lab-bad-seeds');
await page.fill('[data-name="lab:seeds"]', '120');
await page.click('[data-name="lab:run"]');
await page.waitForFunction(() => !!window.kz.lastLab, null, { timeout: 300_000 });
await shot('lab-result');
await page.evaluate(() => document.querySelector('#lab-pillars')?.scrollIntoView());
await shot('lab-result-pillars');
await page.evaluate(() => document.querySelector('.dom-body')?.scrollTo(0, 1e6));
await shot('lab-result-end');
console.log('overflow (lab):', await overflowing());
await page.click('[data-name="lab-sheet:close"]');

// A game with two lines: play classroom-short to the end, rewind to turn 3, play on differently.
const send = (e: unknown) => page.evaluate((e) => window.kz.actor.send(e as never), e);
const playTurns = async (pick: number, turns: number) => {
  for (let n = 0; n < turns; n++) {
    const state = await waitForScreen(page, ['briefing', 'planning', 'debrief']);
    if (state === 'debrief') return;
    if (state === 'briefing') await send({ type: 'PROCEED' });
    await waitForScreen(page, ['planning']);
    const ids: string[] = await page.evaluate(() => Object.keys(window.kz.actor.getSnapshot().context.rules!.actions));
    for (const id of ids.slice(pick, pick + 10)) await send({ type: 'SELECT', actionId: id });
    await send({ type: 'DISMISS_ERROR' });
    await send({ type: 'END_TURN' });
    let state2 = await waitForScreen(page, ['decision', 'report']);
    while (state2 === 'decision') {
      await send(await page.evaluate((pick) => {
        const c = window.kz.actor.getSnapshot().context;
        const ev = c.world!.pending[0]!.eventId;
        const options = c.rules!.events[ev]!.options!;
        return { type: 'CHOOSE', eventId: ev, optionId: options[pick % options.length]!.id };
      }, pick));
      state2 = await waitForScreen(page, ['decision', 'report']);
    }
    await send({ type: 'PROCEED' });
  }
};
await send({ type: 'NEW_GAME', scenarioId: 'classroom-short', seed: 11 });
await playTurns(0, 20);
await waitForScreen(page, ['debrief']);
await send({ type: 'REWIND', turn: 2 });
await playTurns(3, 2);
if ((await waitForScreen(page, ['briefing', 'planning'])) === 'briefing') await send({ type: 'PROCEED' });
await waitForScreen(page, ['planning']);
await waitForObject(page, 'compare:open');
await shot('game-with-lines');
await clickByName(page, 'compare:open');
await page.waitForSelector('#compare-decisions');
await shot('compare');
await page.evaluate(() => document.querySelector('#compare-decisions')?.scrollIntoView());
await shot('compare-decisions');
await page.evaluate(() => document.querySelector('.dom-body')?.scrollTo(0, 1e6));
await shot('compare-end');
console.log('overflow (compare):', await overflowing());
await page.click('[data-name="compare-sheet:close"]');
await playTurns(3, 20);
await waitForScreen(page, ['debrief']);
await waitForObject(page, 'lab:open');
await shot('debrief');
console.log(`problems: ${problems.length ? problems.join('\n') : 'none'}; shots in ${out}`);
await close();
