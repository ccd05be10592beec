// Entry point: the first screen only (Phaser, the boot and menu scenes); the game core loads once the menu is up.
// Exposes window.kz for tests (the actor and stateHash arrive with the core), and registers the offline service worker.
import Phaser from 'phaser';
import { BootScene } from './scenes/Boot';
import { MenuScene } from './scenes/Menu';
import type { GameActor } from './scenes/session';
import { COLORS, HEIGHT, WIDTH } from './ui/theme';
import { installInstantInput } from './ui/widgets/instantInput';
import { renderOnDemand } from './ui/renderOnDemand';
import { registerOffline } from './ui/offline';

declare global {
  interface Window {
    /** For tests: the game, and (once the core has loaded, a moment after the menu shows) the actor and the state hash. */
    kz: { game: Phaser.Game; actor: GameActor; stateHash: () => string | null };
  }
}

const game = new Phaser.Game({
  type: Phaser.WEBGL,
  parent: 'game',
  backgroundColor: COLORS.paper,
  width: WIDTH,
  height: HEIGHT,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, width: WIDTH, height: HEIGHT },
  render: { antialias: true },
  banner: false,
  scene: [BootScene, MenuScene], // the other screens are added by the director when first needed
});
window.kz = { game, actor: undefined as unknown as GameActor, stateHash: () => null };
installInstantInput(game);
renderOnDemand(game);
registerOffline();
