// The benchmark's floor: a bare Phaser 4 page built with the same tooling, drawing one full-screen image (like the map).
import Phaser from 'phaser';

class BareScene extends Phaser.Scene {
  create(): void {
    const texture = this.textures.createCanvas('bare', 1280, 720);
    const ctx = texture!.getContext();
    ctx.fillStyle = '#c6dae8';
    ctx.fillRect(0, 0, 1280, 720);
    ctx.fillStyle = '#ebe7de';
    ctx.fillRect(100, 100, 1080, 520);
    texture!.refresh();
    this.add.image(0, 0, 'bare').setOrigin(0, 0);
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => ((window as unknown as { benchReady: number }).benchReady = performance.now()));
  }
}

(window as unknown as { game: Phaser.Game }).game = new Phaser.Game({
  type: Phaser.WEBGL, parent: 'game', width: 1280, height: 720, banner: false,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH }, scene: [BareScene],
});
