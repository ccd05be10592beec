import { newPage, buildApp, serveDir, launchChromium, watchConsole, ROOT } from '../harness';
import { resolve } from 'node:path';
const out = '/tmp/map-preview-dist';
const t0 = Date.now();
await buildApp(out, resolve(ROOT, 'tests/browser/map-preview'));
console.log('build', Date.now() - t0);
const server = await serveDir(out);
const browser = await launchChromium();
const page = await newPage(browser);
const problems = watchConsole(page);
for (const q of (process.argv[2] ?? 'lens=oil').split(',')) {
  await page.goto(server.url + '?' + q.replace(/;/g, '&'));
  await page.waitForFunction(() => (window as unknown as { mapReady?: boolean }).mapReady === true, null, { timeout: 15000 }).catch(() => console.log("not ready", problems));
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/map-${q.replace(/[^a-z0-9]/gi, '_')}.png` });
}
console.log(problems);
await browser.close(); await server.close();
