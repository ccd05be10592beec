// Entry point: waits for the font, starts the game actor and the Phaser game, and exposes window.kz for tests.
import '@fontsource/pt-sans/400.css';
import '@fontsource/pt-sans/700.css';
import Phaser from 'phaser';
import { browserStorage, createGameActor } from './machine/index';
import { stateHash } from './sim/index';
import type { ScenarioData } from './sim/scenarioData';
import { BootScene } from './scenes/Boot';
import { BriefingScene } from './scenes/Briefing';
import { DebriefScene } from './scenes/Debrief';
import { DecisionScene } from './scenes/Decision';
import { GameScene } from './scenes/Game';
import { MenuScene } from './scenes/Menu';
import { NoticeScene } from './scenes/Notice';
import { ReportScene } from './scenes/Report';
import { setSession, type GameActor } from './scenes/session';
import { bundledScenarioList } from './ui/scenarioList';
import { COLORS, HEIGHT, WIDTH } from './ui/theme';
import { installFileLoading } from './ui/fileLoad';
import type { PublishedExplanation } from './ui/widgets/explanationPanel';
import { applyLanguageParam, prepareForSaves } from './ui/lessonLaunch';
import './ui/dom/dom.css';

declare global {
  interface Window {
    kz: { game: Phaser.Game; actor: GameActor; stateHash: () => string | null; explanation?: PublishedExplanation };
  }
}

/** A fresh random seed for new games (the sim itself never draws from the browser). */
const randomSeed = (): number => crypto.getRandomValues(new Uint32Array(1))[0];

async function main(): Promise<void> {
  // Latin, Cyrillic and Kazakh subsets of both weights, so no text is measured in a fallback font.
  const sample = 'Aa Яя Ққ Әә Үү Ұұ Өө Ғғ Ңң Һһ І і';
  await Promise.all([document.fonts.load('16px "PT Sans"', sample), document.fonts.load('bold 16px "PT Sans"', sample)]).catch(() => undefined);
  applyLanguageParam(window.location.search);
  const scenarios = bundledScenarioList();
  const catalog: Record<string, ScenarioData> = Object.fromEntries(scenarios.map((s) => [s.id, s.data]));
  const storage = browserStorage();
  const actor = createGameActor({ catalog, storage, seed: randomSeed });
  setSession({ actor, storage, scenarios });
  installFileLoading(actor);
  prepareForSaves(actor, storage);
  const game = new Phaser.Game({
    type: Phaser.WEBGL,
    parent: 'game',
    backgroundColor: COLORS.paper,
    width: WIDTH,
    height: HEIGHT,
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, width: WIDTH, height: HEIGHT },
    render: { antialias: true },
    banner: false,
    scene: [BootScene, MenuScene, GameScene, DebriefScene, BriefingScene, DecisionScene, ReportScene, NoticeScene],
  });
  window.kz = {
    game,
    actor,
    stateHash: () => {
      const world = actor.getSnapshot().context.world;
      return world ? stateHash(world) : null;
    },
  };
}

void main();
