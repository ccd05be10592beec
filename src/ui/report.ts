// Report view-model: the ledger of one turn grouped by cause and worded for people, plus the chart series over time.
import { t } from '../i18n';
import type { Rules } from '../sim/content';
import { PARTNER_IDS, PILLAR_IDS, POWER_IDS, ROUTE_IDS } from '../sim/ids';
import { causeKey } from '../sim/causes';
import type { Path } from '../sim/fields';
import type { Cause, LedgerEntry, TurnRecord } from '../sim/world';
import type { Series } from './chartModel';
import { changeAt } from './format';
import { causeGroup, causeWords, reactionsWords, type CauseGroup } from './causeWords';
import { partnerName, pathLabel, powerName, routeName } from './labels';
import { SERIES_COLORS } from './theme';

/** One cause and the changes it made this turn (for merged reactions: the move they answer, with term 'reaction'). */
export interface CauseView {
  cause: Cause;
  label: string;
  changes: { label: string; change: string }[];
  weight: number; // how much it moved things, for ordering
}

/** One group of the report (your decisions, the powers, events, the model). */
export interface GroupView {
  group: CauseGroup;
  title: string;
  causes: CauseView[];
}

const HIDDEN = /^(powers\.|flags\.|economy\.oilPricePath|oil\.routes\.\w+\.disruptedTurns)/;

/** Relative size of a change, so 1 point of alarm and $1 bn of trade compare sensibly. */
function weightOf(e: { path: string; before: LedgerEntry['before']; after: LedgerEntry['after'] }): number {
  if (typeof e.before !== 'number' || typeof e.after !== 'number') return e.before === e.after ? 0 : 10;
  const d = Math.abs(e.after - e.before);
  return d / Math.max(1, Math.abs(e.before)) * 100;
}

/** The ledger of `turn`, grouped by cause; each cause keeps its `perCause` largest net changes. */
export function reportGroups(rules: Rules | null, ledger: readonly LedgerEntry[], turn: number, perCause = 3): GroupView[] {
  // Reactions of several powers to the same move read as one item: "Reactions to X: Relations with USA +3 · …".
  const merged = new Map<string, { cause: Cause; paths: Map<Path, { path: Path; before: LedgerEntry['before']; after: LedgerEntry['after'] }> }>();
  for (const e of ledger) {
    if (e.turn !== turn || HIDDEN.test(e.path)) continue;
    const cause: Cause = e.cause.term === 'reaction' ? { kind: e.cause.kind, id: e.cause.id, option: e.cause.option, term: 'reaction' } : e.cause;
    const key = causeKey(cause);
    const group = merged.get(key) ?? { cause, paths: new Map() };
    const prior = group.paths.get(e.path);
    group.paths.set(e.path, { path: e.path, before: prior ? prior.before : e.before, after: e.after });
    merged.set(key, group);
  }
  const causes: CauseView[] = [];
  for (const { cause, paths } of merged.values()) {
    const reactions = cause.term === 'reaction';
    const moved = [...paths.values()].map((c) => ({ c, w: weightOf(c) })).filter((x) => x.w >= 0.5).sort((a, b) => b.w - a.w);
    if (!moved.length) continue;
    causes.push({
      cause,
      label: reactions ? reactionsWords(cause, rules) : causeWords(cause, rules),
      changes: moved.slice(0, reactions ? 7 : perCause).map(({ c }) => ({ label: pathLabel(c.path), change: changeAt(c.path, c.before, c.after) })),
      weight: moved.reduce((s, x) => s + x.w, 0),
    });
  }
  const order: CauseGroup[] = ['yours', 'powers', 'events', 'model'];
  return order
    .map((group) => ({ group, title: t(`cause.group.${group}`), causes: causes.filter((c) => causeGroup(c.cause) === group).sort((a, b) => b.weight - a.weight) }))
    .filter((g) => g.causes.length > 0);
}

/** The four chart families the report and debrief draw. */
export type ChartKind = 'trade' | 'oil' | 'relations' | 'pillars';

/** Series of one chart family over the recorded turns. */
export function chartSeries(history: readonly TurnRecord[], kind: ChartKind): Series[] {
  const make = (id: string, label: string, pick: (r: TurnRecord) => number): Series => ({ id, label, color: SERIES_COLORS[id] ?? 0x888888, values: history.map(pick) });
  switch (kind) {
    case 'trade': return PARTNER_IDS.map((p) => make(p, partnerName(p), (r) => r.indicators.tradeByPartnerUsdBn[p]));
    case 'oil': return ROUTE_IDS.map((id) => make(id === 'china' ? 'china' : id, routeName(id), (r) => r.indicators.oilByRouteMt[id]));
    case 'relations': return POWER_IDS.map((p) => make(p, powerName(p), (r) => r.indicators.relations[p]));
    case 'pillars': return PILLAR_IDS.map((p) => make(p, t(`hud.pillars.${p}`), (r) => r.indicators.pillars[p]));
  }
}

/** Whether a chart family stacks its series (shares of one total) or draws them as lines. */
export const stacked = (kind: ChartKind): boolean => kind === 'trade' || kind === 'oil';
