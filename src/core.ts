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
import { installFileLoading, showFileStatus } from './ui/fileLoad';
import { languageParam, t } from './i18n';
import { prepareForCode, prepareForSaves, startLesson } from './ui/lessonLaunch';
import { CoachScene } from './scenes/Coach';

/** A fresh random seed for new games (the sim itself never draws from the browser). */
const randomSeed = (): number => {
  const [seed = 0] = crypto.getRandomValues(new Uint32Array(1));
  return seed;
};

/** Starts the actor, shares it with the scenes and tests, then honours ?lesson=, ?play= and ?scenario= in the URL. */
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
  prepareForSaves(actor, storage); // lesson games in the autosave and slots load like any other
  // The guided first turn: started by the game screen above itself and its overlays.
  if (!game.scene.getScene('Coach')) game.scene.add('Coach', CoachScene, false);
  startDirector(game, actor);
  const play = params.get('play');
  const scenarioId = params.get('scenario');
  const seed = params.get('seed');
  const lesson = params.get('lesson');
  if (lesson !== null) {
    void startLesson(actor, lesson, languageParam(window.location.search) !== null).then((problems) => {
      if (problems.length) showFileStatus({ ok: false, heading: t('lesson.linkBroken'), lines: problems });
    });
  } else if (play) {
    prepareForCode(actor, play);
    send({ type: 'LOAD_CODE', code: play });
  } else if (scenarioId) send({ type: 'NEW_GAME', scenarioId, ...(seed !== null && /^\d+$/.test(seed) ? { seed: Number(seed) } : {}) });
  prefetchScenes(game);
  return actor;
}
