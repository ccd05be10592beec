import { describe, expect, it } from 'vitest';
import { loadLanguage, setLanguage, t, textOf } from '../../src/i18n';

describe('i18n', () => {
  it('fills values and plural forms in English', () => {
    expect(t('hud.turn', { turn: 3, turns: 8 })).toBe('Turn 3 of 8');
    expect(t('plan.delay', { count: 1 })).toBe('Completes next turn');
    expect(t('plan.delay', { count: 3 })).toBe('Completes in 3 turns');
  });
  it('content text falls back to English when a language is missing', async () => {
    await loadLanguage('ru');
    setLanguage('ru');
    expect(textOf({ en: 'Oil', ru: 'Нефть' })).toBe('Нефть');
    expect(textOf({ en: 'Oil' })).toBe('Oil');
    expect(t('menu.newGame')).toBe('Новая игра');
    setLanguage('en');
  });
});

describe('map strings', () => {
  it('go through i18next with their flat keys', async () => {
    const { mapT } = await import('../../src/i18n');
    const { mapStringsEn } = await import('../../src/ui/map/mapStrings');
    const [key, value] = Object.entries(mapStringsEn).find(([, v]) => !v.includes('{{'))!;
    expect(mapT(key)).toBe(value);
    expect(mapT('map.no-such-key')).toBe('map.no-such-key');
  });
});
