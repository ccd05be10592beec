import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import ru from '../../src/i18n/ru.json';
import kk from '../../src/i18n/kk.json';
import mapRu from '../../src/i18n/map.ru.json';
import mapKk from '../../src/i18n/map.kk.json';
import { mapStringsEn } from '../../src/ui/map/mapStrings';
import { loadLanguage, mapT, setLanguage, t } from '../../src/i18n';
import { branchLabel, reasonText } from '../../src/ui/debrief';
import { dateLabel } from '../../src/ui/format';

type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Flat "a.b.c" keys of a nested resource, with their strings. */
function flat(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk2, vv] of flat(v, `${prefix}${k}.`)) out.set(kk2, vv);
  }
  return out;
}

/** Per key without its plural suffix: the set of {{placeholders}} used across its forms. */
function byBase(strings: Map<string, string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [key, value] of strings) {
    const base = key.replace(PLURAL, '');
    const set = out.get(base) ?? new Set<string>();
    for (const [, name = ''] of value.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) set.add(name);
    out.set(base, set);
  }
  return out;
}

const sorted = (s: Iterable<string>) => [...s].sort();

describe.each([
  ['ru', ru as Tree, mapRu as Record<string, string>],
  ['kk', kk as Tree, mapKk as Record<string, string>],
] as const)('the %s translation', (lang, ui, map) => {
  for (const [what, source, target] of [
    ['UI strings', byBase(flat(en)), byBase(flat(ui))],
    ['map strings', byBase(new Map(Object.entries(mapStringsEn))), byBase(new Map(Object.entries(map)))],
  ] as const) {
    it(`has exactly the ${what} of English, with the same {{placeholders}}`, () => {
      expect(sorted(target.keys())).toEqual(sorted(source.keys()));
      for (const [key, vars] of source) expect(sorted(target.get(key) ?? []), `${lang}: ${key}`).toEqual(sorted(vars));
    });
  }
  it('gives every plural key all the forms the language needs, and no English left untranslated', () => {
    const strings = flat(ui);
    const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.filter((c) => c !== 'other');
    const plural = new Set([...strings.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
    for (const base of plural) for (const form of forms) expect(strings.has(`${base}_${form}`), `${lang}: ${base}_${form}`).toBe(true);
    const english = flat(en);
    const same = [...strings].filter(([k, v]) => /[a-z]{4,}/i.test(v.replace(/\{\{\w+\}\}/g, '')) && english.get(k) === v).map(([k]) => k);
    expect(same.filter((k) => !k.startsWith('lang.'))).toEqual([]);
  });
  it('is what the UI shows once the language is switched (with plural forms filled)', async () => {
    await loadLanguage(lang);
    setLanguage(lang);
    try {
      expect(t('menu.newGame')).toBe((ui.menu as Tree).newGame);
      expect(t('hud.turn', { turn: 2, turns: 8 })).toMatch(/2/);
      expect(t('plan.delay', { count: 3 })).toContain('3');
      expect(mapT('map.lens.oil')).toBe(map['map.lens.oil']);
      // The sim's usual ending reasons and the machine's default line names read in the language too; others stay as written.
      const debrief = ui.debrief as Tree;
      expect(reasonText('muddlingThrough', undefined, null)).toBe((debrief.reasons as Tree).muddlingThrough);
      expect(reasonText('collapse', 'low-stability', { defeat: [{ id: 'low-stability', when: { path: 'society.stability', lt: 20 }, text: { en: 'Stability fell below 20' } }] })).toBe('Stability fell below 20');
      expect(branchLabel('Main line')).toBe(debrief.mainLine);
      expect(branchLabel('Line 2 (from 2023-H1)')).toContain(dateLabel('2023-H1'));
      expect(branchLabel('Line 2 (from 2023-H1)')).not.toContain('2023-H1'); // the date is worded too
      expect(branchLabel('My own name')).toBe('My own name');
    } finally {
      setLanguage('en');
    }
  });
});
