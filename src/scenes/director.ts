// Which scenes show in which machine state: the one place that starts and stops scenes as the machine moves on.
import Phaser from 'phaser';
import type { GameActor } from './session';

/** Scene keys, in render order (later ones draw on top). */
export const SCENES = ['Menu', 'Game', 'Debrief', 'Briefing', 'Decision', 'Report', 'Notice'] as const;
type SceneKey = (typeof SCENES)[number];

/** The scenes each machine state shows; the Game scene stays up under its overlays. */
export const SCENES_OF_STATE: Record<string, readonly SceneKey[]> = {
  menu: ['Menu'],
  briefing: ['Game', 'Briefing'],
  planning: ['Game'],
  resolving: ['Game'],
  decision: ['Game', 'Decision'],
  report: ['Game', 'Report'],
  debrief: ['Debrief'],
};

/** Keeps the running scenes in step with the machine's state (and shows the notice while there is an error). */
export function startDirector(game: Phaser.Game, actor: GameActor): void {
  const apply = () => {
    const s = actor.getSnapshot();
    const wanted = new Set<SceneKey>(SCENES_OF_STATE[String(s.value)] ?? ['Menu']);
    if (s.context.error) wanted.add('Notice');
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
