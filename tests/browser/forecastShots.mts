// Dev helper (not a test): screenshots of the planning screen with the forecast open, per language and window size.
// Usage: KZ_BROWSER_DIST=/tmp/dist-lab npx tsx tests/browser/forecastShots.mts [en|ru|kk] [WIDTHxHEIGHT] [outDir] [scenario]
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium, newPage, ROOT, serveDir, watchConsole } from './harness';
import { clickTo, pickActions, startFromMenu } from './drive';
import { clickByName, waitForObject, waitForScreen } from './pageProbe';

const lang = process.argv[2] ?? 'en';
const [w = 1280, h = 720] = (process.argv[3] ?? '1280x720').split('x').map(Number);
const out = resolve(process.argv[4] ?? join(ROOT, 'artifacts/shots/forecast'));
const scenario = process.argv[5] ?? 'classroom-short';
mkdirSync(out, { recursive: true });
const dist = process.env.KZ_BROWSER_DIST;
if (!dist) throw new Error('set KZ_BROWSER_DIST to a built game');
const server = await serveDir(dist);
const browser = await launchChromium();
const page = await newPage(browser, { width: w, height: h });
const problems = watchConsole(page);
await page.addInitScript(() => localStorage.setItem('multi-vector-ui:coach-done', 'done'));
const seed = process.env.KZ_SEED; // a seed whose first turn asks for a decision (5 for classroom-short) adds a decision shot
await page.goto(`${server.url}?lang=${lang}${seed ? `&scenario=${scenario}&seed=${seed}` : ''}`);
await page.waitForFunction(() => !!window.kz?.actor, null, { timeout: 60_000 });
if (seed) await waitForScreen(page, ['briefing']);
else await startFromMenu(page, scenario);
await clickTo(page, 'briefing:continue', ['planning']);
await waitForObject(page, 'end-turn');
const picked = await pickActions(page, 2);
await clickByName(page, 'forecast:open');
await page.waitForFunction(() => window.kz.lastForecast?.done === true, null, { timeout: 120_000 });
await page.waitForTimeout(400);
const name = `forecast-${scenario}-${lang}-${w}x${h}.png`;
await page.screenshot({ path: join(out, name) });
const report = await page.evaluate(() => window.kz.lastForecast);
if (seed && (await clickTo(page, 'end-turn', ['decision', 'report'])) === 'decision') {
  await page.waitForFunction(() => {
    const f = window.kz.lastOptionForecast;
    return !!f && f.done && f.eventId === window.kz.actor.getSnapshot().context.world?.pending[0]?.eventId;
  }, null, { timeout: 120_000 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(out, name.replace('forecast-', 'decision-')) });
}
console.log(name, picked, JSON.stringify({ seeds: report?.seeds, ms: report?.ms, msAt200: report?.msAt200, turns: report?.turns }), problems);
await browser.close();
await server.close();
