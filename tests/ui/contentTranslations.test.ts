// Every player-facing content text (actions, events, power moves, scenarios, FACTS words, glossary and lesson files)
// exists in Russian and Kazakh, with the same {{placeholders}} and the same numbers as the English.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACTS, factWords } from '../../src/content/facts';
import type { Text } from '../../src/sim/content';

const ROOT = join(__dirname, '../..');
/** Folders whose JSON files hold content text (`{ "en": … }` objects); glossary and lesson folders count when they exist. */
const CONTENT_DIRS = ['src/content', 'scenarios', 'src/glossary', 'src/lessons', 'lessons'];
/** JSON files that are not content: the generated JSON Schema and the facts' own translation table (checked below through FACTS). */
const NOT_CONTENT = new Set(['scenarios/scenario.schema.json', 'src/content/facts.i18n.json']);
/**
 * Content files another branch is translating. A file listed here is only checked to still be untranslated: once its
 * translation is merged this test fails and asks for the file to be removed from the list, which turns its full check on.
 */
const PENDING = new Set<string>([]);

function jsonFiles(dir: string): string[] {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).flatMap((name) => {
    const path = join(abs, name);
    if (statSync(path).isDirectory()) return jsonFiles(relative(ROOT, path));
    return name.endsWith('.json') ? [relative(ROOT, path).split('\\').join('/')] : [];
  });
}

/** Every `{ "en": … }` object in a JSON value, with where it sits. */
function texts(value: unknown, where = ''): { where: string; text: Text }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${where}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const own = typeof o.en === 'string' ? [{ where: where || '(root)', text: o as unknown as Text }] : [];
  const label = typeof o.id === 'string' ? `${where}(${o.id})` : where;
  return [...own, ...Object.entries(o).flatMap(([k, v]) => texts(v, `${label}.${k}`))];
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
/** The numbers a text states, decimal commas read as points and group separators dropped ("1 511,5" = "1,511.5" = 1511.5). */
function numbers(s: string, lang: 'en' | 'ru' | 'kk'): string[] {
  const found = s.replace(/\{\{\s*\w+\s*\}\}/g, ' ').match(/\d[\d\u00a0\u202f ,.]*\d|\d/g) ?? [];
  return found
    .flatMap((n) => (lang === 'en' ? [n.replace(/,(?=\d{3}\b)/g, '')] : [n.replace(/[\u00a0\u202f ](?=\d{3}\b)/g, '').replace(/,/g, '.')]))
    .flatMap((n) => n.split(/[ ,]+/)) // "2021, 2022" stays two numbers
    .map((n) => n.replace(/\.$/, ''))
    .filter(Boolean)
    .sort();
}

/** What is wrong with one text's translations (empty when none). */
function problems(where: string, text: Text): string[] {
  const out: string[] = [];
  for (const lang of ['ru', 'kk'] as const) {
    const s = text[lang];
    if (typeof s !== 'string' || !s.trim()) {
      out.push(`${where}: no ${lang}`);
      continue;
    }
    if (/[a-z]/i.test(text.en) && !/[а-яёәғқңөұүһі]/i.test(s)) out.push(`${where}: ${lang} has no Cyrillic: "${s}"`);
    if (/[\u3000-\u9fff\uac00-\ud7af]/.test(s)) out.push(`${where}: ${lang} has stray CJK characters: "${s}"`);
    if (placeholders(s).join() !== placeholders(text.en).join()) out.push(`${where}: ${lang} placeholders ${placeholders(s).join(',')} ≠ en ${placeholders(text.en).join(',')}`);
    if (numbers(s, lang).join() !== numbers(text.en, 'en').join()) out.push(`${where}: ${lang} numbers ${numbers(s, lang).join(',')} ≠ en ${numbers(text.en, 'en').join(',')}`);
  }
  return out;
}

const files = CONTENT_DIRS.flatMap(jsonFiles).filter((f) => !NOT_CONTENT.has(f));

describe('content translations', () => {
  it('finds the content files (actions, events, power rules and every bundled scenario)', () => {
    for (const f of ['src/content/actions.json', 'src/content/events.json', 'src/content/powerRules.json', 'scenarios/classroom-short.json']) expect(files).toContain(f);
  });

  for (const file of files.filter((f) => !PENDING.has(f))) {
    it(`${file}: every text has Russian and Kazakh with the English placeholders and numbers`, () => {
      const found = texts(JSON.parse(readFileSync(join(ROOT, file), 'utf8')));
      expect(found.length, `${file} holds no { "en": … } texts`).toBeGreaterThan(0);
      expect(found.flatMap((f) => problems(f.where, f.text))).toEqual([]);
    });
  }

  for (const file of files.filter((f) => PENDING.has(f))) {
    it(`${file}: is still being translated on another branch (remove it from PENDING once merged)`, () => {
      const found = texts(JSON.parse(readFileSync(join(ROOT, file), 'utf8')));
      expect(found.every((f) => problems(f.where, f.text).length === 0), `${file} is translated now: remove it from PENDING`).toBe(false);
    });
  }

  it('FACTS: every source text has Russian and Kazakh with the same numbers', () => {
    expect(FACTS.flatMap((f) => problems(`FACTS ${f.id}`, factWords(f)))).toEqual([]);
  });

  it('catches what it is meant to catch: a missing language, a lost placeholder, a changed number, stray characters', () => {
    expect(problems('x', { en: 'Ship {{n}} Mt', ru: 'Отправить {{n}} млн т' })).toEqual(['x: no kk']);
    expect(problems('x', { en: 'Ship {{n}} Mt', ru: 'Отправить млн т', kk: 'Жөнелту {{n}} млн т' })).toHaveLength(1);
    expect(problems('x', { en: 'Ship 1.5 Mt', ru: 'Отправить 1,5 млн т', kk: 'Жөнелту 15 млн т' })).toHaveLength(1);
    expect(problems('x', { en: '1,511 km', ru: '1511 км', kk: '1 511 км' })).toEqual([]);
    expect(problems('x', { en: 'Customs', ru: 'Таможня', kk: 'Кеде免' })).toHaveLength(1);
    expect(problems('x', { en: 'Customs', ru: 'Customs', kk: '' })).toHaveLength(2);
  });
});
