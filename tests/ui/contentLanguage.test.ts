// What a Russian or Kazakh player reads of content: the debrief's defeat reason and sources, dates and numbers.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage, setLanguage } from '../../src/i18n';
import { parseScenario } from '../../src/scenario/parse';
import { debriefView } from '../../src/ui/debrief';
import { dateLabel, money, num } from '../../src/ui/format';
import { numberSourceWords } from '../../src/ui/numberSource';
import { rulesFor, world } from '../fixtures/game';

const parsed = parseScenario(readFileSync(resolve(import.meta.dirname, '../../scenarios/classroom-short.json'), 'utf8'));
if (!parsed.ok) throw new Error('classroom-short does not parse');
const classroom = parsed.value;
const rules = rulesFor(classroom);
const fallen = world(1, (d) => {
  d.outcome = { ending: 'collapse', turn: 3, defeatId: 'collapse' };
}, classroom);

beforeAll(() => Promise.all([loadLanguage('ru'), loadLanguage('kk')])); // Russian and Kazakh strings load on demand
afterEach(() => setLanguage('en'));

describe.each(['ru', 'kk'] as const)('content in %s', (lang) => {
  it('the debrief gives a scenario defeat and the FACTS sources in the language, not in English', () => {
    setLanguage(lang);
    const d = debriefView(rules, fallen, classroom);
    expect(d.reason).toBe(classroom.defeat?.find((x) => x.id === 'collapse')?.text[lang]);
    const facts = d.sources.cited.filter((c) => c.id);
    expect(facts.length).toBeGreaterThan(0);
    for (const c of facts) expect(c.text, c.id).toMatch(/[а-яәғқңөұүһі]/i);
    expect(d.goals.every((g) => /[а-яәғқңөұүһі]/i.test(g.text))).toBe(true);
  });

  it('a number\'s tooltip names its FACTS entry in the language', () => {
    setLanguage(lang);
    const words = numberSourceWords(classroom, 'oil.routes.cpc.capacityMt', (k) => k);
    expect(words).toMatch(/^CPC1 — .*[а-яәғқңөұүһі]/i);
  });

  it('dates and numbers follow the language', () => {
    setLanguage(lang);
    expect(dateLabel('2023-H1')).toBe(lang === 'ru' ? '2023, 1-е полугодие' : '2023 ж., 1-жартыжылдық');
    expect(dateLabel('2024-Q3')).toBe(lang === 'ru' ? '2024, 3-й квартал' : '2024 ж., 3-тоқсан');
    expect(num(1234.5)).toBe('1\u00a0234,5');
    expect(money(0.25)).toBe('0,3 млрд $'); // one decimal, like '1,8 млрд $' beside it
    expect(money(0.04)).toBe('0,04 млрд $');
  });
});

describe('content in English', () => {
  it('keeps the compact dates and points', () => {
    setLanguage('en');
    expect(dateLabel('2023-H1')).toBe('2023-H1');
    expect(num(1234.5)).toBe('1,234.5');
    expect(dateLabel('not a date')).toBe('not a date');
  });
});
