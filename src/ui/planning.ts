// Planning view-model: the action cards of a vector with cost, delay, predicted effects, who reacts, and why not.
import { t, textOf } from '../i18n';
import type { Rules } from '../sim/content';
import { checkSelection, previewAction } from '../sim/index';
import type { VectorId } from '../sim/ids';
import { entry } from '../sim/indexing';
import type { World } from '../sim/world';
import { changeAt, money, num, signed } from './format';
import { pathLabel, persistence, powerName } from './labels';
import { FIELDS, type Path } from '../sim/fields';
import { refusalWords } from './refusalWords';

/** One predicted line on a card ("Russia's alarm +4"). */
export interface EffectLine {
  label: string;
  change: string;
  good: boolean | null; // direction for the arrow glyph; null when neutral or unknown
  lasting: string; // how long the change lasts ("fades ~20% a turn", "lasting")
}

/** One action card. */
export interface ActionCard {
  id: string;
  title: string;
  description: string;
  cost: string;
  capital: string;
  delay: string;
  effects: EffectLine[];
  completion: EffectLine[];
  reactions: { power: string; powerId: string; change: string; note: string; positive: boolean }[];
  state: 'selected' | 'available' | 'unavailable';
  reason: string | null;
}

const lineOf = (c: { path: Path; before: number | string | boolean; after: number | string | boolean }): EffectLine => {
  const d = typeof c.before === 'number' && typeof c.after === 'number' ? c.after - c.before : 0;
  const rise = FIELDS[c.path].rise; // whether a rise is good for Kazakhstan (so arrows can say ▲ bad / ▼ good without colour alone)
  return { label: pathLabel(c.path), change: changeAt(c.path, c.before, c.after), good: d === 0 || rise === 'neutral' ? null : (d > 0) === (rise === 'good'), lasting: persistence(c.path) };
};

/** The ids of the actions in a vector, in content order. */
export function actionsIn(rules: Rules, vector: VectorId): string[] {
  return Object.values(rules.actions).filter((a) => a.vector === vector).map((a) => a.id);
}

/** The card of one action, given the current selection. */
export function actionCard(rules: Rules, world: World, selected: readonly string[], id: string): ActionCard {
  const a = entry(rules.actions, id, 'actions');
  const preview = previewAction(rules, world, id);
  const isSelected = selected.includes(id);
  const check = isSelected ? ({ ok: true } as const) : checkSelection(rules, world, selected, id);
  return {
    id,
    title: textOf(a.title),
    description: textOf(a.description),
    cost: money(a.costUsdBn),
    capital: t('plan.capitalCost', { n: num(a.capital, 0) }),
    delay: a.delay === 0 ? t('plan.delayNow') : t('plan.delay', { count: a.delay }),
    effects: preview.changes.filter((c) => !c.path.startsWith('flags.')).map(lineOf),
    completion: preview.completion.filter((c) => !c.path.startsWith('flags.')).map(lineOf),
    reactions: preview.reactions.map((r) => ({ power: powerName(r.power), powerId: r.power, change: signed(r.relation, 0), note: textOf(r.note), positive: r.relation >= 0 })),
    state: isSelected ? 'selected' : check.ok ? 'available' : 'unavailable',
    reason: check.ok ? null : refusalWords(check, rules),
  };
}

/** Totals of the selection for the panel footer. */
export function selectionSummary(rules: Rules, world: World, selected: readonly string[]): { text: string; spentBn: number; spentCapital: number } {
  const picked = selected.flatMap((id) => rules.actions[id] ?? []);
  const spentBn = picked.reduce((s, a) => s + a.costUsdBn, 0);
  const spentCapital = picked.reduce((s, a) => s + a.capital, 0);
  return {
    text: `${t('plan.selected', { count: selected.length, limit: world.politics.actionLimit })} · ${t('plan.spend', { money: money(spentBn), capital: num(spentCapital, 0) })}`,
    spentBn,
    spentCapital,
  };
}
