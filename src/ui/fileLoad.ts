// Loading a scenario file: the hidden <input type=file> and drag-and-drop onto the page, with located errors for the menu.
import { t, textOf } from '../i18n';
import type { GameActor } from '../scenes/session';
import { clip } from './widgets/text';

/** Largest file read at all (the parser's own limit is 1,000,000 characters); bigger files are refused unread. */
const MAX_FILE_BYTES = 2_000_000;

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
  if (file.size > MAX_FILE_BYTES) {
    publish({ ok: false, heading: t('menu.fileErrors', { file: file.name.slice(0, 80) }), lines: [t('saves.fileTooLarge', { max: MAX_FILE_BYTES / 1_000_000 })] });
    return;
  }
  try {
    text = await file.text();
  } catch {
    publish({ ok: false, heading: t('menu.fileUnreadable', { file: file.name }), lines: [] });
    return;
  }
  const { parseScenarioFile } = await import('./scenarioList'); // the validator (zod) is not part of the first screen
  const name = file.name.slice(0, 80);
  const parsed = parseScenarioFile(text, name);
  const inMenu = actor.getSnapshot().value === 'menu';
  if (!parsed.ok) {
    publish({ ok: false, heading: t('menu.fileErrors', { file: name }), lines: parsed.error });
    // Outside the menu the file panel is not on screen: the machine's notice says what happened instead.
    if (!inMenu) actor.send({ type: 'FILE_REFUSED', file: name, problems: parsed.error.length });
    return;
  }
  actor.send({ type: 'ADD_SCENARIO', scenario: parsed.value });
  if (actor.getSnapshot().context.error?.code === 'scenarioInPlay') return; // refused: the notice says why
  publish({ ok: true, heading: t('menu.fileLoaded', { title: clip(textOf(parsed.value.title), 60) }), lines: [] });
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
