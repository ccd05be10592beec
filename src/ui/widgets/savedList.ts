// A scrollable list of saved games: each row loads (when it can), exports its raw text, or is deleted after asking.
import type Phaser from 'phaser';
import { t } from '../../i18n';
import { icon } from '../icons';
import { COLORS } from '../theme';
import type { SavedRow } from '../savedGames';
import type { Button, ButtonOptions } from './button';
import type { LabelStyle } from './text';

/** What the list draws with: the screen's own named, focusable buttons and labels (freed on redraw). */
export interface ListHost {
  button(name: string, x: number, y: number, options: ButtonOptions, onActivate: () => void): Button;
  text(x: number, y: number, text: string, style?: LabelStyle): Phaser.GameObjects.Text;
}

/** What the rows do. */
export interface ListActions {
  load(key: string): void;
  exportRaw(key: string): void;
  remove(row: SavedRow): void;
  scroll(first: number): void; // the first row to show
}

/** The geometry of the list. */
export interface ListBox {
  x: number;
  y: number;
  width: number;
  visible: number; // rows shown at once
  rowHeight: number;
}

/** The first row index that keeps `first` in range. */
export const clampFirst = (first: number, count: number, visible: number): number => Math.max(0, Math.min(first, Math.max(0, count - visible)));

/**
 * Draws rows `first … first+visible-1` with load, export and delete buttons, and a pager (up, down, "4–6 of 9") when
 * there are more rows than fit. Returns the height used.
 */
export function drawSavedList(host: ListHost, box: ListBox, rows: readonly SavedRow[], first: number, actions: ListActions): number {
  const start = clampFirst(first, rows.length, box.visible);
  const shown = rows.slice(start, start + box.visible);
  const small = box.rowHeight - 4;
  const mainWidth = box.width - 2 * (small + 6);
  shown.forEach((row, i) => {
    const y = box.y + i * box.rowHeight;
    host.button(`saved:${row.key}`, box.x, y, {
      width: mainWidth, height: small, text: row.text, align: 'left', disabled: !row.canLoad,
      textStyle: { size: 14, color: row.canLoad ? COLORS.ink : COLORS.bad },
    }, () => row.canLoad && actions.load(row.key));
    host.button(`saved-export:${row.key}`, box.x + mainWidth + 6, y, { width: small, height: small, icon: icon('download') }, () => actions.exportRaw(row.key));
    host.button(`saved-delete:${row.key}`, box.x + mainWidth + small + 12, y, { width: small, height: small, icon: icon('trash') }, () => actions.remove(row));
  });
  let used = shown.length * box.rowHeight;
  if (rows.length > box.visible) {
    const y = box.y + used;
    host.button('saved:up', box.x, y, { width: 44, height: 26, icon: icon('up'), disabled: start === 0 }, () => actions.scroll(start - box.visible));
    host.button('saved:down', box.x + 50, y, { width: 44, height: 26, icon: icon('down'), disabled: start + box.visible >= rows.length }, () => actions.scroll(start + box.visible));
    host.text(box.x + 104, y + 4, t('saves.more', { from: start + 1, to: start + shown.length, count: rows.length }), { size: 13, color: COLORS.inkSoft });
    used += 30;
  }
  return used;
}
