// Entry point: the first screen only (Phaser, the boot and menu scenes); the game core loads once the menu is up.
// Exposes window.kz for tests (the actor and stateHash arrive with the core), and registers the offline service worker.
import Phaser from 'phaser';
import { BootScene } from './scenes/Boot';
import { MenuScene } from './scenes/Menu';
import type { GameActor } from './scenes/session';
import type { ForecastReport } from './ui/widgets/forecastPanel';
import type { OptionForecastReport } from './ui/widgets/optionForecast';
import type { RoadNotTakenReport } from './ui/widgets/roadNotTakenWords';
import { COLORS } from './ui/theme';
import { initialDeviceSize, installCrispDisplay } from './ui/crispDisplay';
import { installInstantInput } from './ui/widgets/instantInput';
import { renderOnDemand } from './ui/renderOnDemand';
import { registerOffline } from './ui/offline';
import type { PublishedExplanation } from './ui/widgets/explanationPanel';
import type { LabResult } from './lab/labRequest';

declare global {
  interface Window {
    /**
     * For tests: the game, and (once the core has loaded, a moment after the menu shows) the actor and the state hash;
     * `explanation`: the "Why did this change?" panel open now, `{path, before, after, causes}` (issue 12's contract);
     * the latest forecasts of the plan and of an event's options, and the last finished policy lab run (issue 10's contract).
     */
    kz: {
      game: Phaser.Game; actor: GameActor; stateHash: () => string | null; explanation?: PublishedExplanation;
      lastForecast?: ForecastReport; lastOptionForecast?: OptionForecastReport; lastLab?: LabResult;
      roadNotTaken?: RoadNotTakenReport; // the debrief's roads not taken (issue 10)
    };
  }
}

// The canvas has the window's real pixels (crisp on a projector); cameras zoom the 1280×720 layout onto it.
const size = initialDeviceSize();
const game = new Phaser.Game({
  type: Phaser.WEBGL,
  parent: 'game',
  backgroundColor: COLORS.paper,
  width: size.width,
  height: size.height,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, width: size.width, height: size.height },
  render: { antialias: true },
  banner: false,
  scene: [BootScene, MenuScene], // the other screens are added by the director when first needed
});
installCrispDisplay(game, size);
window.kz = { game, actor: undefined as unknown as GameActor, stateHash: () => null };
installInstantInput(game);
renderOnDemand(game);
registerOffline();
