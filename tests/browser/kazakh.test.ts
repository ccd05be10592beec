// A whole game in Kazakh (?lang=kk): on every screen — briefing, planning with a card's details, decisions, report,
// debrief — no visible text is, or contains, the English text of a scenario, action, event, option or power move
// whose Kazakh differs. (English left on screen is what a Kazakh-speaking class would meet untranslated.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, ROOT, watchConsole, useServedGame } from './harness';
import { namedObjects, waitForObject, waitForScreen } from './pageProbe';

const game = useServedGame();


type Text = { en: string; ru?: string; kk?: string };

/** Every { en, kk } text in a content or scenario file whose Kazakh differs from its English. */
function englishTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(englishTexts);
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const own = typeof o.en === 'string' && typeof o.kk === 'string' && o.kk !== o.en ? [(o as unknown as Text).en] : [];
  return [...own, ...Object.values(o).flatMap(englishTexts)];
}

const CONTENT = ['actions.json', 'events.json', 'powerRules.json'].map((f) => join(ROOT, 'src/content', f));
const SCENARIOS = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json').map((f) => join(ROOT, 'scenarios', f));
const ENGLISH = [...new Set([...CONTENT, ...SCENARIOS].flatMap((f) => englishTexts(JSON.parse(readFileSync(f, 'utf8')))))].filter((s) => s.trim().length >= 4);

/** The visible texts of every running scene (containers included). */
const visibleTexts = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.kz.game.scene.getScenes(true).flatMap((scene) => {
    const all = (o: Phaser.GameObjects.GameObject): string[] => [
      ...(o.type === 'Text' && (o as Phaser.GameObjects.Text).visible ? [(o as Phaser.GameObjects.Text).text] : []),
      ...((o as Phaser.GameObjects.Container).list ?? []).flatMap(all),
    ];
    return scene.children.list.flatMap(all);
  }));

/** English content on screen now: a text equal to an English text, or holding a long one (a title inside a sentence). */
async function englishOnScreen(page: Page, where: string): Promise<string[]> {
  const shown = (await visibleTexts(page)).map((s) => s.replace(/\s+/g, ' ').trim());
  const found: string[] = [];
  for (const text of shown) {
    for (const en of ENGLISH) {
      const flat = en.replace(/\s+/g, ' ').trim();
      if (text === flat || (flat.length >= 16 && text.includes(flat))) found.push(`${where}: "${text.slice(0, 80)}" (English: "${flat.slice(0, 60)}")`);
    }
  }
  return found;
}

describe('a game in Kazakh', () => {
  it('shows no English scenario, action, event, option or power text on any screen from briefing to debrief', async () => {
    expect(ENGLISH.length).toBeGreaterThan(200); // the check has something to compare against
    const page = await newPage(game.browser);
    const problems = watchConsole(page);
    await page.goto(`${game.url}?lang=kk&scenario=classroom-short&seed=11`, { timeout: 120_000 });
    await page.waitForFunction(() => !!window.kz?.actor, null, { timeout: 120_000 });
    await waitForScreen(page, ['briefing']);
    await waitForObject(page, 'briefing:continue'); // the briefing's code may still be arriving when the state is reached
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('kk');
    const send = (e: unknown) => page.evaluate((e) => window.kz.actor.send(e as never), e);
    const english: string[] = [...(await englishOnScreen(page, 'briefing'))];
    let turn = 0;
    for (; turn < 20; turn++) {
      await send({ type: 'PROCEED' });
      await waitForScreen(page, ['planning']);
      await waitForObject(page, 'action:');
      english.push(...(await englishOnScreen(page, `planning ${turn}`)));
      // A card's details (effects, reactions, how long each lasts) by hovering it, as a player reads them.
      const [card] = (await namedObjects(page, 'action:')).filter((o) => !o.disabled);
      if (card) {
        await page.mouse.move(card.x, card.y);
        await waitForObject(page, 'detail:panel');
        english.push(...(await englishOnScreen(page, `card ${card.name}`)));
        await page.mouse.move(5, 5);
      }
      const ids: string[] = await page.evaluate(() => Object.keys(window.kz.actor.getSnapshot().context.rules!.actions));
      for (const id of ids.slice(turn % 5, (turn % 5) + 10)) {
        await send({ type: 'SELECT', actionId: id });
        if ((await page.evaluate(() => window.kz.actor.getSnapshot().context.selected.length)) >= 2) break;
      }
      await send({ type: 'DISMISS_ERROR' });
      await send({ type: 'END_TURN' });
      let state = await waitForScreen(page, ['decision', 'report']);
      while (state === 'decision') {
        await waitForObject(page, 'choice:');
        english.push(...(await englishOnScreen(page, `decision ${turn}`)));
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
      await waitForObject(page, 'report:continue');
      english.push(...(await englishOnScreen(page, `report ${turn}`)));
      await send({ type: 'PROCEED' });
      const next = await waitForScreen(page, ['briefing', 'debrief']);
      if (next === 'debrief') break;
      await waitForObject(page, 'briefing:continue');
      english.push(...(await englishOnScreen(page, `briefing ${turn + 1}`)));
    }
    await waitForObject(page, 'debrief:');
    english.push(...(await englishOnScreen(page, 'debrief')));
    expect(turn).toBeGreaterThan(2);
    expect([...new Set(english)]).toEqual([]);
    expect(problems).toEqual([]);
  }, 900_000);
});
