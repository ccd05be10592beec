// Dev helper (not a test): the planning screen with a card's details open after a diagonal move toward its terms.
// Usage: npx tsx tests/browser/detailShot.mts [en|ru|kk] [out.png]   (KZ_VIEWPORT as in shots.mts)
import { shotSession } from './shotSession';
import { startFromMenu, clickTo } from './drive';
import { clickByName, namedObjects, waitForObject, waitForScreen } from './pageProbe';

const lang = process.argv[2] ?? 'en';
const s = await shotSession();
const { page } = s;
await page.addInitScript((lang) => { localStorage.setItem('multi-vector-ui:coach-done', 'done'); localStorage.setItem('multi-vector-ui:language', lang); }, lang);
await page.goto(`${s.url}?lang=${lang}`);
await page.waitForFunction(() => !!window.kz?.actor, null, { timeout: 60_000 });
await waitForScreen(page, ['menu']);
await waitForObject(page, 'menu:new-game');
await startFromMenu(page, 'classroom-short');
await clickTo(page, 'briefing:continue', ['planning']);
await waitForObject(page, 'end-turn');
await clickByName(page, 'vector:routes');
await clickByName(page, 'action:aktau-port-expansion'); // one card chosen
const card = (await namedObjects(page, 'action:btc-volume-agreement'))[0]!;
await page.mouse.move(card.x, card.y);
await waitForObject(page, 'term:btc');
const term = (await namedObjects(page, 'term:btc'))[0]!;
await page.mouse.move((card.x + term.x) / 2, (card.y + term.y) / 2, { steps: 5 }); // half way, over other cards
await page.waitForTimeout(100);
await page.screenshot({ path: process.argv[3] ?? `/tmp/detail-${lang}.png` });
console.log('problems:', s.problems.join('; ') || 'none');
await s.close();
