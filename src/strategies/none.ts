// Doing nothing: no actions, and each event answered by an option drawn at random from the game's seed.
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { at } from '../sim/indexing';
import type { Strategy } from './strategy';

/** The "none" line of studies: no actions; event options drawn from a generator seeded by the game's seed (not the world's). */
export function noneStrategy(seed: number): Strategy {
  const gen = xoroshiro128plus(seed ^ 0x2545f491);
  return {
    name: 'none',
    pickActions: () => [],
    choose(rules, _world, eventId) {
      const options = rules.events[eventId]?.options ?? [];
      return options.length ? at(options, (gen.next() >>> 0) % options.length, 'options').id : '';
    },
  };
}
