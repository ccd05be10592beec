// The menu's view of saved games: one row per entry (autosave, kept earlier games, slots) with what the player can do.
import { t } from '../i18n';
import type { SavedEntry } from '../machine/savedGames';
import { dateLabel } from './format';
import { machineErrorWords } from './machineErrorWords';

/** One row of the saved-games list. */
export interface SavedRow {
  key: string; // storage key, for LOAD_SAVED / DELETE_SAVED / export
  text: string; // what the row says
  canLoad: boolean; // false for damaged or newer-version saves: they can only be exported or deleted
  problem: string | null; // the reason a save cannot be opened, in words
  name: string; // what the delete question calls it
}

/** The rows to list: every kept earlier game and slot, and the autosave too when Continue cannot open it. */
export function savedRows(entries: readonly SavedEntry[], titleOf: (scenarioId: string) => string): SavedRow[] {
  return entries
    .filter((e) => e.kind !== 'autosave' || !e.summary.ok)
    .map((e) => {
      const label = e.kind === 'slot' ? e.name : t(`saves.${e.kind}`);
      if (!e.summary.ok) {
        const state = e.summary.error.code === 'saveNewer' ? t('saves.newer') : t('saves.damaged');
        return { key: e.key, text: `${label} — ${state}`, canLoad: false, problem: machineErrorWords(e.summary.error), name: label };
      }
      const s = e.summary;
      const shared = s.origin === 'shared' ? ` · ${t('saves.shared')}` : '';
      // A slot's own name already says the scenario (and usually the date); kept games need the title.
      const date = dateLabel(s.date);
      const what = e.kind === 'slot' ? (e.name.includes(s.date) || e.name.includes(date) ? '' : ` — ${date}`) : `: ${titleOf(s.scenarioId)} — ${date}`;
      return { key: e.key, text: `${label}${what}${shared}`, canLoad: true, problem: null, name: label };
    });
}
