// Boot: loads the icons, waits for the language's strings and letters (?lang= or the last choice), shows the menu, then
// loads the game core (which honours ?lesson=, ?scenario= and ?play=).
import Phaser from 'phaser';
import { languageParam, loadLanguage, setLanguage, storedLanguage } from '../i18n';
import { FLAGS, ICONS, loadableUrl } from '../ui/icons';
import { flagKey } from '../ui/map/partnerMarker';
import type { PowerId } from '../sim/ids';
import { loadFonts } from '../ui/fonts';
import { COLORS } from '../ui/theme';

/** The first scene: assets, the menu, then the machine-driven scenes take over. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  preload(): void {
    for (const [name, url] of Object.entries(ICONS)) this.load.svg(`icon:${name}`, loadableUrl(url), { width: 48, height: 48 });
    // Flags under the map's keys, so cards and the map share one texture each.
    for (const [id, url] of Object.entries(FLAGS)) this.load.svg(id === 'kazakhstan' ? 'flag:kazakhstan' : flagKey(id as PowerId), loadableUrl(url), { width: 64, height: 48 });
  }

  create(): void {
    this.cameras.main.setBackgroundColor(COLORS.paper);
    const params = new URLSearchParams(window.location.search);
    // A shared game or a scenario link skips the menu: the core starts it as soon as it has loaded.
    const direct = params.has('play') || params.has('scenario') || params.has('lesson');
    const lang = languageParam(window.location.search) ?? storedLanguage();
    void Promise.all([loadLanguage(lang), loadFonts(lang)]).then(
      () => setLanguage(lang),
      () => undefined, // strings that cannot load leave the menu in English
    ).then(() => {
      if (!direct) this.scene.start('Menu');
      else this.scene.stop();
      // The core (machine, sim, content, scenarios) after the menu's first frame, so the menu never waits for it.
      this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
        void import('../core').then(({ startCore }) => startCore(this.game, params), (e: unknown) => console.error('The game could not be loaded:', e));
      });
    });
  }
}
