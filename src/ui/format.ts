// Number formatting for players: money, tonnes, percentages and signed changes, with units by state path.
import { language, t } from '../i18n';

/** Rounds to at most `digits` decimals and drops trailing zeros, with the language's separators ("1,234.5"; "1 234,5" in ru and kk). */
export function num(x: number, digits = 1): string {
  const r = Math.round(x * 10 ** digits) / 10 ** digits;
  const en = (Object.is(r, -0) ? 0 : r).toLocaleString('en-US', { maximumFractionDigits: digits });
  // Russian and Kazakh group thousands with a no-break space and use a decimal comma (the same in every browser's ICU).
  return language() === 'en' ? en : en.replace(/[,.]/g, (c) => (c === ',' ? '\u00a0' : ','));
}

/** A turn's date label from the sim ("2023-H1", "2024-Q3") in the player's language ("2023, 1-е полугодие"); `short` for axes and narrow rows. */
export function dateLabel(date: string, short = false): string {
  const m = /^(\d{4})-([HQ])([1-4])$/.exec(date);
  if (!m) return date;
  return t(`locale.date.${m[2] === 'H' ? 'half' : 'quarter'}${short ? 'Short' : ''}`, { year: m[1], n: m[3] });
}

/** A FACTS row's address in the player's language: "same as OIL2", "see SEC1" and "census" are words, the rest are addresses. */
export function addressWords(address: string): string {
  return address
    .replace(/^same as ([A-Z0-9]+)/, (_, id: string) => t('locale.source.sameAs', { id }))
    .replace(/^see ([A-Z0-9, ]+)$/, (_, id: string) => t('locale.source.see', { id }))
    .replace(/^census$/, () => t('locale.source.census'));
}

/** Digits for money: one decimal everywhere, two only for amounts under $0.1 bn (so "$0.3 bn" sits beside "$1.8 bn"). */
const moneyDigits = (bn: number): number => (bn !== 0 && Math.abs(bn) < 0.095 ? 2 : 1);

/** Money in billions of dollars. */
export const money = (bn: number): string => t('common.bn', { value: num(bn, moneyDigits(bn)) });

/** A change with its sign (+3, −1.5) using a true minus sign. */
export function signed(x: number, digits = 1): string {
  const s = num(Math.abs(x), digits);
  if (s === '0') return '±0';
  return x > 0 ? `+${s}` : `−${s}`;
}

/** The unit a state path's numbers carry. */
export function unitOf(path: string): 'bn' | 'mt' | 'pct' | 'usd' | 'usdt' | 'plain' {
  if (path.endsWith('UsdBn') || path.startsWith('trade.') || path.startsWith('economy.investmentUsdBn')) return 'bn';
  if (path.endsWith('Mt')) return 'mt';
  if (path.endsWith('Pct') || path.endsWith('PctGdp')) return 'pct';
  if (path.endsWith('UsdPerT')) return 'usdt';
  if (path === 'economy.oilPriceUsd') return 'usd';
  return 'plain';
}

/** A value at a path, with its unit. */
export function valueAt(path: string, value: number | string | boolean): string {
  if (typeof value !== 'number') return typeof value === 'boolean' ? t(value ? 'common.yes' : 'common.no') : t(`status.${value}`, { defaultValue: value });
  switch (unitOf(path)) {
    case 'bn': return money(value);
    case 'mt': return t('unit.mt', { value: num(value) });
    case 'pct': return `${num(value)}%`;
    case 'usd': return t('unit.usd', { value: num(value, 0) });
    case 'usdt': return t('unit.usdt', { value: num(value, 0) });
    default: return num(value);
  }
}

/** A change at a path: signed delta with its unit for numbers, "before → after" otherwise. */
export function changeAt(path: string, before: number | string | boolean, after: number | string | boolean): string {
  if (typeof before === 'number' && typeof after === 'number') {
    const d = after - before;
    const unit = unitOf(path);
    const digits = unit === 'bn' ? moneyDigits(d) : 1;
    const s = signed(d, digits);
    const parts = { sign: s.slice(0, 1), value: s.slice(1) };
    const key = { bn: 'unit.changeBn', mt: 'unit.changeMt', pct: 'unit.pts', usdt: 'unit.changeUsdt', usd: 'unit.changeUsd', plain: '' }[unit];
    return key ? t(key, parts) : s;
  }
  return `${valueAt(path, before)} → ${valueAt(path, after)}`;
}

/** A value as the screen shows it (money to its shown digits, other numbers to one decimal), so a change between two shown values reads as their difference. */
export function shownValue(path: string, value: number): number {
  const digits = unitOf(path) === 'bn' ? moneyDigits(value) : 1;
  return Math.round(value * 10 ** digits) / 10 ** digits;
}

/** "before → after (change)" with the change taken between the two values as shown, so the three always agree. */
export function shownChange(path: string, before: number, after: number): string {
  const b = shownValue(path, before);
  const a = shownValue(path, after);
  return `${valueAt(path, b)} → ${valueAt(path, a)} (${changeAt(path, b, a)})`;
}
