// The scenario's goals in view during play: each goal met or not yet, with the number it depends on now.
import Phaser from 'phaser';
import { t, textOf } from '../../i18n';
import { valueAt } from '../format';
import type { GoalCheck, GoalProgress } from '../goalProgress';
import { goalsMet } from '../goalProgress';
import { pathLabel } from '../labels';
import { COLORS } from '../theme';
import { label } from './text';

const SYMBOL: Record<GoalCheck['op'], string> = { gte: '≥', lte: '≤', gt: '>', lt: '<', eq: '=', ne: '≠' };
const NEGATED: Record<GoalCheck['op'], string> = { gte: '<', lte: '>', gt: '≤', lt: '≥', eq: '≠', ne: '=' };

/** "Social stability 62 (need ≥ 50)": a comparison in words, with its value now and the bound it must keep. */
export function checkLine(check: GoalCheck): string {
  const now = check.now === null ? t('goals.noValue') : valueAt(check.path, check.now);
  const bound = `${(check.negated ? NEGATED : SYMBOL)[check.op]} ${valueAt(check.path, check.target)}`;
  return t('goals.check', { what: pathLabel(check.path), now, bound });
}

/** Options of the panel: where its bottom-right corner sits, how wide it is, and whether it shows the goals' full text. */
export interface GoalsPanelOptions {
  right: number;
  bottom: number;
  width: number;
  expanded: boolean;
  onToggle: () => void;
}

/**
 * A panel named `goals:panel`: a title with how many goals are met now, one line per goal (✓ met, ○ not yet)
 * with the number it depends on, and a note on when the debrief judges them. Clicking it shows or hides each
 * goal's full text.
 */
export class GoalsPanel extends Phaser.GameObjects.Container {
  /** The world the panel was drawn for (the scene redraws it only when this changes). */
  world: unknown = null;

  constructor(scene: Phaser.Scene, progress: readonly GoalProgress[], readonly options: GoalsPanelOptions) {
    super(scene, 0, 0);
    this.setName('goals:panel');
    const { width } = options;
    const pad = 10;
    const bg = scene.add.rectangle(0, 0, width, 10, COLORS.panel, 0.96).setOrigin(0, 0).setStrokeStyle(1.5, COLORS.ink);
    this.add(bg);
    let y = pad;
    const line = (text: string, style: Parameters<typeof label>[4], indent = 0) => {
      const o = label(scene, pad + indent, y, text, { wrap: width - 2 * pad - indent, ...style });
      this.add(o);
      y += o.height + 3;
      return o;
    };
    const { met, total } = goalsMet(progress);
    line(t('goals.title', { met, total }), { size: 16, bold: true });
    for (const goal of progress) {
      const mark = goal.met ? '✓' : '○';
      const colour = goal.met ? COLORS.good : COLORS.ink;
      if (options.expanded) line(`${mark} ${textOf(goal.text)}`, { size: 14, bold: true, color: colour });
      for (const check of goal.checks) {
        const text = checkLine(check);
        line(options.expanded ? text : `${mark} ${text}`, { size: 14, color: options.expanded ? COLORS.inkSoft : colour, bold: !options.expanded && goal.met }, options.expanded ? 18 : 0);
      }
    }
    line(`${t('goals.judged')} ${t(options.expanded ? 'goals.less' : 'goals.more')}`, { size: 14, italic: true, color: COLORS.inkSoft });
    const height = y + pad - 3;
    bg.setSize(width, height);
    bg.setStrokeStyle(1.5, COLORS.ink);
    // Like a Button: the container sits at its centre (where Phaser centres its hit area), children around it.
    for (const child of this.list as (Phaser.GameObjects.GameObject & Phaser.GameObjects.Components.Transform)[]) {
      child.x -= width / 2;
      child.y -= height / 2;
    }
    this.setPosition(options.right - width / 2, options.bottom - height / 2);
    this.setSize(width, height);
    this.setInteractive({ useHandCursor: true });
    this.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => queueMicrotask(() => options.onToggle()));
    scene.add.existing(this);
  }

  /** Keyboard activation (Enter/Space on focus) does what a click does. */
  activate(): void {
    queueMicrotask(() => this.options.onToggle());
  }
}
