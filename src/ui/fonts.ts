// The self-hosted PT Sans: its stylesheets declare every subset, and the browser fetches only those whose letters are
// asked for. Each language asks for what its screens show, before any text is measured (canvas text never re-lays out).
import '@fontsource/pt-sans/400.css';
import '@fontsource/pt-sans/700.css';
import type { Language } from '../i18n';

/** Letters each language's screens draw: every menu names the languages in their own script ("Русский", "Қазақша"). */
const REGULAR = 'Aa Русский Қазақша';
const SAMPLES: Record<Language, { regular: string; bold: string }> = {
  en: { regular: REGULAR, bold: 'Aa' },
  ru: { regular: REGULAR, bold: 'Aa Яя' },
  kk: { regular: REGULAR, bold: 'Aa Яя Ққ Әә Үү Ұұ Өө Ғғ Ңң Һһ І і' },
};

/** Resolves once the subsets a language needs have loaded (or failed: text then falls back to a system font). */
export function loadFonts(lang: Language): Promise<void> {
  const { regular, bold } = SAMPLES[lang];
  return Promise.all([document.fonts.load('16px "PT Sans"', regular), document.fonts.load('bold 16px "PT Sans"', bold)]).then(
    () => undefined,
    () => undefined,
  );
}
