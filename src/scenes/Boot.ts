// Boot: loads the icons once, then hands the screen to the director and honours ?lesson=, ?scenario= and ?play= in the URL.
import Phaser from 'phaser';
import { FLAGS, ICONS, loadableUrl } from '../ui/icons';
import { flagKey } from '../ui/map/partnerMarker';
import type { PowerId } from '../sim/ids';
import { COLORS } from '../ui/theme';
import { startDirector } from './director';
import { send, session } from './session';
import { languageParam, prepareForCode, startLesson } from '../ui/lessonLaunch';
import { showFileStatus } from '../ui/fileLoad';
import { t } from '../i18n';

/** The first scene: assets, then the machine-driven scenes take over. */
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
    const { actor } = session();
    const params = new URLSearchParams(window.location.search);
    const play = params.get('play');
    const scenarioId = params.get('scenario');
    const seed = params.get('seed');
    const lesson = params.get('lesson');
    startDirector(this.game, actor);
    if (lesson !== null) {
      const problems = startLesson(actor, lesson, languageParam(window.location.search) !== null);
      if (problems.length) showFileStatus({ ok: false, heading: t('lesson.linkBroken'), lines: problems });
    } else if (play) {
      prepareForCode(actor, play);
      send({ type: 'LOAD_CODE', code: play });
    } else if (scenarioId) send({ type: 'NEW_GAME', scenarioId, ...(seed !== null && /^\d+$/.test(seed) ? { seed: Number(seed) } : {}) });
    this.scene.stop();
  }
}
