import { describe, expect, it } from 'vitest';
import data from '../../src/content/glossary.json';
import { glossary, parseGlossary } from '../../src/content/glossary';
import { termsIn } from '../../src/ui/glossaryTerms';
import { at } from '../../src/sim/indexing';

const entries = (() => {
  const g = glossary();
  if (!g.ok) throw new Error(g.error.join('\n'));
  return g.value;
})();

describe('the glossary', () => {
  it('explains the terms the brief names, in English, Russian and Kazakh', () => {
    const ids = entries.map((e) => e.id);
    for (const id of ['cpc', 'btc', 'eaeu', 'csto', 'ots', 'c5plus1', 'sco', 'mt', 'netback', 'sanctionsEvasion', 'nationalFund', 'middleCorridor', 'secondarySanctions']) {
      expect(ids).toContain(id);
    }
    for (const e of entries) {
      // Russian and Kazakh are real Cyrillic text, not copies of the English.
      expect(e.body.ru, e.id).toMatch(/[а-яё]{4}/i);
      expect(e.body.kk, e.id).toMatch(/[а-яәғқңөұүһі]{4}/i);
      expect(e.body.ru).not.toBe(e.body.en);
      expect(e.body.kk).not.toBe(e.body.ru);
    }
  });

  it('rejects a broken file with located messages instead of crashing', () => {
    const missing = structuredClone(data) as { entries: Record<string, unknown>[] };
    delete (at(missing.entries, 2).body as Record<string, string>).kk;
    const parsed = parseGlossary(missing);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContainEqual(expect.stringMatching(/^entries\[2\]\.body\.kk: /));
    const twice = structuredClone(data) as { entries: Record<string, unknown>[] };
    at(twice.entries, 4).id = at(twice.entries, 0).id;
    const again = parseGlossary(twice);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error).toContainEqual(expect.stringMatching(/^entries\[4\]\.id: duplicate id "cpc"/));
    expect(parseGlossary('not json').ok).toBe(false);
  });

  it('finds terms in running text, whole abbreviations only, inflected words in Russian', () => {
    expect(termsIn('Ship 3 Mt through BTC, not the CPC; mind the netback.', entries, 'en')).toEqual(['mt', 'btc', 'cpc', 'netback']);
    expect(termsIn('A CPCX code and Mtkvari river', entries, 'en')).toEqual([]);
    expect(termsIn('Средства Национального фонда и обход санкций через ЕАЭС', entries, 'ru')).toEqual(['nationalFund', 'sanctionsEvasion', 'eaeu']);
    expect(termsIn('Ұлттық қордан ақша алу, КҚК арқылы', entries, 'kk')).toEqual(['nationalFund', 'cpc']);
    // Untranslated content shows in English: its terms are still found.
    expect(termsIn('Join the Middle Corridor', entries, 'kk')).toEqual(['middleCorridor']);
  });
});
