// Strategies play the game without a person: scripted lines of policy for the headless runner, studies and tests.
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Rules } from '../sim/content';
import { at } from '../sim/indexing';
import { canSelect } from '../sim/select';
import type { World } from '../sim/world';

/** A way of playing: which actions to take this turn, and how to answer an event. */
export interface Strategy {
  name: string;
  pickActions(rules: Rules, world: World): string[];
  choose(rules: Rules, world: World, eventId: string): string;
}

/** Adds actions from a priority list while the sim accepts them (budget, capital, limit, conditions). */
export function pickByPriority(rules: Rules, world: World, priorities: readonly string[], max = Infinity): string[] {
  const picked: string[] = [];
  const limit = Math.min(max, world.politics.actionLimit); // past the turn's limit every check refuses: stop asking
  for (const id of priorities) {
    if (picked.length >= limit) break;
    if (canSelect(rules, world, picked, id)) picked.push(id);
  }
  return picked;
}

/** Answers an event with the first option whose id appears in the preferences, else the first option. */
export function chooseByPreference(rules: Rules, eventId: string, preferences: readonly string[]): string {
  const options = rules.events[eventId]?.options ?? [];
  for (const pref of preferences) if (options.some((o) => o.id === pref)) return pref;
  return options[0]?.id ?? '';
}

/** A strategy that follows a priority list of actions and a preference list of options. */
export function priorityStrategy(name: string, actions: readonly string[], options: readonly string[], max = Infinity): Strategy {
  // the list without actions these rules lack, made once per rules set (not at every turn of every game)
  let known: { rules: Rules; list: readonly string[] } | null = null;
  const listFor = (rules: Rules) => (known?.rules === rules ? known.list : (known = { rules, list: actions.filter((id) => rules.actions[id]) }).list);
  return {
    name,
    pickActions: (rules, world) => pickByPriority(rules, world, listFor(rules), max),
    choose: (rules, _world, eventId) => chooseByPreference(rules, eventId, options),
  };
}

/** A strategy that picks valid actions and options at random from its own seeded generator (not the world's). */
export function randomStrategy(seed: number): Strategy {
  const gen = xoroshiro128plus(seed ^ 0x5bd1e995);
  const roll = (n: number) => ((gen.next() >>> 0) % n);
  return {
    name: 'random',
    pickActions(rules, world) {
      const ids = Object.keys(rules.actions).sort();
      const picked: string[] = [];
      const want = roll(world.politics.actionLimit + 1);
      for (let tries = 0; tries < 12 && picked.length < want; tries++) {
        const id = ids[roll(ids.length)];
        if (id !== undefined && canSelect(rules, world, picked, id)) picked.push(id);
      }
      return picked;
    },
    choose(rules, _world, eventId) {
      const options = rules.events[eventId]?.options ?? [];
      return options.length ? at(options, roll(options.length), 'options').id : '';
    },
  };
}
