// Screenshots of the saved-games menu and the storage notice in en, ru and kk (run by hand: npx tsx tests/browser/relShots.mts <dist>).
import { launchChromium, newPage, serveDir } from './harness';

const dist = process.argv[2];
if (!dist) throw new Error('usage: npx tsx tests/browser/relShots.mts <dist> [out]');
const out = process.argv[3] ?? 'artifacts/screenshots';
const server = await serveDir(dist);
const browser = await launchChromium();
for (const [w, h] of [[1280, 720], [1024, 768], [1920, 1080]] as const) {
  const page = await newPage(browser, { width: w, height: h });
  await page.goto(server.url);
  await page.waitForFunction(() => !!window.kz?.actor, null, { timeout: 300_000 });
  await page.evaluate(() => {
    const a = window.kz.actor;
    a.send({ type: 'NEW_GAME', scenarioId: 'classroom-short', seed: 2 });
    for (let i = 1; i <= 5; i++) a.send({ type: 'SAVE_SLOT', slot: `Урок ${i}` });
    const raw = localStorage.getItem('multi-vector:autosave')!;
    localStorage.setItem('multi-vector:kept:1', raw.replace('"version":1', '"version":3'));
    localStorage.setItem('multi-vector:kept:2', raw.slice(0, 40));
    a.send({ type: 'MENU' });
  });
  for (const lang of ['en', 'ru', 'kk']) {
    await page.evaluate((lang) => {
      localStorage.setItem('multi-vector-ui:language', lang);
    }, lang);
    await page.reload();
    await page.waitForFunction(() => !!window.kz?.actor, null, { timeout: 300_000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${out}/rel-menu-${lang}-${w}.png` });
    if (w === 1280) {
      await page.evaluate(() => window.kz.actor.send({ type: 'SAVE_WRITTEN', outcome: 'full', to: 'slot' }));
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `${out}/rel-full-${lang}.png` });
      await page.evaluate(() => window.kz.actor.send({ type: 'DISMISS_ERROR' }));
    }
  }
  await page.close();
}
await browser.close();
await server.close();
