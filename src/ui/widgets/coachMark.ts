// One coach mark: an outline around what it explains and a short note with Next and Skip (named coach:next, coach:skip).
import type Phaser from 'phaser';
import { t } from '../../i18n';
import { COACH_PLACES, COACH_STEPS, type CoachStep } from '../coach';
import { COLORS } from '../theme';
import { Button } from './button';
import { label } from './text';

/** Draws the mark for `step`; returns everything it made so the caller can free it on redraw. */
export function drawCoachMark(scene: Phaser.Scene, step: CoachStep, onNext: () => void, onSkip: () => void): Phaser.GameObjects.GameObject[] {
  const made: Phaser.GameObjects.GameObject[] = [];
  const { target, note } = COACH_PLACES[step];
  made.push(scene.add.rectangle(target.x, target.y, target.w, target.h).setOrigin(0, 0).setStrokeStyle(4, COLORS.focus).setName('coach:target'));
  const n = COACH_STEPS.indexOf(step) + 1;
  const pad = 16;
  const bg = scene.add.rectangle(note.x, note.y, note.w, 10, COLORS.ink).setOrigin(0, 0).setStrokeStyle(3, COLORS.focus);
  made.push(bg);
  const counter = label(scene, note.x + pad, note.y + pad, t('coach.step', { n, total: COACH_STEPS.length }), { size: 14, bold: true, color: COLORS.focus });
  const body = label(scene, note.x + pad, counter.y + counter.height + 6, t(`coach.${step}`), { size: 17, color: 0xffffff, wrap: note.w - 2 * pad, lineSpacing: 4 });
  made.push(counter, body);
  const by = body.y + body.height + 14;
  const last = n === COACH_STEPS.length;
  made.push(new Button(scene, 'coach:next', note.x + note.w - pad - 130, by, { width: 130, height: 38, text: t(last ? 'coach.done' : 'coach.next'), textStyle: { size: 16, bold: true } }, onNext));
  if (!last) made.push(new Button(scene, 'coach:skip', note.x + pad, by, { width: 220, height: 38, text: t('coach.skip'), textStyle: { size: 15 } }, onSkip));
  bg.setSize(note.w, by + 38 + pad - note.y);
  bg.setStrokeStyle(3, COLORS.focus);
  return made;
}
