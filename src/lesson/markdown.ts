// A small, safe Markdown reader for lesson plans: headings, paragraphs, lists, bold and italic — as data, never HTML.
import { last } from '../sim/indexing';

/** A run of text with its emphasis. */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** One block of a lesson plan. */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] };

/** Splits a line into plain, **bold** and *italic* runs (unclosed markers stay as written). */
export function inlines(text: string): Inline[] {
  const out: Inline[] = [];
  const re = /\*\*(.+?)\*\*|\*(.+?)\*|_(.+?)_/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index) });
    if (m[1] !== undefined) out.push({ text: m[1], bold: true });
    else out.push({ text: m[2] ?? m[3] ?? '', italic: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** Reads Markdown into blocks; anything it does not know (HTML, links, tables) stays literal text. */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  let list: { ordered: boolean; items: Inline[][] } | null = null;
  const flush = () => {
    if (para.length) blocks.push({ kind: 'paragraph', inlines: inlines(para.join(' ')) });
    para = [];
    if (list) blocks.push({ kind: 'list', ...list });
    list = null;
  };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const item = /^(?:([-*+])|(\d+)[.)])\s+(.*)$/.exec(line);
    if (line === '') flush();
    else if (heading) {
      flush();
      const [, hashes = '#', title = ''] = heading;
      blocks.push({ kind: 'heading', level: hashes.length as 1 | 2 | 3, inlines: inlines(title) });
    } else if (item) {
      const ordered = item[2] !== undefined;
      if (para.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(inlines(item[3] ?? ''));
    } else if (list && /^\s{2,}/.test(raw)) {
      last(list.items, 'list items').push({ text: ` ${line}` });
    } else {
      if (list) flush();
      para.push(line);
    }
  }
  flush();
  return blocks;
}

/** The items of the first list under a heading whose text matches `heading` (e.g. a plan's reflection questions). */
export function listUnder(blocks: readonly Block[], heading: RegExp): string[] {
  const at = blocks.findIndex((b) => b.kind === 'heading' && heading.test(b.inlines.map((i) => i.text).join('')));
  if (at < 0) return [];
  for (const b of blocks.slice(at + 1)) {
    if (b.kind === 'heading') return [];
    if (b.kind === 'list') return b.items.map((item) => item.map((i) => i.text).join('').trim());
  }
  return [];
}
