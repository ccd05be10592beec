// Starts and stops scenes as the machine moves on: the one place that maps machine states to screens.
import Phaser from 'phaser';
import { SCENES, scenesFor } from '../ui/screens';
import { loadScene, sceneLoaded } from './sceneLoader';
import type { GameActor } from './session';

/**
 * Keeps the running scenes in step with the machine's state (and shows the notice while there is an error). A screen
 * whose code has not arrived yet is loaded first; the old screens stay up until the new ones can start together.
 */
export function startDirector(game: Phaser.Game, actor: GameActor): void {
  const apply = () => {
    const s = actor.getSnapshot();
    const wanted = scenesFor(String(s.value), !!s.context.error);
    const missing = [...wanted].filter((key) => !sceneLoaded(game, key));
    if (missing.length) {
      Promise.all(missing.map((key) => loadScene(game, key))).then(apply, (e: unknown) => console.error('A screen could not be loaded:', e));
      return;
    }
    for (const key of SCENES) {
      const status = game.scene.getScene(key)?.sys.settings.status ?? 0;
      const running = status >= Phaser.Scenes.START && status <= Phaser.Scenes.SLEEPING;
      if (wanted.has(key) && !running) game.scene.start(key);
      else if (!wanted.has(key) && running) game.scene.stop(key);
    }
  };
  actor.subscribe(apply);
  apply();
}
