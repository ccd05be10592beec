// Opening the policy lab and the comparison of two lines from any screen: their code loads on the first click
// (it needs the sim and the machine), and each sheet offers the other.
import { snapshot } from '../scenes/session';

/** Opens the policy lab over the current screen (`lab:open`). */
export function openLabSheet(): void {
  void import('./dom/labView').then((m) => m.openLab(snapshot().context, openCompareSheet));
}

/** Opens the comparison of two of the player's lines over the current screen (`compare:open`). */
export function openCompareSheet(): void {
  void import('./dom/compareView').then((m) => m.openCompare(snapshot().context, openLabSheet));
}

/** Opens the comparison of the current line against `branchId` (the debrief's "Compare with …" buttons). */
export function openCompareWith(branchId: string): void {
  void import('./dom/compareView').then((m) => m.openCompare(snapshot().context, openLabSheet, branchId));
}
