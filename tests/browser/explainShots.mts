// Dev helper (not a test): screenshots of the report, the explanation panel, the HUD, the map and the debrief.
// Usage: KZ_BROWSER_DIST=dist npx tsx tests/browser/explainShots.mts [en|ru|kk] [WxH] [outDir]
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium, newPage, ROOT, serveDir, watchConsole } from './harness';
import { clickByName, namedObjects, waitForObject, waitForScreen } from './pageProbe';

const lang = process.argv[2] ?? 'en';
const [w = 1280, h = 720] = (process.argv[3] ?? '1280x720').split('x').map(Number);
const out = resolve(process.argv[4] ?? join(ROOT, 'artifacts/explain', `${lang}-${w}x${h}`));
mkdirSync(out, { recursive: true });
const server = await serveDir(process.env.KZ_BROWSER_DIST ?? join(ROOT, 'dist'));
const browser = await launchChromium();
const page = await newPage(browser, { width: w, height: h });
const problems = watchConsole(page);
const shot = async (name: string) => {
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(out, `${name}.png`) });
};
const send = (e: unknown) => page.evaluate((e) => window.kz.actor.send(e as never), e);
await page.goto(server.url);
await page.waitForTimeout(3000);
console.log('state', await page.evaluate(() => String(window.kz?.actor?.getSnapshot().value)), problems);
await waitForScreen(page, ['menu']);
await waitForObject(page, 'menu:new-game');
if (lang !== 'en') await clickByName(page, `lang:${lang}`);
await send({ type: 'NEW_GAME', scenarioId: process.env.KZ_SCENARIO ?? 'classroom-short', seed: 7 });
await page.waitForTimeout(3000);
console.log('state', await page.evaluate(() => String(window.kz?.actor?.getSnapshot().value)), problems);
await waitForScreen(page, ['briefing']);
await shot('briefing');
for (let n = 0; n < 20; n++) {
  await send({ type: 'PROCEED' });
  await waitForScreen(page, ['planning']);
  const ids: string[] = await page.evaluate(() => Object.keys(window.kz.actor.getSnapshot().context.rules!.actions));
  for (const id of ids.slice(n % 5, n % 5 + 12)) {
    await send({ type: 'SELECT', actionId: id });
    if ((await page.evaluate(() => window.kz.actor.getSnapshot().context.selected.length)) >= 2) break;
  }
  await send({ type: 'DISMISS_ERROR' });
  if (n === 1) {
    await shot('planning');
    await clickByName(page, 'explain:pillars.prosperity');
    await shot('hud-explain');
    await clickByName(page, 'explain:close');
    for (const lens of ['trade', 'alliances', 'military']) {
      await clickByName(page, `lens:${lens}`);
      await shot(`map-${lens}`);
    }
    await clickByName(page, 'lens:oil');
    const cpc = (await namedObjects(page, 'route:cpc'))[0];
    if (cpc) {
      await page.mouse.move(cpc.x, cpc.y);
      await shot('map-tooltip');
      await clickByName(page, 'route:cpc');
      await waitForObject(page, 'explain:close');
      await shot('map-explain');
      await clickByName(page, 'explain:close');
      await page.mouse.move(2, 2);
    }
  }
  await send({ type: 'END_TURN' });
  let state = await waitForScreen(page, ['decision', 'report']);
  while (state === 'decision') {
    const p = await page.evaluate(() => {
      const c = window.kz.actor.getSnapshot().context;
      const ev = c.world?.pending[0]?.eventId;
      const opt = ev === undefined ? undefined : c.rules?.events[ev]?.options?.[0]?.id;
      if (ev === undefined || opt === undefined) throw new Error('no event with an option is waiting');
      return { ev, opt };
    });
    await send({ type: 'CHOOSE', eventId: p.ev, optionId: p.opt });
    state = await waitForScreen(page, ['decision', 'report']);
  }
  if (n < 2) {
    await shot(`report-${n}`);
    const rows = await namedObjects(page, 'explain:');
    if (rows[0]) {
      await clickByName(page, rows[0].name);
      await waitForObject(page, 'explain:close');
      await shot(`report-${n}-explain`);
      console.log(JSON.stringify(await page.evaluate(() => (window.kz as unknown as { explanation: unknown }).explanation)).slice(0, 600));
      await clickByName(page, 'explain:close');
    }
    if ((await namedObjects(page, 'report:later')).some((o) => !o.disabled)) {
      await clickByName(page, 'report:later');
      await shot(`report-${n}-page2`);
    }
  }
  await send({ type: 'PROCEED' });
  if ((await waitForScreen(page, ['briefing', 'debrief'])) === 'debrief') break;
}
await shot('debrief');
console.log(`problems: ${problems.length ? problems.join('\n') : 'none'}; shots in ${out}`);
await browser.close();
await server.close();
