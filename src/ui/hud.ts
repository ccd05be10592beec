// HUD view-model: the always-visible numbers (date, turn, budget, capital, pillars, balance, Russia's alarm) from a world.
import { t } from '../i18n';
import { indicators, turnDate } from '../sim/index';
import { PILLAR_IDS, type PillarId } from '../sim/ids';
import type { World } from '../sim/world';
import { explainNumber } from './explain/explain';
import { changeAt, money, num, signed } from './format';
import { explanationHeadline } from './widgets/explanationPanel';
import type { Rules } from '../sim/content';

import { alarmLevel, type AlarmLevel } from './alarm';

export { alarmLevel, type AlarmLevel }; // where the HUD's users have always found them

/** One pillar as the HUD shows it: value, change over the last closed turn. */
export interface PillarView {
  id: PillarId;
  label: string;
  value: number;
  delta: string | null;
}

/** Everything the HUD draws. */
export interface HudView {
  date: string;
  turn: string;
  budget: string;
  capital: string;
  pillars: PillarView[];
  balance: string;
  balanceValue: number;
  balanceDelta: string | null;
  alarm: number;
  alarmText: string;
  alarmDelta: string | null;
  alarmLevel: AlarmLevel;
}

/** The change of a number over the last closed turn as the HUD prints it (null when none or it rounds to nothing). */
function lastChange(world: World, rules: Rules | null, path: string): string | null {
  const e = explainNumber(world, rules, path);
  if (!e || e.turn < 0) return null;
  const d = e.after - e.before;
  return Math.abs(d) < 0.5 ? null : signed(d, 0);
}

/**
 * The HUD of a world; `spentBn`/`spentCapital` are the costs of actions selected but not yet taken. While the report
 * of a closed turn shows (`reporting`), the HUD names that turn; its changes are always those of the last closed turn,
 * the same numbers the report and the explanations show.
 */
export function hudView(world: World, spentBn = 0, spentCapital = 0, reporting = false, rules: Rules | null = null): HudView {
  const now = indicators(world);
  const record = world.history[world.history.length - 1] ?? null;
  const showRecord = reporting && record !== null;
  const shownTurn = showRecord ? record.turn : Math.min(world.turn, world.turns - 1);
  const pillars = PILLAR_IDS.map((id) => ({ id, label: t(`hud.pillars.${id}`), value: now.pillars[id], delta: lastChange(world, rules, `pillars.${id}`) }));
  const level = alarmLevel(world.gauges.russiaAlarm);
  const left = world.economy.budgetUsdBn - spentBn;
  return {
    date: showRecord ? record.date : turnDate(world, shownTurn),
    turn: t('hud.turn', { turn: shownTurn + 1, turns: world.turns }),
    budget: spentBn > 0 ? t('hud.leftOf', { left: money(left), total: money(world.economy.budgetUsdBn) }) : money(world.economy.budgetUsdBn),
    capital: spentCapital > 0 ? t('hud.leftOf', { left: num(world.politics.capital - spentCapital, 0), total: num(world.politics.capital, 0) }) : num(world.politics.capital, 0),
    pillars,
    balance: num(now.balance, 0),
    balanceValue: now.balance,
    balanceDelta: lastChange(world, rules, 'balance'),
    alarm: world.gauges.russiaAlarm,
    alarmText: `${num(world.gauges.russiaAlarm, 0)} · ${t(`hud.alarmLevel.${level}`)}`,
    alarmDelta: lastChange(world, rules, 'gauges.russiaAlarm'),
    alarmLevel: level,
  };
}

/** The HUD items that explain themselves on hover or focus. */
export const HUD_ITEMS = ['budget', 'capital', 'sovereignty', 'prosperity', 'security', 'stability', 'balance', 'alarm'] as const;
export type HudItem = (typeof HUD_ITEMS)[number];

/** The number each HUD item shows, by the path its explanation opens (`explain:<path>`). */
export const HUD_PATHS: Record<HudItem, string> = {
  budget: 'economy.budgetUsdBn', capital: 'politics.capital', sovereignty: 'pillars.sovereignty', prosperity: 'pillars.prosperity',
  security: 'pillars.security', stability: 'pillars.stability', balance: 'balance', alarm: 'gauges.russiaAlarm',
};

/** The scenario path whose starting value a HUD item rests on, for its "starting value from" line. */
export const HUD_SOURCE_PATHS: Partial<Record<HudItem, string>> = {
  budget: 'economy.budgetPerTurnUsdBn', capital: 'politics.capital', stability: 'society.stability', alarm: 'gauges.russiaAlarm',
};

/** Why a HUD number is what it is: what it measures, then its change over the last turn and its largest causes. */
export function hudWhy(world: World, rules: Rules | null, item: HudItem, count = 3): string[] {
  const lines = [t(`hud.why.${item}`)];
  const e = explainNumber(world, rules, HUD_PATHS[item]);
  if (!e || e.turn < 0 || e.causes.length === 0) return lines;
  // Causes too small to show a digit ("±0") are left to the full explanation, which sums them on one line.
  const shown = e.causes.map((c) => ({ c, change: changeAt(e.path, 0, c.delta) })).filter(({ change }) => /[1-9]/.test(change));
  lines.push(explanationHeadline(e), ...shown.slice(0, count).map(({ c, change }) => `${change} — ${c.words}`), t('explain.hint'));
  return lines;
}
