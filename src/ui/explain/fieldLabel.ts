// The one place the UI names a number by its path and says whether its rise is good news (swap for the engine's field table).
import { t } from '../../i18n';
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

const BAD_RISE = /^(gauges\.|oil\.shutInMt$|powers\.\w+\.escalation$|oil\.routes\.\w+\.(costUsdPerT|disruptedTurns)$|society\.russianMediaExposure$)/;

/** Whether a rise of this number is good (true), bad (false) or neither (null) for Kazakhstan, for arrows and colours. */
export function riseIsGood(path: string): boolean | null {
  if (BAD_RISE.test(path)) return false;
  if (/^(pillars\.|balance$|relations\.|economy\.(gdpUsdBn|budgetUsdBn|nationalFundUsdBn|growthPct)$|politics\.capital$|society\.stability$|military\.)/.test(path)) return true;
  return null;
}
