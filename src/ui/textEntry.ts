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

/** Asks for a line of text; resolves with the trimmed answer, or null if the player cancels (Esc or Cancel). */
export function askText(options: TextEntryOptions): Promise<string | null> {
  open?.remove();
  return new Promise((resolve) => {
    const backdrop = document.createElement('div');
    backdrop.id = 'text-entry';
    backdrop.setAttribute('role', 'dialog');
    backdrop.setAttribute('aria-modal', 'true');
    const box = document.createElement('form');
    const heading = document.createElement('label');
    heading.textContent = options.title.slice(0, MAX_PROMPT); // textContent: never HTML
    heading.htmlFor = 'text-entry-input';
    const input = document.createElement('input');
    input.id = 'text-entry-input';
    input.type = 'text';
    input.maxLength = options.maxLength;
    input.value = options.value.slice(0, options.maxLength);
    input.autocomplete = 'off';
    input.spellcheck = false;
    const row = document.createElement('div');
    const ok = document.createElement('button');
    ok.type = 'submit';
    ok.textContent = options.confirm ?? t('common.ok');
    const cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.textContent = t('common.cancel');
    row.append(cancel, ok);
    box.append(heading, input, row);
    backdrop.append(box);

    const finish = (answer: string | null) => {
      if (open !== backdrop) return;
      open = null;
      backdrop.remove();
      document.querySelector<HTMLElement>('#game canvas')?.focus();
      resolve(answer === null || answer.trim() === '' ? null : answer.trim());
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
    document.body.append(backdrop);
    open = backdrop;
    input.focus();
    input.select();
  });
}

/** Asks a yes/no question (e.g. "Replace the saved game?"); resolves true only when the player confirms. */
export function askConfirm(options: { title: string; confirm: string }): Promise<boolean> {
  open?.remove();
  return new Promise((resolve) => {
    const backdrop = document.createElement('div');
    backdrop.id = 'text-entry';
    backdrop.setAttribute('role', 'alertdialog');
    backdrop.setAttribute('aria-modal', 'true');
    const box = document.createElement('form');
    const heading = document.createElement('p');
    heading.textContent = options.title.slice(0, MAX_PROMPT); // textContent: never HTML
    const row = document.createElement('div');
    const ok = document.createElement('button');
    ok.type = 'submit';
    ok.id = 'confirm-yes';
    ok.textContent = options.confirm;
    const cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.id = 'confirm-no';
    cancel.textContent = t('common.cancel');
    row.append(cancel, ok);
    box.append(heading, row);
    backdrop.append(box);
    const finish = (answer: boolean) => {
      if (open !== backdrop) return;
      open = null;
      backdrop.remove();
      document.querySelector<HTMLElement>('#game canvas')?.focus();
      resolve(answer);
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
    document.body.append(backdrop);
    open = backdrop;
    cancel.focus(); // the safe answer is the default
  });
}
