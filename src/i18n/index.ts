// The one i18n layer: UI strings by key through i18next, content text by the current language with English fallback.
import i18next, { type TOptions } from 'i18next';
import type { Text } from '../sim/content';
import en from './en.json';
import { mapStringsEn } from '../ui/map/mapStrings';

/** Languages the UI offers, each complete for UI strings (a test keeps their keys equal); content text falls back to English. */
export const LANGUAGES = ['en', 'ru', 'kk'] as const;
export type Language = (typeof LANGUAGES)[number];

const LANGUAGE_KEY = 'multi-vector-ui:language'; // outside the saves' 'multi-vector:' prefix

/** The language chosen last time in this browser (English if none, or if storage is unavailable). */
export function storedLanguage(): Language {
  try {
    const saved = globalThis.localStorage?.getItem(LANGUAGE_KEY);
    return (LANGUAGES as readonly string[]).includes(saved ?? '') ? (saved as Language) : 'en';
  } catch {
    return 'en';
  }
}

/** The language `?lang=` names in an address's query, or null when it names none of ours. */
export function languageParam(search: string): Language | null {
  const lang = new URLSearchParams(search).get('lang');
  return (LANGUAGES as readonly string[]).includes(lang ?? '') ? (lang as Language) : null;
}

const i18n = i18next.createInstance();
void i18n.init({
  lng: storedLanguage(),
  fallbackLng: 'en',
  initAsync: false,
  resources: { en: { translation: en, map: mapStringsEn } }, // Russian and Kazakh arrive with loadLanguage
  interpolation: { escapeValue: false }, // Phaser text is never HTML
  returnNull: false,
});

/** A UI string by key, with values filled in (and plural forms by `count`). */
export function t(key: string, options?: TOptions & { returnObjects?: false }): string {
  const text: string = i18n.t(key, options ?? {});
  return text;
}

/** Whether a key exists (used to fall back to a generic label for unknown ids). */
export function hasKey(key: string): boolean {
  return i18n.exists(key);
}

/** The language now in use. */
export function language(): Language {
  return (LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as Language) : 'en';
}

/** Each language's strings, fetched when first needed (English ships with the first screen). */
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<[{ default: object }, { default: object }]>> = {
  ru: () => Promise.all([import('./ru.json'), import('./map.ru.json')]),
  kk: () => Promise.all([import('./kk.json'), import('./map.kk.json')]),
};
const loading = new Map<Language, Promise<void>>();

/** Fetches a language's strings once (before setLanguage switches to it); English is always there. */
export function loadLanguage(lang: Language): Promise<void> {
  if (lang === 'en' || i18n.hasResourceBundle(lang, 'translation')) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = LOADERS[lang]().then(([ui, map]) => {
      i18n.addResourceBundle(lang, 'translation', ui.default);
      i18n.addResourceBundle(lang, 'map', map.default);
    });
    pending.catch(() => loading.delete(lang)); // a failed fetch (offline before caching) may be retried
    loading.set(lang, pending);
  }
  return pending;
}

/** Switches the UI language (load it first with loadLanguage); scenes redraw after calling it. */
export function setLanguage(lang: Language): void {
  void i18n.changeLanguage(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  try {
    globalThis.localStorage?.setItem(LANGUAGE_KEY, lang); // remembered for the next visit
  } catch {
    // storage off: the choice lasts for this visit only
  }
}

/** Content text in the current language, or English where it is not translated. */
export function textOf(text: Text | undefined | null): string {
  if (!text) return '';
  return text[language()] ?? text.en;
}

/** The map's translator: its flat keys ("map.route.cpc") live in their own namespace, filled like every UI string. */
export function mapT(key: string, vars?: Record<string, string | number>): string {
  const text: string = i18n.t(key, { ns: 'map', keySeparator: false, nsSeparator: false, defaultValue: key, ...(vars ?? {}) });
  return text;
}
