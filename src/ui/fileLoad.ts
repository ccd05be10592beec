// Loading a scenario file: the hidden <input type=file> and drag-and-drop onto the page, with located errors for the menu.
import { t, textOf } from '../i18n';
import type { GameActor } from '../scenes/session';

/** What the last file load said: nothing yet, a success line, or a heading with located problems (plain text). */
export interface FileStatus {
  ok: boolean;
  heading: string;
  lines: string[];
}

let status: FileStatus | null = null;
const listeners = new Set<(s: FileStatus | null) => void>();

/** The last file load's outcome. */
export const fileStatus = (): FileStatus | null => status;

/** Listens to file-load outcomes; returns the function that stops listening. */
export function onFileStatus(listener: (s: FileStatus | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function publish(next: FileStatus | null): void {
  status = next;
  listeners.forEach((l) => l(next));
}

/** Shows a message in the menu's status panel (e.g. why a lesson link could not start). */
export const showFileStatus = (next: FileStatus): void => publish(next);

/** Clears the message (e.g. when the menu is left). */
export const clearFileStatus = (): void => publish(null);

/** Reads one file, parses it, and adds the scenario to the game's catalog or reports why not. */
export async function loadFile(actor: GameActor, file: File): Promise<void> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    publish({ ok: false, heading: t('menu.fileUnreadable', { file: file.name }), lines: [] });
    return;
  }
  const { parseScenarioFile } = await import('./scenarioList'); // the validator (zod) is not part of the first screen
  const parsed = parseScenarioFile(text, file.name);
  if (!parsed.ok) {
    publish({ ok: false, heading: t('menu.fileErrors', { file: file.name }), lines: parsed.error });
    return;
  }
  actor.send({ type: 'ADD_SCENARIO', scenario: parsed.value });
  publish({ ok: true, heading: t('menu.fileLoaded', { title: textOf(parsed.value.title) }), lines: [] });
}

/** Opens the browser's file picker. */
export function openFilePicker(): void {
  (document.getElementById('scenario-file') as HTMLInputElement | null)?.click();
}

/** Words the drag-and-drop overlay in the current language (again after a language switch). */
export function refreshDropText(): void {
  const drop = document.getElementById('drop');
  if (drop) drop.textContent = t('menu.dropOverlay'); // textContent: never HTML
}

/** Wires the hidden input and page-wide drag-and-drop to `loadFile` (once, at start-up). */
export function installFileLoading(actor: GameActor): void {
  const input = document.getElementById('scenario-file') as HTMLInputElement | null;
  refreshDropText();
  input?.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void loadFile(actor, file);
    input.value = '';
  });
  let depth = 0;
  window.addEventListener('dragenter', (e) => {
    e.preventDefault();
    depth++;
    document.body.classList.add('dragging');
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) document.body.classList.remove('dragging');
  });
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    document.body.classList.remove('dragging');
    const file = e.dataTransfer?.files?.[0];
    if (file) void loadFile(actor, file);
  });
}
