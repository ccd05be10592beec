// Each screen's code arrives when the machine first needs it (or earlier, prefetched while the player reads the menu).
import type Phaser from 'phaser';
import { SCENES, type SceneKey } from '../ui/screens';

type SceneClass = new () => Phaser.Scene;

/** The screens loaded on demand; the menu ships with the first screen. */
const LOADERS: Record<Exclude<SceneKey, 'Menu'>, () => Promise<SceneClass>> = {
  Game: () => import('./Game').then((m) => m.GameScene),
  Debrief: () => import('./Debrief').then((m) => m.DebriefScene),
  Briefing: () => import('./Briefing').then((m) => m.BriefingScene),
  Decision: () => import('./Decision').then((m) => m.DecisionScene),
  Report: () => import('./Report').then((m) => m.ReportScene),
  Notice: () => import('./Notice').then((m) => m.NoticeScene),
};

const loading = new Map<SceneKey, Promise<void>>();

/** Whether a screen's scene is registered with the game. */
export const sceneLoaded = (game: Phaser.Game, key: SceneKey): boolean => !!game.scene.getScene(key);

/** Loads a screen's code once and registers its scene, keeping SCENES' draw order (overlays above the game). */
export function loadScene(game: Phaser.Game, key: SceneKey): Promise<void> {
  if (key === 'Menu' || sceneLoaded(game, key)) return Promise.resolve();
  let pending = loading.get(key);
  if (!pending) {
    pending = LOADERS[key]().then((Scene) => {
      if (!sceneLoaded(game, key)) game.scene.add(key, Scene, false);
      for (const k of SCENES) if (sceneLoaded(game, k)) game.scene.bringToTop(k);
      if (game.scene.getScene('Coach')) game.scene.bringToTop('Coach'); // the guided turn's marks stay above every screen
    });
    pending.catch(() => loading.delete(key)); // a failed fetch may be retried on the next state change
    loading.set(key, pending);
  }
  return pending;
}

/** Fetches every screen in the background (game screen first), so the first End turn and report never wait for code. */
export function prefetchScenes(game: Phaser.Game): void {
  const keys = SCENES.filter((k) => k !== 'Menu');
  const next = (i: number): void => {
    const key = keys[i];
    if (key === undefined) return;
    void loadScene(game, key).then(() => idle(() => next(i + 1)), () => undefined);
  };
  idle(() => next(0));
}

/** Runs `task` when the browser is idle (or soon, where requestIdleCallback is missing). */
function idle(task: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 50);
}
