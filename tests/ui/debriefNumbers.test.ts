import { describe, expect, it } from 'vitest';
import { chooseOption, closeTurn, resolveTurn } from '../../src/sim';
import { grade } from '../../src/sim/scoring';
import { debriefView } from '../../src/ui/debrief';
import { actionCard } from '../../src/ui/planning';
import { rulesFor, scenario, world } from '../fixtures/game';
import { at, entry } from '../../src/sim/indexing';

const rules = rulesFor();

const games = new Map<string, ReturnType<typeof world>>();

/** Plays a whole game (once per seed and k): each turn the `k`-th affordable actions, and option `k` (or the first) of every event. */
function wholeGame(seed: number, k: number) {
  const key = `${seed}:${k}`;
  if (!games.has(key)) games.set(key, play(seed, k));
  return games.get(key)!;
}

function play(seed: number, k: number) {
  let w = world(seed);
  while (!w.outcome) {
    const picks = Object.keys(rules.actions).filter((id) => actionCard(rules, w, [], id).state === 'available').slice(k, k + 2);
    w = resolveTurn(rules, w, picks);
    for (const p of [...w.pending]) {
      const options = entry(rules.events, p.eventId).options!;
      w = chooseOption(rules, w, p.eventId, at(options, k % options.length).id);
    }
    w = closeTurn(rules, w);
  }
  return w;
}

describe('the debrief says one thing per number', () => {
  for (const [seed, k] of [[1, 0], [5, 6]] as const) {
    it(`grades each pillar from the whole number it shows (seed ${seed})`, () => {
      const d = debriefView(rules, wholeGame(seed, k), scenario());
      for (const g of d.grades) expect(g.grade).toBe(grade(Number(g.value)));
      expect(d.settledLabel).toMatch(/average of the last \d+ turns/);
      expect(d.balance).toMatch(/average of the last \d+ turns/);
    });

    it(`gives a reason that matches the numbers shown (seed ${seed})`, () => {
      const w = wholeGame(seed, k);
      const d = debriefView(rules, w, scenario());
      const shown = Object.fromEntries(d.grades.map((g) => [g.label.toLowerCase(), Number(g.value)]));
      const balance = Number(/(\d+)/.exec(d.balance)![1]);
      if (w.outcome!.ending === 'muddlingThrough') {
        // Every shortfall it names quotes the same number as the card, and really is under its bar.
        for (const m of d.reason.matchAll(/(\w+) (\d+) is under (\d+)/g)) {
          const value = Number(m[2]);
          expect(value).toBeLessThan(Number(m[3]));
          expect(m[1] === 'balance' ? balance : shown[m[1] ?? '']).toBe(value);
        }
        expect(d.reason).toMatch(/is under/);
      }
      if (d.goals.length) expect(d.verdict).toBe(`Goals: ${d.goals.filter((g) => g.met).length} of ${d.goals.length} met`);
    });
  }
});
