// Dev helper (not a test): screenshots of the debrief with the roads not taken (cards, then one turning point in full),
// per language and window size, for a classroom-short game opened from its share code.
// Usage: KZ_BROWSER_DIST=/tmp/dist-road npx tsx tests/browser/roadShots.mts [en|ru|kk] [WxH[,WxH…]] [outDir] [seed]
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundled, playedCode } from '../lesson/fixture';
import { launchChromium, newPage, ROOT, serveDir, watchConsole } from './harness';
import { clickByName, waitForObject, waitForScreen } from './pageProbe';

const lang = process.argv[2] ?? 'en';
const sizes = (process.argv[3] ?? '1280x720').split(',').map((s) => s.split('x').map(Number) as [number, number]);
const out = resolve(process.argv[4] ?? join(ROOT, 'artifacts/shots/road'));
const seed = Number(process.argv[5] ?? 5);
mkdirSync(out, { recursive: true });
const dist = process.env.KZ_BROWSER_DIST;
if (!dist) throw new Error('set KZ_BROWSER_DIST to a built game');
const server = await serveDir(dist);
const browser = await launchChromium();
const { code } = playedCode(bundled('classroom-short'), seed, 'china-first');
for (const [w, h] of sizes) {
  const page = await newPage(browser, { width: w, height: h });
  const problems = watchConsole(page);
  await page.addInitScript(() => localStorage.setItem('multi-vector-ui:coach-done', 'done'));
  // A china-first game (three turning points, each with a question answered) opened from its share code, at the debrief.
  await page.goto(`${server.url}?lang=${lang}&play=${code}`);
  await page.waitForFunction(() => !!window.kz?.actor, null, { timeout: 60_000 });
  await waitForScreen(page, ['debrief']);
  await waitForObject(page, 'debrief:lower:road');
  await page.screenshot({ path: join(out, `road-debrief-${lang}-${w}x${h}.png`) });
  await waitForObject(page, 'debrief:road-not-taken:');
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, `road-first-${lang}-${w}x${h}.png`) });
  await page.waitForFunction(() => window.kz.roadNotTaken?.done === true, null, { timeout: 300_000 });
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(out, `road-cards-${lang}-${w}x${h}.png`) });
  const report = await page.evaluate(() => window.kz.roadNotTaken);
  const open = report?.points.find((p) => p.alternatives.length > 1) ?? report?.points[0];
  if (open) {
    await clickByName(page, `debrief:road-not-taken:${open.turn}`);
    await waitForObject(page, 'debrief:road-close');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, `road-detail-${lang}-${w}x${h}.png`) });
  }
  console.log(lang, `${w}x${h}`, JSON.stringify(report?.points.map((p) => ({ turn: p.turn, seeds: p.seeds, n: p.alternatives.length }))), problems);
  await page.context().close();
}
await browser.close();
await server.close();
