// Building DOM overlays safely: elements from tag, attributes and children, where every text is a text node (never HTML).
import { t } from '../../i18n';
import './dom.css'; // the sheets' look ships with them (they load with the game core, not the first screen)

/** A child of an element: text (always a text node), an element, or nothing. */
export type Child = string | number | Node | null | undefined | false;

/** Attributes and properties an element is made with; `on*` functions become listeners. */
export type Props = Record<string, string | number | boolean | ((e: Event) => void) | undefined>;

/** An element with attributes and children; strings become text nodes, so content is never parsed as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === 'className') el.className = String(value);
    else if (key in el && typeof (el as unknown as Record<string, unknown>)[key] === 'boolean') (el as unknown as Record<string, unknown>)[key] = !!value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** An SVG element with attributes and children (text children become text nodes). */
export function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  append(el, children);
  return el;
}

function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** An open DOM sheet over the game: its root, the scrolling body, and how to close it. */
export interface Sheet {
  root: HTMLElement;
  body: HTMLElement;
  actions: HTMLElement;
  close: () => void;
}

/**
 * Opens a full-window sheet (one at a time) with a heading, a Close button and Esc to close. Keys pressed inside it
 * stay inside it, so the game's own keyboard navigation does not act behind the sheet.
 */
export function openSheet(id: string, title: string, onClose?: () => void): Sheet {
  closeSheets();
  const actions = h('div', { className: 'dom-actions no-print' });
  const body = h('div', { className: 'dom-body' });
  const close = () => {
    root.remove();
    onClose?.();
    document.querySelector<HTMLElement>('#game canvas')?.focus();
  };
  const closeButton = h('button', { type: 'button', className: 'dom-close no-print', 'data-name': `${id}:close`, onclick: close }, t('common.close'));
  const root = h('section', { id, className: 'dom-sheet', role: 'dialog', 'aria-modal': 'true', 'aria-label': title },
    h('header', { className: 'dom-head' }, h('h1', {}, title), actions, closeButton), body);
  root.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (e.key === 'Escape') close();
  });
  // Presses and releases stay in the sheet: Phaser hears a release anywhere on the page and would click the canvas object under it.
  for (const type of ['pointerdown', 'pointerup', 'mouseup', 'touchend']) root.addEventListener(type, (e) => e.stopPropagation());
  document.body.append(root);
  root.tabIndex = -1;
  root.focus();
  return { root, body, actions, close };
}

/** Closes any open sheet (e.g. before another opens or when the game moves on). */
export function closeSheets(): void {
  document.querySelectorAll('.dom-sheet').forEach((s) => s.remove());
}

/** A button with a test name. */
export function button(name: string, text: string, onClick: () => void, primary = false): HTMLButtonElement {
  return h('button', { type: 'button', 'data-name': name, className: primary ? 'primary' : undefined, onclick: () => onClick() }, text);
}

/** Offers text as a file download (built in the page; nothing leaves the machine). */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Copies text to the clipboard; resolves whether it worked (it fails without permission or a secure page). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
