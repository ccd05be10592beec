import { newPage, buildApp, serveDir, launchChromium, ROOT } from '../harness';
import { resolve } from 'node:path';
const out = '/tmp/map-preview-dist';
if (!process.env.NOBUILD) await buildApp(out, resolve(ROOT, 'tests/browser/map-preview'));
const server = await serveDir(out);
const browser = await launchChromium();
const page = await newPage(browser);
for (const q of process.argv.slice(2)) {
  await page.goto(server.url + '?' + q.replace(/;/g, '&'));
  await page.waitForFunction(() => (window as unknown as { mapReady?: boolean }).mapReady === true, null, { timeout: 15000 });
  await page.waitForTimeout(500);
  const fps = await page.evaluate(() => new Promise<number[]>((done) => { const ts: number[] = []; let l = performance.now(); const f = (n: number) => { ts.push(n - l); l = n; if (ts.length < 40) requestAnimationFrame(f); else done(ts); }; requestAnimationFrame(f); }));
  const s = fps.slice(3).sort((a, b) => a - b);
  console.log(q, 'median', (s[Math.floor(s.length / 2)] ?? NaN).toFixed(1));
}
await browser.close(); await server.close();
