// The game core, loaded once the menu is on screen: the turn machine with the sim, content and bundled scenarios,
// saves, scenario files, and the director that brings in each screen's code when the machine first needs it.
import type Phaser from 'phaser';
import * as machine from './machine/index';
import { stateHash } from './sim/index';
import type { ScenarioData } from './sim/scenarioData';
import { startDirector } from './scenes/director';
import { prefetchScenes } from './scenes/sceneLoader';
import { send, setSession, type GameActor } from './scenes/session';
import { bundledScenarioList } from './ui/scenarioList';
import { installFileLoading } from './ui/fileLoad';

/** A fresh random seed for new games (the sim itself never draws from the browser). */
const randomSeed = (): number => crypto.getRandomValues(new Uint32Array(1))[0];

/** Starts the actor, shares it with the scenes and tests, then honours ?play= and ?scenario= in the URL. */
export function startCore(game: Phaser.Game, params: URLSearchParams): GameActor {
  const scenarios = bundledScenarioList();
  const catalog: Record<string, ScenarioData> = Object.fromEntries(scenarios.map((s) => [s.id, s.data]));
  const storage = machine.browserStorage();
  const actor = machine.createGameActor({ catalog, storage, seed: randomSeed });
  setSession({ actor, storage, scenarios, machine });
  window.kz.actor = actor;
  window.kz.stateHash = () => {
    const world = actor.getSnapshot().context.world;
    return world ? stateHash(world) : null;
  };
  installFileLoading(actor);
  startDirector(game, actor);
  const play = params.get('play');
  const scenarioId = params.get('scenario');
  const seed = params.get('seed');
  if (play) send({ type: 'LOAD_CODE', code: play });
  else if (scenarioId) send({ type: 'NEW_GAME', scenarioId, ...(seed !== null && /^\d+$/.test(seed) ? { seed: Number(seed) } : {}) });
  prefetchScenes(game);
  return actor;
}
