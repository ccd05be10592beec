// Dev helper (not a test): screenshots of every screen in one language, driven fast through the machine.
// Usage: npx tsx tests/browser/shots.mts [en|ru|kk] [outDir]   (serves KZ_BROWSER_DIST if set, else the build the browser tests share)
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './harness';
import { shotSession } from './shotSession';
import { clickByName, namedObjects, waitForObject, waitForScreen } from './pageProbe';

const lang = process.argv[2] ?? 'en';
const out = resolve(process.argv[3] ?? join(ROOT, 'artifacts/shots', lang));
mkdirSync(out, { recursive: true });
const { page, url, problems, close } = await shotSession(); // KZ_VIEWPORT: fhd or WIDTHxHEIGHT; 1280×720 by default
const suspicious = new Set<string>();
const cuts = new Set<string>(); // texts shortened with an ellipsis: a person checks none of them hides words the English shows
const shot = async (name: string) => {
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, `${name}.png`) });
  // Raw ids on screen (kebab-case words, camelCase ids, dotted paths) are flagged for a person to look at.
  const texts: string[] = await page.evaluate(() => window.kz.game.scene.getScenes(true).flatMap((scene) => {
    const all = (o: Phaser.GameObjects.GameObject): string[] => [
      ...(o.type === 'Text' ? [(o as Phaser.GameObjects.Text).text] : []),
      ...((o as Phaser.GameObjects.Container).list ?? []).flatMap(all),
    ];
    return scene.children.list.flatMap(all);
  }));
  for (const text of texts) if (/…/.test(text)) cuts.add(`${name}: "${text.replace(/\n/g, ' ').slice(0, 90)}"`);
  for (const text of name === "debrief-sources" ? [] : texts) {
    for (const m of text.matchAll(/\b[a-z]+(?:-[a-z0-9]+){2,}\b|\b[a-z]+[A-Z][a-zA-Z]+\b|\b[a-z]+\.[a-z]+\.[a-zA-Z.]+\b/g)) suspicious.add(`${name}: ${m[0]} in "${text.slice(0, 80)}"`);
  }
};
await page.goto(`${url}`);
await waitForScreen(page, ['menu']);
await waitForObject(page, 'menu:new-game');
if (lang !== 'en') await clickByName(page, `lang:${lang}`);
await shot('menu');
await clickByName(page, 'menu:new-game');
await waitForObject(page, 'scenario:classroom-short');
await clickByName(page, 'scenario:classroom-short');
await shot('menu-scenarios');
await page.evaluate(() => window.kz.actor.send({ type: 'NEW_GAME', scenarioId: 'classroom-short', seed: 7 }));
await waitForScreen(page, ['briefing']);
await shot('briefing');
const send = (e: unknown) => page.evaluate((e) => window.kz.actor.send(e as never), e);
let n = 0;
for (; n < 20; n++) {
  await send({ type: 'PROCEED' });
  await waitForScreen(page, ['planning']);
  const ids: string[] = await page.evaluate(() => Object.keys(window.kz.actor.getSnapshot().context.rules!.actions));
  for (const id of ids.slice(n % 5, n % 5 + 12)) {
    await send({ type: 'SELECT', actionId: id });
    if ((await page.evaluate(() => window.kz.actor.getSnapshot().context.selected.length)) >= 2) break;
  }
  await send({ type: 'DISMISS_ERROR' });
  if (n === 0) await shot('planning');
  await send({ type: 'END_TURN' });
  let state = await waitForScreen(page, ['decision', 'report']);
  while (state === 'decision') {
    const p = await page.evaluate(() => {
      const c = window.kz.actor.getSnapshot().context;
      const ev = c.world?.pending[0]?.eventId;
      const options = ev === undefined ? [] : (c.rules?.events[ev]?.options ?? []);
      const opt = (options[1] ?? options[0])?.id;
      if (ev === undefined || opt === undefined) throw new Error('no event with an option is waiting');
      return { ev, opt };
    });
    await shot(`decision-${p.ev}`);
    await send({ type: 'CHOOSE', eventId: p.ev, optionId: p.opt });
    state = await waitForScreen(page, ['decision', 'report']);
  }
  if (n < 2) await shot(`report-${n}`);
  await send({ type: 'PROCEED' });
  if ((await waitForScreen(page, ['briefing', 'debrief'])) === 'debrief') break;
  if (n === 1) await shot('briefing-3');
}
await shot('debrief');
const cut = (await namedObjects(page, 'debrief:turn:'))[0];
if (cut) {
  await page.mouse.move(cut.x, cut.y);
  await shot('debrief-hover');
  await page.mouse.move(5, 5);
}
await clickByName(page, 'debrief:sources');
await shot('debrief-sources');
console.log([...suspicious].join('\n'));
console.log(`cut texts:\n${[...cuts].join('\n') || 'none'}`);
console.log(`turns ${n + 1}; problems: ${problems.length ? problems.join('\n') : 'none'}; shots in ${out}`);
await close();
