// The browser and Node play the same game: a log played in the built game replays in Node to the same state hash.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRules, replay, stateHash } from '../../src/sim';
import { parseScenario } from '../../src/scenario/parse';
import { newPage, ROOT, useServedGame } from './harness';

const game = useServedGame();


describe('determinism across Node and the browser', () => {
  it('replays the command log of a browser game in Node to the hash window.kz.stateHash() shows', async () => {
    const page = await newPage(game.browser);
    await page.goto(game.url);
    await page.waitForFunction(() => !!window.kz?.actor, null, { timeout: 120_000 }); // the actor arrives with the game core, after the menu
    // Drives the real actor with a fixed, varied line of play (selections, last options) until the game ends.
    const played = await page.evaluate(async () => {
      const actor = window.kz.actor;
      const snap = () => actor.getSnapshot();
      actor.send({ type: 'NEW_GAME', scenarioId: 'baseline-2022', seed: 77 });
      for (let i = 0; i < 120 && !snap().matches('debrief'); i++) {
        const s = snap();
        if (s.matches('briefing') || s.matches('report')) actor.send({ type: 'PROCEED' });
        else if (s.matches('planning')) {
          const ids = Object.keys(s.context.rules!.actions).sort();
          for (const id of ids.slice((i * 7) % 20)) {
            actor.send({ type: 'SELECT', actionId: id });
            if (snap().context.selected.length >= 2) break;
          }
          actor.send({ type: 'END_TURN' });
        } else if (s.matches('decision')) {
          const eventId = s.context.world?.pending[0]?.eventId;
          const optionId = eventId === undefined ? undefined : s.context.rules?.events[eventId]?.options?.at(-1)?.id;
          if (eventId === undefined || optionId === undefined) throw new Error('no event with an option is waiting');
          actor.send({ type: 'CHOOSE', eventId, optionId });
        }
        await new Promise((r) => setTimeout(r, 0));
      }
      return { log: snap().context.log, hash: window.kz.stateHash(), done: snap().matches('debrief') };
    });
    expect(played.done).toBe(true);
    expect(played.log.length).toBe(17);
    const parsed = parseScenario(readFileSync(resolve(ROOT, 'scenarios/baseline-2022.json'), 'utf8'), 'baseline-2022.json');
    if (!parsed.ok) throw new Error('baseline scenario does not validate');
    const replayed = replay(buildRules(parsed.value), parsed.value, 77, played.log);
    expect(replayed.ok).toBe(true);
    if (replayed.ok) expect(stateHash(replayed.value)).toBe(played.hash);
    await page.context().close();
  }, 600_000);
});
