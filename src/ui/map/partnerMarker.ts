// A partner's marker: flag, name, a relation gauge (−100…+100), an optional bubble for the lens, and Russia's alarm.
import Phaser from 'phaser';
import type { PowerId } from '../../sim/ids';
import { OKABE_ITO, radiusForValue } from './mapStyle';
import { textStyle } from './mapWidgets';
import type { PartnerVisual } from './mapModel';

/** flag-icons country codes for each power (the Gulf is shown with the UAE's flag). */
export const FLAG_CODE: Record<PowerId, string> = { russia: 'ru', china: 'cn', eu: 'eu', us: 'us', turkey: 'tr', azerbaijan: 'az', gulf: 'ae' };

/** Texture key of a power's flag. */
export const flagKey = (id: PowerId) => `map-flag-${FLAG_CODE[id]}`;

/** Direction an edge marker's arrow points (towards a partner beyond the map). */
export type EdgeDirection = 'west' | 'south' | null;

/** One marker; refresh() only changes numbers, sizes and visibility, never recreates objects. */
export class PartnerMarker extends Phaser.GameObjects.Container {
  private readonly bubble: Phaser.GameObjects.Arc;
  private readonly bubbleText: Phaser.GameObjects.Text;
  private readonly card: Phaser.GameObjects.Rectangle;
  private readonly gauge: Phaser.GameObjects.Graphics;
  private readonly value: Phaser.GameObjects.Text;
  private readonly alarm: Phaser.GameObjects.Text | null;
  private flag: Phaser.GameObjects.Image | null = null;
  private readonly s: number;
  private readonly cardW: number;
  private readonly cardH: number;

  constructor(scene: Phaser.Scene, readonly power: PowerId, x: number, y: number, size: number, title: string, private readonly edge: EdgeDirection) {
    super(scene, x, y);
    this.s = size;
    const isRussia = power === 'russia';
    this.cardW = size * (isRussia ? 11 : 9.2);
    this.cardH = size * (isRussia ? 4.3 : 2.9);
    this.bubble = scene.add.circle(0, 0, 10, OKABE_ITO.skyBlue, 0.35).setStrokeStyle(2, OKABE_ITO.blue, 0.9).setVisible(false);
    this.bubbleText = scene.add.text(0, 0, '', textStyle(size, '#0b3d63', true)).setOrigin(0.5, 0).setVisible(false);
    this.card = scene.add.rectangle(0, 0, this.cardW, this.cardH, 0xffffff, 0.93).setStrokeStyle(1.5, 0x6b6558);
    const name = scene.add.text(-this.cardW / 2 + size * 2.4, -this.cardH / 2 + size * 0.3, title, textStyle(size, '#1f2328', true));
    this.gauge = scene.add.graphics();
    this.value = scene.add.text(this.cardW / 2 - size * 0.4, -this.cardH / 2 + size * 1.35, '', textStyle(size * 0.9, '#1f2328')).setOrigin(1, 0);
    this.alarm = isRussia ? scene.add.text(-this.cardW / 2 + size * 0.4, -this.cardH / 2 + size * 2.75, '', textStyle(size * 0.95, '#8f3a00', true)) : null;
    const arrow = scene.add.graphics();
    if (edge) {
      arrow.fillStyle(0x6b6558, 1);
      const w = this.cardW / 2;
      const h = this.cardH / 2;
      if (edge === 'west') arrow.fillTriangle(-w - size * 1.1, 0, -w - 1, -size * 0.7, -w - 1, size * 0.7);
      else arrow.fillTriangle(0, h + size * 1.1, -size * 0.7, h + 1, size * 0.7, h + 1);
    }
    this.add([this.bubble, this.bubbleText, arrow, this.card, name, this.gauge, this.value]);
    if (this.alarm) this.add(this.alarm);
    this.setName(`partner:${power}`).setSize(this.cardW, this.cardH);
    this.setInteractive({ useHandCursor: true });
    scene.add.existing(this);
    this.attachFlag();
  }

  /** Adds the flag once its texture is in the texture manager (it may arrive after the marker is built). */
  attachFlag(): void {
    if (this.flag || !this.scene.textures.exists(flagKey(this.power))) return;
    const h = this.s * 1.2;
    this.flag = this.scene.add.image(-this.cardW / 2 + this.s * 0.4, -this.cardH / 2 + this.s * 0.45, flagKey(this.power))
      .setOrigin(0, 0).setDisplaySize(h * 4 / 3, h);
    this.addAt(this.flag, 4);
  }

  /** Draws the relation gauge, the alarm line (Russia) and the lens bubble. */
  refresh(visual: PartnerVisual, alarm: number, alarmText: string, emphasis: number): void {
    const s = this.s;
    const left = -this.cardW / 2 + s * 0.4;
    const top = -this.cardH / 2 + s * 1.75;
    const width = this.cardW - s * 3.6;
    const mid = left + width / 2;
    const r = Math.max(-100, Math.min(100, visual.relation));
    this.gauge.clear();
    this.gauge.fillStyle(0xe4e0d6).fillRect(left, top, width, s * 0.55);
    this.gauge.fillStyle(r >= 0 ? OKABE_ITO.blue : OKABE_ITO.vermillion);
    const span = (width / 2) * (Math.abs(r) / 100);
    this.gauge.fillRect(r >= 0 ? mid : mid - span, top, span, s * 0.55);
    this.gauge.lineStyle(1.5, 0x1f2328).lineBetween(mid, top - 2, mid, top + s * 0.55 + 2);
    this.value.setText(`${r > 0 ? '+' : ''}${Math.round(r)}`);
    if (this.alarm) {
      const high = alarm >= 60;
      const y = -this.cardH / 2 + s * 3.9;
      this.gauge.fillStyle(0xe4e0d6).fillRect(left, y, this.cardW - s * 0.8, s * 0.3);
      this.gauge.fillStyle(high ? OKABE_ITO.vermillion : OKABE_ITO.orange).fillRect(left, y, ((this.cardW - s * 0.8) * Math.min(100, alarm)) / 100, s * 0.3);
      this.alarm.setText(`${high ? '⚠ ' : ''}${alarmText}`);
      this.card.setStrokeStyle(high ? 3 : 1.5, high ? OKABE_ITO.vermillion : 0x6b6558);
    }
    const showBubble = visual.bubbleValue > 0;
    this.bubble.setVisible(showBubble);
    this.bubbleText.setVisible(showBubble);
    if (showBubble) {
      const radius = radiusForValue(visual.bubbleValue, visual.bubbleLabel.endsWith('%') ? 2 : 1, s / 12);
      this.bubble.setRadius(radius);
      this.bubble.setPosition(0, this.cardH / 2 + radius + s * 0.2);
      this.bubbleText.setText(visual.bubbleLabel).setPosition(0, this.cardH / 2 + radius * 2 + s * 0.3);
    }
    this.setAlpha(emphasis);
  }
}
