// Menu: title, new game with the scenario list, continue, saved games, scenario files, language and how to play.
import Phaser from 'phaser';
import { largeText, setLargeText } from '../ui/settings';
import { LANGUAGES, language, loadLanguage, setLanguage, t, textOf, type Language } from '../i18n';
import { dateLabel } from '../ui/format';
import type { GameContext, SaveSummary } from '../machine/index';
import { exportText } from '../ui/exportText';
import { clearFileStatus, fileStatus, onFileStatus, openFilePicker, refreshDropText } from '../ui/fileLoad';
import { icon } from '../ui/icons';
import { machineErrorWords } from '../ui/machineErrorWords';
import { savedRows, type SavedRow } from '../ui/savedGames';
import { COLORS } from '../ui/theme';
import { askConfirm } from '../ui/textEntry';
import { clampFirst, drawSavedList } from '../ui/widgets/savedList';
import { fitLines, fitWidth, shrinkToWidth } from '../ui/widgets/text';
import type { FocusOptions } from '../ui/widgets/focus';
import { ScreenScene } from './ScreenScene';
import { loadFonts } from '../ui/fonts';
import { send, session } from './session';
import { isLessonScenarioId } from '../lesson/lessonId';
import { openLabSheet } from '../ui/labEntry';

type Mode = 'home' | 'scenarios';

/** The main menu. */
export class MenuScene extends ScreenScene {
  private mode: Mode = 'home';
  private chosen: string | null = null;
  private listFirst = 0; // first saved game shown in the scrolling list
  private listCount = 0;

  constructor() {
    super('Menu');
  }

  init(): void {
    this.mode = 'home';
    this.chosen = null;
    this.listFirst = 0;
  }

  protected override focusOptions(): FocusOptions {
    return { onEscape: () => this.setMode('home') };
  }

  protected override setup(): void {
    this.cameras.main.setBackgroundColor(COLORS.paper);
    const stop = onFileStatus(() => this.refresh());
    // The mouse wheel over the saved games scrolls them one row at a time.
    this.input.on('wheel', (pointer: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
      if (pointer.x > 560 || pointer.y < 470 || pointer.y > 630 || dy === 0) return;
      const next = clampFirst(this.listFirst + Math.sign(dy), this.listCount, SAVED_ROWS);
      if (next !== this.listFirst) this.scrollTo(next);
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      stop();
      clearFileStatus();
    });
  }

  private setMode(mode: Mode): void {
    this.mode = mode;
    this.refresh();
    if (mode === 'scenarios') this.nav.focusName(this.chosen ? `scenario:${this.chosen}` : 'menu:start');
  }

  protected draw(_state: string, context: GameContext): void {
    this.drawMenu(context);
  }

  /** Before the game core has loaded: the same menu, without the saved games (it redraws with them in a moment). */
  protected override drawWithoutSession(): void {
    this.drawMenu(null);
  }

  /** Switches the language once its strings and letters have loaded, then redraws. */
  private switchLanguage(lang: Language): void {
    void Promise.all([loadLanguage(lang), loadFonts(lang)]).then(() => {
      setLanguage(lang);
      refreshDropText();
      if (this.sys.isActive()) this.refresh();
    });
  }

  private drawMenu(context: GameContext | null): void {
    const x = 80;
    shrinkToWidth(this.text(x, 56, t('app.title'), { size: 64, bold: true }), 480, 40);
    this.text(x, 136, t('app.subtitle'), { size: 22, color: COLORS.inkSoft, wrap: 460 });
    this.keep(this.add.rectangle(x, 196, 440, 3, COLORS.ink).setOrigin(0, 0));

    this.button('menu:new-game', x, 220, { width: 440, height: 56, text: t('menu.newGame'), primary: true, icon: icon('play'), textStyle: { size: 22, bold: true } }, () => this.setMode('scenarios'));
    const saved = context ? session().machine.autosaveInfo(session().storage) : null;
    const canContinue = !!saved?.ok;
    this.button('menu:continue', x, 288, { width: 440, height: 50, text: t('menu.continue'), disabled: !canContinue, icon: icon('rewind'), textStyle: { size: 20, bold: true } }, () => send({ type: 'CONTINUE' }));
    // The autosave's own line: what Continue opens, or why it cannot (a damaged or newer-version save says so).
    if (context) fitLines(this.text(x, 342, saved ? describeSave(saved, context) : t('menu.continueNone'), { size: 14, color: saved && !saved.ok ? COLORS.bad : COLORS.inkSoft, wrap: 440 }), 1);
    this.button('menu:load-file', x, 372, { width: 440, height: 44, text: t('menu.loadFile'), icon: icon('upload') }, () => openFilePicker());
    this.text(x, 420, t('menu.dropHint'), { size: 14, color: COLORS.inkSoft });

    this.text(x, 456, t('saves.heading'), { size: 16, bold: true });
    const rows = context ? savedRows(session().machine.listSavedGames(session().storage), (id) => (Object.hasOwn(context.catalog, id) ? textOf(context.catalog[id]?.title) : '') || id) : [];
    this.listCount = rows.length;
    this.listFirst = clampFirst(this.listFirst, rows.length, SAVED_ROWS);
    if (context && rows.length === 0) this.text(x, 480, t('saves.none'), { size: 14, color: COLORS.inkSoft });
    drawSavedList({ button: (...a) => this.button(...a), text: (...a) => this.text(...a) }, { x, y: 480, width: 440, visible: SAVED_ROWS, rowHeight: 38 }, rows, this.listFirst, {
      load: (key) => send({ type: 'LOAD_SAVED', key }),
      exportRaw: (key) => {
        const raw = session().machine.rawSave(session().storage, key);
        if (raw !== null) exportText(key, raw);
      },
      remove: (row) => void this.remove(row),
      scroll: (first) => this.scrollTo(first),
    });

    this.text(x, 646, t('lang.label'), { size: 14, color: COLORS.inkSoft }).setOrigin(0, 0.5);
    LANGUAGES.forEach((lang, i) => {
      this.button(`lang:${lang}`, x + 90 + i * 120, 630, { width: 110, height: 32, text: (lang === language() ? '✓ ' : '') + t(`lang.${lang}`), selected: lang === language(), textStyle: { size: 15 } }, () => this.switchLanguage(lang));
    });
    // Larger text for projectors and distant screens, remembered in this browser.
    const large = largeText();
    this.button('settings:large-text', x + 90, 670, { width: 350, height: 32, text: t('settings.largeText', { state: t(large ? 'settings.on' : 'settings.off') }), selected: large, textStyle: { size: 15 } }, () => {
      setLargeText(!large);
      this.refresh();
    });
    if (context?.storageFull) fitWidth(this.text(x, 706, t('saves.full'), { size: 14, color: COLORS.bad }), 500);
    else if (context?.saveStatus === 'off') this.text(x, 706, t('menu.saveOff'), { size: 14, color: COLORS.bad });

    this.panel(600, 56, 600, 608, COLORS.panel, COLORS.rule);
    this.drawClassroomRow(context);
    // The policy lab: strategies played over many futures, side by side (a DOM sheet, with the game core).
    this.button('lab:open', 1000, 72, { width: 184, height: 40, text: t('lab.menu'), icon: icon('chart'), disabled: !context, textStyle: { size: 15 } }, openLabSheet);
    if (this.mode === 'scenarios') this.drawScenarios(context);
    else this.drawHowTo();
  }

  /** Shows another page of saved games, keeping the keyboard focus in the list. */
  private scrollTo(first: number): void {
    this.listFirst = clampFirst(first, this.listCount, SAVED_ROWS);
    this.refresh();
  }

  /** Deletes a saved game after the player confirms (a damaged or newer-version save is kept until then). */
  private async remove(row: SavedRow): Promise<void> {
    if (!(await askConfirm({ title: t('saves.deleteAsk', { name: row.name }), confirm: t('saves.delete') }))) return;
    if (!this.sys.isActive()) return;
    send({ type: 'DELETE_SAVED', key: row.key });
    this.refresh();
  }

  /**
   * Under the panel: open a shared game, set up a lesson, the class view (DOM sheets over the game). Their code comes
   * with the game core (they need the sim and the machine), so the buttons wait for it and load each sheet on a click.
   */
  private drawClassroomRow(context: GameContext | null): void {
    const row: [string, string, string, () => void][] = [
      ['menu:open-shared', t('shared.menu'), 'link', () => void import('../ui/dom/openShared').then((m) => m.openSharedGame(session().actor))],
      ['menu:lesson', t('lesson.menu'), 'book', () => void import('../ui/dom/lessonSetup').then((m) => context && m.openLessonSetup(context.catalog))],
      ['menu:class', t('classView.menu'), 'users', () => void import('../ui/dom/classView').then((m) => context && m.openClassView(context.catalog))],
    ];
    row.forEach(([name, label, glyph, act], i) => {
      this.button(name, 600 + i * 204, 674, { width: 196, height: 38, text: label, icon: icon(glyph), disabled: !context, textStyle: { size: 15 } }, act);
    });
  }

  private drawHowTo(): void {
    const x = 632;
    const status = fileStatus();
    if (status && !status.ok) {
      this.drawFileStatus(x, 84, 640);
      return;
    }
    this.keep(this.add.image(x + 12, 94, icon('book')).setDisplaySize(24, 24));
    this.text(x + 34, 80, t('menu.howTitle'), { size: 26, bold: true });
    let y = 130;
    ['how1', 'how2', 'how3', 'how4'].forEach((k, i) => {
      this.text(x, y, `${i + 1}`, { size: 28, bold: true, color: COLORS.accent });
      const p = this.text(x + 34, y + 4, t(`menu.${k}`), { size: 18, wrap: 500, lineSpacing: 4 });
      y += Math.max(44, p.height) + 20;
    });
    this.text(x, y + 4, t('menu.keys'), { size: 15, color: COLORS.inkSoft, wrap: 530 });
    this.drawFileStatus(x, y + 44, 640);
  }

  /** The last file load's outcome: a heading and located problems, as many as fit above `bottom`. */
  private drawFileStatus(x: number, y: number, bottom: number): void {
    const status = fileStatus();
    if (!status) return;
    const head = this.text(x, y, status.heading, { size: 17, bold: true, color: status.ok ? COLORS.good : COLORS.bad, wrap: 530 });
    y += head.height + 8;
    status.lines.forEach((line, i) => {
      if (y > bottom - 40) {
        if (y < bottom) this.text(x + 12, y, t('plan.more', { count: status.lines.length - i }), { size: 14, color: COLORS.inkSoft });
        y = bottom + 1;
        return;
      }
      const o = this.text(x + 12, y, `• ${line}`, { size: 14, wrap: 520 });
      y += o.height + 4;
    });
  }

  private drawScenarios(context: GameContext | null): void {
    const x = 632;
    this.text(x, 80, t('menu.chooseScenario'), { size: 26, bold: true });
    if (!context) {
      this.text(x, 126, t('load.scenarios'), { size: 18, color: COLORS.inkSoft });
      return;
    }
    const entries = Object.values(context.catalog).filter((s) => !isLessonScenarioId(s.id));
    let y = 126;
    const cardH = Math.min(100, Math.floor(464 / Math.max(1, entries.length)) - 8);
    for (const s of entries.slice(0, 6)) {
      const chosen = this.chosen === s.id;
      const length = t(s.turnLength === 'quarter' ? 'menu.quarter' : 'menu.half');
      this.button(`scenario:${s.id}`, x, y, { width: 536, height: cardH, selected: chosen, fill: chosen ? COLORS.panelAlt : COLORS.panel }, () => {
        this.chosen = s.id;
        this.refresh();
      });
      const ink = COLORS.ink;
      fitWidth(this.text(x + 14, y + 8, `${chosen ? '✓ ' : ''}${textOf(s.title)}`, { size: 19, bold: true, color: ink }), 510);
      this.text(x + 14, y + 32, t('menu.turns', { count: s.turns, length }), { size: 14, color: COLORS.accent, bold: true });
      // The summary in as many whole lines as the card holds, ending with an ellipsis if cut (never mid-word).
      const summary = this.text(x + 14, y + 50, textOf(s.summary), { size: 14, color: COLORS.inkSoft, wrap: 510, lineSpacing: 0 });
      fitLines(summary, Math.max(1, Math.floor((cardH - 52) / 16)));
      y += cardH + 8;
    }
    this.drawFileStatus(x, y + 4, 590);
    this.button('menu:start', x, 600, { width: 260, height: 48, text: t('menu.start'), primary: true, disabled: !this.chosen, icon: icon('play'), textStyle: { size: 20, bold: true } }, () => {
      if (this.chosen) send({ type: 'NEW_GAME', scenarioId: this.chosen });
    });
    this.button('menu:back', x + 276, 600, { width: 160, height: 48, text: t('menu.back') }, () => this.setMode('home'));
  }
}

/** Saved games shown at once in the menu's list (more scroll). */
const SAVED_ROWS = 3;

/** "Title — 2023-Q1" for the autosave (a link's game says so; a damaged or newer-version save says why it cannot open). */
function describeSave(s: SaveSummary, context: GameContext): string {
  if (!s.ok) return machineErrorWords(s.error);
  const title = (Object.hasOwn(context.catalog, s.scenarioId) ? textOf(context.catalog[s.scenarioId]?.title) : '') || s.scenarioId;
  return t(s.origin === 'shared' ? 'saves.continueShared' : 'menu.continueInfo', { title, date: dateLabel(s.date) });
}
