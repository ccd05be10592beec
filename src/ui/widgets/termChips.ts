// Term links: the glossary terms a text uses, as small buttons `term:<id>` that open the glossary at that term.
import type Phaser from 'phaser';
import { language, t } from '../../i18n';
import { glossary } from '../../content/glossary';
import { termsIn } from '../glossaryTerms';
import { COLORS } from '../theme';
import { Button } from './button';
import { label } from './text';

/**
 * Lays out "Terms: [CPC] [BTC] …" for the terms found in `text`, wrapping within `width`; nothing when the text
 * uses none. Returns the objects (for the caller to free and layer) and the height used.
 */
export function termChips(scene: Phaser.Scene, x: number, y: number, width: number, text: string, onOpen: (id: string) => void): { objects: (Phaser.GameObjects.GameObject & { y: number; setDepth: (d: number) => unknown })[]; height: number } {
  const loaded = glossary();
  if (!loaded.ok) return { objects: [], height: 0 };
  const lang = language();
  const ids = termsIn(text, loaded.value, lang);
  if (!ids.length) return { objects: [], height: 0 };
  const objects: (Phaser.GameObjects.GameObject & { y: number; setDepth: (d: number) => unknown })[] = [];
  const title = label(scene, x, y + 5, t('glossary.terms'), { size: 14, bold: true, color: COLORS.inkSoft });
  objects.push(title);
  const h = 28;
  let cx = x + title.width + 8;
  let cy = y;
  for (const id of ids) {
    const entry = loaded.value.find((e) => e.id === id)!;
    const probe = label(scene, 0, 0, entry.term[lang], { size: 14, bold: true });
    const w = Math.min(width, probe.width + 44);
    probe.destroy();
    if (cx + w > x + width) {
      cx = x;
      cy += h + 6;
    }
    objects.push(new Button(scene, `term:${id}`, cx, cy, { width: w, height: h, text: entry.term[lang], icon: 'icon:book', textStyle: { size: 14, bold: true } }, () => onOpen(id)));
    cx += w + 6;
  }
  return { objects, height: cy + h - y };
}
