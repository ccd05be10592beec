// Finding glossary terms in running text (card descriptions, goals, events), in the player's language.
import type { Language } from '../i18n';
import type { GlossaryEntry } from '../content/glossary';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for one form of a term: it must start a word; short forms and abbreviations ("Mt", "CPC") must also end
 * one, while longer words may carry an ending ("многовектор|ность", "Национального фонда").
 */
function pattern(form: string): RegExp {
  const whole = form.length <= 3 || form === form.toUpperCase();
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}${whole ? '(?![\\p{L}\\p{N}])' : ''}`, 'u');
}

const cache = new Map<string, RegExp>();
const compiled = (form: string): RegExp => {
  let re = cache.get(form);
  if (!re) cache.set(form, (re = pattern(form)));
  return re;
};

/** The ids of the glossary entries whose term appears in `text`, in the order they first appear. */
export function termsIn(text: string, entries: readonly GlossaryEntry[], lang: Language): string[] {
  const found: { id: string; at: number }[] = [];
  for (const entry of entries) {
    // English forms too: content not yet translated shows in English.
    const forms = lang === 'en' ? entry.match.en : [...entry.match[lang], ...entry.match.en];
    let at = Infinity;
    for (const form of forms) {
      const m = compiled(form).exec(text);
      if (m && m.index < at) at = m.index;
    }
    if (at < Infinity) found.push({ id: entry.id, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.id);
}
