// A small DOM text prompt over the canvas (slot and branch names): a real <input>, so typing, IME and paste just work.
import { t } from '../i18n';

/** What the prompt asks: a heading, the starting value, the longest allowed answer. */
export interface TextEntryOptions {
  title: string;
  value: string;
  maxLength: number;
  confirm?: string;
}

/** The longest question or starting value shown (anything longer is cut: a prompt never grows with its input). */
const MAX_PROMPT = 400;

let open: HTMLElement | null = null;

/** Whether a prompt is showing (the game ignores its own keys meanwhile). */
export const textEntryOpen = (): boolean => open !== null;

/** The frame both prompts share: a modal backdrop with a form of a heading, fields, and Cancel / confirm buttons. */
interface Dialog {
  backdrop: HTMLElement;
  box: HTMLFormElement;
  ok: HTMLButtonElement;
  cancel: HTMLButtonElement;
  /** Removes the dialog and gives the keyboard back to the game; false if it was already closed (answer once). */
  close: () => boolean;
}

function openDialog(role: 'dialog' | 'alertdialog', heading: HTMLElement, title: string, fields: HTMLElement[], confirm: string): Dialog {
  open?.remove();
  const backdrop = document.createElement('div');
  backdrop.id = 'text-entry';
  backdrop.setAttribute('role', role);
  backdrop.setAttribute('aria-modal', 'true');
  const box = document.createElement('form');
  heading.textContent = title.slice(0, MAX_PROMPT); // textContent: never HTML
  const row = document.createElement('div');
  const ok = document.createElement('button');
  ok.type = 'submit';
  ok.textContent = confirm;
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.textContent = t('common.cancel');
  row.append(cancel, ok);
  box.append(heading, ...fields, row);
  backdrop.append(box);
  document.body.append(backdrop);
  open = backdrop;
  const close = (): boolean => {
    if (open !== backdrop) return false;
    open = null;
    backdrop.remove();
    document.querySelector<HTMLElement>('#game canvas')?.focus();
    return true;
  };
  return { backdrop, box, ok, cancel, close };
}

/** Asks for a line of text; resolves with the trimmed answer, or null if the player cancels (Esc or Cancel). */
export function askText(options: TextEntryOptions): Promise<string | null> {
  return new Promise((resolve) => {
    const heading = document.createElement('label');
    heading.htmlFor = 'text-entry-input';
    const input = document.createElement('input');
    input.id = 'text-entry-input';
    input.type = 'text';
    input.maxLength = options.maxLength;
    input.value = options.value.slice(0, options.maxLength);
    input.autocomplete = 'off';
    input.spellcheck = false;
    const { backdrop, box, cancel, close } = openDialog('dialog', heading, options.title, [input], options.confirm ?? t('common.ok'));
    const finish = (answer: string | null) => {
      if (close()) resolve(answer === null || answer.trim() === '' ? null : answer.trim());
    };
    box.addEventListener('submit', (e) => {
      e.preventDefault();
      finish(input.value);
    });
    cancel.addEventListener('click', () => finish(null));
    backdrop.addEventListener('pointerdown', (e) => {
      if (e.target === backdrop) finish(null);
    });
    input.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Escape') finish(null);
    });
    input.focus();
    input.select();
  });
}

/** Asks a yes/no question (e.g. "Replace the saved game?"); resolves true only when the player confirms. */
export function askConfirm(options: { title: string; confirm: string }): Promise<boolean> {
  return new Promise((resolve) => {
    const { backdrop, box, ok, cancel, close } = openDialog('alertdialog', document.createElement('p'), options.title, [], options.confirm);
    ok.id = 'confirm-yes';
    cancel.id = 'confirm-no';
    const finish = (answer: boolean) => {
      if (close()) resolve(answer);
    };
    box.addEventListener('submit', (e) => {
      e.preventDefault();
      finish(true);
    });
    cancel.addEventListener('click', () => finish(false));
    backdrop.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Escape') finish(false);
    });
    cancel.focus(); // the safe answer is the default
  });
}
