// Played through the real sim, every action and every event choice visibly changes the world (nothing is silently dropped).
import { describe, expect, it } from 'vitest';
import { baseContent } from '../../src/content';
import { chooseOption, closeTurn, resolveTurn } from '../../src/sim';
import { causeKey } from '../../src/sim/causes';
import type { Rules } from '../../src/sim/content';
import type { World } from '../../src/sim/world';
import { rulesFor, world } from '../fixtures/game';

const calm: Rules = { ...rulesFor(), events: {}, powerRules: [] };

/** A world where money, capital and preconditions do not get in the way. */
const ready = (): World =>
  world(7, (d) => {
    d.economy.budgetUsdBn = 10;
    d.politics.capital = 100;
    d.flags.btcAgreement = 1;
  });

const causes = (w: World) => new Set(w.ledger.map((e) => causeKey(e.cause)));

describe('actions in play', () => {
  it.each(baseContent.actions.map((a) => [a.id, a] as const))('%s is accepted and changes the world', (id, action) => {
    let w = resolveTurn(calm, ready(), [id]);
    expect(w.current.actions).toEqual([id]);
    expect(causes(w).has(causeKey({ kind: 'action', id })) || w.ledger.some((e) => e.cause.term === 'reaction' && e.cause.kind === 'action' && e.cause.id === id)).toBe(true);
    if (action.delay > 0) {
      for (let t = 0; t < action.delay; t++) w = resolveTurn(calm, closeTurn(calm, w), []);
      expect(causes(w).has(causeKey({ kind: 'project', id })), `${id} completes after ${action.delay} turns`).toBe(true);
    }
  });
});

describe('event choices in play', () => {
  const withChoices = baseContent.events.flatMap((e) => (e.options ?? []).map((o) => [`${e.id} → ${o.id}`, e.id, o] as const));
  it.each(withChoices.filter(([, , o]) => o.effects.length + (o.reactions?.length ?? 0) > 0))('%s changes the world', (_label, eventId, option) => {
    const pending = world(7, (d) => {
      d.pending.push({ eventId, turn: d.turn });
      d.oil.routes.cpc.status = 'disrupted';
      d.oil.routes.cpc.disruptedTurns = 1;
    });
    const after = chooseOption(rulesFor(), pending, eventId, option.id);
    expect(after.pending).toEqual([]);
    expect(after.ledger.length).toBeGreaterThan(pending.ledger.length);
  });
});
