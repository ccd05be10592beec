// The period's events: scenario-scheduled ones, then a seeded draw by weight among those whose conditions hold.
import type { EventDef, Rules } from '../content';
import { eventCause } from '../causes';
import { compiled, compileCondition, type Predicate } from '../compiled';
import { applyEffects } from '../effects';
import { at } from '../indexing';
import { nextFloat, pickWeighted } from '../rng';
import type { World } from '../world';

/** Chance of a second event in the same turn. */
export const SECOND_EVENT_CHANCE = 0.35;

/** Whether an event may fire now (condition, once, cooldown, not already this turn). */
export function canFire(world: World, event: EventDef, when: Predicate = compileCondition(event.when)): boolean {
  const last = world.firedEvents[event.id];
  if (last === world.turn) return false;
  if (last !== undefined && (event.once || world.turn - last < event.cooldown)) return false;
  return when(world);
}

/** Fires an event: its effects, a news line, and a pending decision if it has options. */
export function fireEvent(world: World, event: EventDef): void {
  const cause = eventCause(event);
  applyEffects(world, event.effects, cause);
  world.firedEvents[event.id] = world.turn;
  world.news.push({ turn: world.turn, kind: 'event', id: event.id, cause });
  if (event.options?.length) world.pending.push({ eventId: event.id, turn: world.turn });
}

/** Fires this turn's scheduled events, then draws one (sometimes two) more by weight. */
export function drawEvents(rules: Rules, world: World): void {
  for (const s of rules.scheduledEvents) {
    const event = rules.events[s.eventId];
    if (s.turn === world.turn && event && world.firedEvents[event.id] !== world.turn) fireEvent(world, event);
  }
  const count = 1 + (nextFloat(world) < SECOND_EVENT_CHANCE ? 1 : 0);
  const { events } = compiled(rules);
  for (let k = 0; k < count; k++) {
    const eligible: EventDef[] = [];
    for (const e of events) if (canFire(world, e.def, e.when)) eligible.push(e.def);
    const index = pickWeighted(world, eligible.map((e) => e.weight));
    if (index >= 0) fireEvent(world, at(eligible, index, 'eligible events'));
  }
}
