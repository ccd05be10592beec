// A lesson plan's Markdown blocks as DOM: headings, paragraphs and lists built from text nodes (never innerHTML).
import type { Block, Inline } from '../../lesson/markdown';
import { h } from './dom';

const runs = (items: Inline[]): Node[] =>
  items.map((i) => (i.bold ? h('strong', {}, i.text) : i.italic ? h('em', {}, i.text) : document.createTextNode(i.text)));

/** The plan as one element (class "lesson-plan"). */
export function markdownElement(blocks: readonly Block[]): HTMLElement {
  const root = h('div', { className: 'lesson-plan' });
  for (const b of blocks) {
    if (b.kind === 'heading') root.append(h(b.level === 1 ? 'h2' : b.level === 2 ? 'h3' : 'h4', {}, ...runs(b.inlines)));
    else if (b.kind === 'paragraph') root.append(h('p', {}, ...runs(b.inlines)));
    else root.append(h(b.ordered ? 'ol' : 'ul', {}, ...b.items.map((item) => h('li', {}, ...runs(item)))));
  }
  return root;
}
