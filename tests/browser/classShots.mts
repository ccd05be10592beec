// Dev helper (not a test): screenshots of the classroom screens (menu row, lesson set-up and link, a lesson's briefing,
// open a shared game, class view, print view) in one language and one window size.
// Usage: npx tsx tests/browser/classShots.mts [en|ru|kk] [1024x768|1280x720|1920x1080] [outDir]  (KZ_BROWSER_DIST reuses a build)
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './harness';
import { shotSession } from './shotSession';
import { clickByName, waitForObject, waitForScreen } from './pageProbe';
import { bundled, playedCode } from '../lesson/fixture';

const lang = process.argv[2] ?? 'en';
const [width = 1280, height = 720] = (process.argv[3] ?? '1280x720').split('x').map(Number);
const out = resolve(process.argv[4] ?? join(ROOT, 'artifacts/class-shots', `${lang}-${width}x${height}`));
mkdirSync(out, { recursive: true });
const { page, url, problems, close } = await shotSession({ width, height });
const shot = async (name: string) => {
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(out, `${name}.png`) });
};
const send = (e: unknown) => page.evaluate((e) => window.kz.actor.send(e as never), e);

// Three finished games' share codes (played in Node); the first is opened in the page, which lands on its debrief.
const scenario = bundled('classroom-short');
const codes = [['historical', 3], ['pro-russia', 4], ['western-pivot', 5]].map(([s, seed]) => playedCode(scenario, seed as number, s as string).code);
await page.goto(`${url}?lang=${lang}`);
await waitForScreen(page, ['menu'], 90_000);
await send({ type: 'LOAD_CODE', code: codes[0] });
const loaded = await page.evaluate(() => ({ state: String(window.kz.actor.getSnapshot().value), error: window.kz.actor.getSnapshot().context.error }));
if (loaded.state !== 'debrief') throw new Error(`The shared game did not open: ${JSON.stringify(loaded)}`);
await shot('debrief');
await waitForObject(page, 'debrief:print');
await clickByName(page, 'debrief:print');
await page.waitForSelector('#print-report');
await shot('print');
await page.evaluate(() => window.scrollTo(0, 0));
await page.locator('#print-sheet .dom-body').evaluate((el) => el.scrollBy(0, 900));
await shot('print-2');
await page.emulateMedia({ media: 'print' });
await shot('print-media');
await page.emulateMedia({ media: 'screen' });
await page.keyboard.press('Escape');
await send({ type: 'MENU' });
await waitForObject(page, 'menu:lesson');
await shot('menu');
await clickByName(page, 'menu:lesson');
await page.waitForSelector('#lesson-setup');
await shot('lesson');
await page.locator('[data-name="lesson:vector:military"]').uncheck();
await page.locator('[data-name="lesson:create-link"]').click();
await page.waitForSelector('#lesson-link');
await shot('lesson-link');
const link = await page.locator('#lesson-link').inputValue();
await page.keyboard.press('Escape');
await clickByName(page, 'menu:open-shared');
await page.waitForSelector('#open-shared');
await page.locator('#shared-code').fill('not a code');
await page.locator('[data-name="shared:open"]').click();
await shot('shared-bad');
await page.keyboard.press('Escape');
await clickByName(page, 'menu:class');
await page.waitForSelector('#class-view');
await shot('class-empty');
await page.locator('#class-codes').fill([`Aigerim: ${codes[0]}`, `Daniyar: ${codes[1]}`, 'Bolat: this-is-not-a-code', `https://school.example/?play=${codes[2]}`].join('\n'));
await page.locator('[data-name="classView:read"]').click();
await page.waitForSelector('#class-table');
await shot('class');
await page.locator('#class-view .dom-body').evaluate((el) => el.scrollBy(0, 700));
await shot('class-2');
await page.keyboard.press('Escape');
await page.goto(link);
await waitForScreen(page, ['briefing'], 90_000);
await shot('lesson-briefing');
await page.goto(`${url}?lang=${lang}&lesson=AAAA`);
await waitForScreen(page, ['menu'], 90_000);
await shot('lesson-broken');
console.log(JSON.stringify({ out, problems, link: link.length }, null, 1));
await close();
