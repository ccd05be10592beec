// The period's events: scenario-scheduled ones, then a seeded draw by weight among those whose conditions hold.
import type { EventDef, Rules } from '../content';
import { eventCause } from '../causes';
import { compiled, compileCondition, type CompiledEvent, type Predicate } from '../compiled';
import { applyPrepared, preparedEffects, type PreparedEffect } from '../effects';
import { nextFloat } from '../rng';
import type { World } from '../world';

/** Chance of a second event in the same turn. */
export const SECOND_EVENT_CHANCE = 0.35;

/** Whether an event may fire now (condition, once, cooldown, not already this turn). */
export function canFire(world: World, event: EventDef, when: Predicate = compileCondition(event.when)): boolean {
  return fireable(world, { def: event, when, id: event.id, once: event.once, cooldown: event.cooldown, weight: event.weight, effects: [] }); // fireable reads no effects
}

/** canFire of a compiled event (the draw's form: its numbers read from the compiled record). */
function fireable(world: World, event: CompiledEvent): boolean {
  if (!event.when(world)) return false; // first: a compiled condition is cheaper than the look-up in the table of fired events
  const last = world.firedEvents[event.id];
  if (last === world.turn) return false;
  return last === undefined || (!event.once && world.turn - last >= event.cooldown);
}

/** Fires an event: its effects, a news line, and a pending decision if it has options. */
export function fireEvent(world: World, event: EventDef, effects: readonly PreparedEffect[] = preparedEffects(event.effects)): void {
  const cause = eventCause(event);
  applyPrepared(world, effects, cause);
  world.firedEvents[event.id] = world.turn;
  world.news.push({ turn: world.turn, kind: 'event', id: event.id, cause });
  if (event.options?.length) world.pending.push({ eventId: event.id, turn: world.turn });
}

/** The events eligible for one draw: a list reused from draw to draw (emptied after each), not a new one each time. */
const eligible: CompiledEvent[] = [];

/** Fires this turn's scheduled events, then draws one (sometimes two) more by weight. */
export function drawEvents(rules: Rules, world: World): void {
  for (const s of rules.scheduledEvents) {
    const event = rules.events[s.eventId];
    if (s.turn === world.turn && event && world.firedEvents[event.id] !== world.turn) fireEvent(world, event);
  }
  const count = 1 + (nextFloat(world) < SECOND_EVENT_CHANCE ? 1 : 0);
  const { events } = compiled(rules);
  for (let k = 0; k < count; k++) {
    // pickWeighted's arithmetic (rng.ts) over the eligible events, on a reused list: no arrays per draw
    eligible.length = 0;
    let total = 0;
    for (const e of events) {
      if (!fireable(world, e)) continue;
      eligible.push(e);
      total += Math.max(0, e.weight);
    }
    if (total <= 0) continue;
    let roll = nextFloat(world) * total;
    let picked = eligible[eligible.length - 1];
    for (const e of eligible) {
      roll -= Math.max(0, e.weight);
      if (roll < 0) {
        picked = e;
        break;
      }
    }
    eligible.length = 0;
    if (picked) fireEvent(world, picked.def, picked.effects);
  }
}
