// The glossary over the game: every term in a list, the chosen one explained, in the player's language.
import Phaser from 'phaser';
import { language, t } from '../../i18n';
import { glossary } from '../../content/glossary';
import { COLORS } from '../theme';
import { Button } from './button';
import { label } from './text';

/** Where the panel sits and what it does when a term is picked or the panel closes. */
export interface GlossaryPanelOptions {
  selected: string | null; // entry id shown on the right (the first entry if null)
  onSelect: (id: string) => void;
  onClose: () => void;
}

const X = 150;
const Y = 84;
const W = 980;
const H = 620;

/**
 * A modal sheet: a dimmed screen behind (named `glossary:panel`, it takes the clicks meant for what it covers),
 * the terms as buttons `glossary:entry:<id>` on the left, the chosen term explained on the right, and
 * `glossary:close`. Returns every object it made (the caller frees them on redraw) and its buttons (for the
 * keyboard order).
 */
export function drawGlossaryPanel(scene: Phaser.Scene, options: GlossaryPanelOptions): { objects: Phaser.GameObjects.GameObject[]; buttons: Button[] } {
  const objects: Phaser.GameObjects.GameObject[] = [];
  const buttons: Button[] = [];
  const depth = 40;
  const add = <T extends Phaser.GameObjects.GameObject & { setDepth: (d: number) => T }>(o: T, d = depth + 1): T => {
    objects.push(o.setDepth(d));
    return o;
  };
  const shade = add(scene.add.rectangle(0, 0, 1280, 720, COLORS.overlay, 0.45).setOrigin(0, 0).setName('glossary:panel').setInteractive(), depth);
  shade.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => undefined); // swallows clicks on what lies below
  add(scene.add.rectangle(X, Y, W, H, COLORS.paper).setOrigin(0, 0).setStrokeStyle(2, COLORS.ink));
  add(label(scene, X + 20, Y + 14, t('glossary.title'), { size: 24, bold: true }));
  const close = add(new Button(scene, 'glossary:close', X + W - 120, Y + 12, { width: 104, height: 38, text: t('glossary.close'), textStyle: { size: 16 } }, options.onClose));
  buttons.push(close);
  const loaded = glossary();
  if (!loaded.ok) {
    add(label(scene, X + 20, Y + 64, [t('glossary.broken'), ...loaded.error.slice(0, 8)].join('\n'), { size: 15, color: COLORS.bad, wrap: W - 40 }));
    return { objects, buttons };
  }
  const lang = language();
  const entries = [...loaded.value].sort((a, b) => a.term[lang].localeCompare(b.term[lang], lang));
  const chosen = entries.find((e) => e.id === options.selected) ?? entries[0];
  if (!chosen) return { objects, buttons }; // an empty glossary: the title and Close only
  const listW = 270;
  const rowH = Math.min(34, Math.floor((H - 74) / entries.length));
  entries.forEach((entry, i) => {
    const on = entry.id === chosen.id;
    const b = add(new Button(scene, `glossary:entry:${entry.id}`, X + 20, Y + 62 + i * rowH, { width: listW, height: rowH - 4, text: entry.term[lang], selected: on, align: 'left', textStyle: { size: 15, bold: on } }, () => options.onSelect(entry.id)));
    buttons.push(b);
  });
  const rx = X + 20 + listW + 28;
  const rw = X + W - 24 - rx;
  let y = Y + 64;
  const line = (text: string, style: Parameters<typeof label>[4], gap = 10) => {
    const o = add(label(scene, rx, y, text, { wrap: rw, ...style }));
    y += o.height + gap;
    return o;
  };
  line(chosen.term[lang], { size: 30, bold: true }, 4);
  line(chosen.title[lang], { size: 18, bold: true, color: COLORS.inkSoft }, 16);
  line(chosen.body[lang], { size: 18, lineSpacing: 6 });
  return { objects, buttons };
}
