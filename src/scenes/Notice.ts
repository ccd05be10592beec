// Notice: the machine's error (a failed load, code, rewind or save) in words, with a button to dismiss it.
import { t } from '../i18n';
import type { GameContext } from '../machine/index';
import { machineErrorWords } from '../ui/machineErrorWords';
import { COLORS } from '../ui/theme';
import { fitLines } from '../ui/widgets/text';
import type { FocusOptions } from '../ui/widgets/focus';
import { ScreenScene } from './ScreenScene';
import { send } from './session';

/** A banner on top of every screen while the machine reports an error. */
export class NoticeScene extends ScreenScene {
  constructor() {
    super('Notice');
  }

  protected override focusOptions(): FocusOptions {
    return { onEscape: () => send({ type: 'DISMISS_ERROR' }) };
  }

  protected draw(_state: string, context: GameContext): void {
    if (!context.error) return;
    // A dimmed, interactive backdrop: the screen below waits until the notice is dismissed.
    this.keep(this.add.rectangle(0, 0, 1280, 720, COLORS.overlay, 0.45).setOrigin(0, 0).setInteractive());
    this.panel(240, 250, 800, 200, COLORS.panel, COLORS.bad, 3);
    this.text(270, 272, t('common.errorTitle'), { size: 22, bold: true, color: COLORS.bad });
    fitLines(this.text(270, 310, machineErrorWords(context.error), { size: 17, wrap: 740 }), 4);
    this.button('notice:dismiss', 880, 390, { width: 130, height: 44, text: t('common.dismiss'), primary: true }, () => send({ type: 'DISMISS_ERROR' }));
  }

  protected override initialFocus(): string {
    return 'notice:dismiss';
  }
}
