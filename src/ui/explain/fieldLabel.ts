// The name of any number the explanation can open, and whether its rise is good news: the field table's words and `rise`, plus the derived scores.
import { t } from '../../i18n';
import { FIELDS, isPath } from '../../sim/fields';
import { pathLabel, partnerName } from '../labels';

/** The player's name of any number the explanation can open: a world path, a pillar, the balance, a partner's trade. */
export function fieldLabel(path: string): string {
  const [head, a, b] = path.split('.');
  if (head === 'pillars' && a) return t(`hud.pillars.${a}`);
  if (path === 'balance') return t('hud.balance');
  if (head === 'trade' && a && !b) return t('explain.tradeWith', { name: partnerName(a) });
  if (path === 'gauges.russiaAlarm') return t('hud.alarm');
  if (path === 'economy.budgetUsdBn') return t('hud.budget');
  if (path === 'politics.capital') return t('hud.capital');
  return pathLabel(path);
}

/** Whether a rise of this number is good (true), bad (false) or neither (null) for Kazakhstan, for arrows and colours. */
export function riseIsGood(path: string): boolean | null {
  if (path.startsWith('pillars.') || path === 'balance') return true;
  if (!isPath(path)) return null; // a partner's total trade: more with one partner is not good or bad in itself
  const rise = FIELDS[path].rise;
  return rise === 'neutral' ? null : rise === 'good';
}
