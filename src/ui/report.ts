// Report view-model: the ledger of one turn grouped by cause and worded for people, plus the chart series over time.
import { t } from '../i18n';
import type { Rules } from '../sim/content';
import { PARTNER_IDS, PILLAR_IDS, POWER_IDS, ROUTE_IDS } from '../sim/ids';
import { causeKey } from '../sim/causes';
import type { Path } from '../sim/fields';
import type { Cause, LedgerEntry, TurnRecord, World } from '../sim/world';
import type { Series } from './chartModel';
import { explainNumber, type Explanation } from './explain/explain';
import { fieldLabel, riseIsGood } from './explain/fieldLabel';
import { changeAt, shownChange, shownValue } from './format';
import { causeGroup, causeWords, reactionsWords, type CauseGroup } from './causeWords';
import { partnerName, powerName, routeName } from './labels';
import { seriesColor } from './theme';

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
export function reportGroups(rules: Rules | null, ledger: Iterable<LedgerEntry>, turn: number, perCause = 3): GroupView[] {
  // Reactions of several powers to the same move read as one item: "Reactions to X: Relations with USA +3 · …".
  type Change = { path: Path; before: LedgerEntry['before']; after: LedgerEntry['after'] };
  const merged = new Map<string, { cause: Cause; paths: Map<Path, Change> }>();
  for (const e of ledger) {
    if (e.turn !== turn || HIDDEN.test(e.path)) continue;
    const cause: Cause = e.cause.term === 'reaction' ? { kind: e.cause.kind, id: e.cause.id, option: e.cause.option, term: 'reaction' } : e.cause;
    const key = causeKey(cause);
    const group = merged.get(key) ?? { cause, paths: new Map<Path, Change>() };
    const prior = group.paths.get(e.path);
    group.paths.set(e.path, { path: e.path, before: prior ? prior.before : e.before, after: e.after });
    merged.set(key, group);
  }
  const causes: CauseView[] = [];
  for (const { cause, paths } of merged.values()) {
    const reactions = cause.term === 'reaction';
    const moved = [...paths.values()].map((c) => ({ c, w: weightOf(c) })).filter((x) => x.w > 0 && !changeAt(x.c.path, x.c.before, x.c.after).includes('±0')).sort((a, b) => b.w - a.w);
    if (!moved.length) continue;
    causes.push({
      cause,
      label: reactions ? reactionsWords(cause, rules) : causeWords(cause, rules),
      changes: moved.slice(0, reactions ? 7 : perCause).map(({ c }) => ({ label: fieldLabel(c.path), change: changeAt(c.path, c.before, c.after) })),
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
  const make = (id: string, label: string, pick: (r: TurnRecord) => number): Series => ({ id, label, color: seriesColor(id), values: history.map(pick) });
  switch (kind) {
    case 'trade': return PARTNER_IDS.map((p) => make(p, partnerName(p), (r) => r.indicators.tradeByPartnerUsdBn[p]));
    case 'oil': return ROUTE_IDS.map((id) => make(id === 'china' ? 'china' : id, routeName(id), (r) => r.indicators.oilByRouteMt[id]));
    case 'relations': return POWER_IDS.map((p) => make(p, powerName(p), (r) => r.indicators.relations[p]));
    case 'pillars': return PILLAR_IDS.map((p) => make(p, t(`hud.pillars.${p}`), (r) => r.indicators.pillars[p]));
  }
}

/** The number a chart point shows, to explain it: a pillar, relations with a power, trade with a partner, a route's flow. */
export function chartPointPath(kind: ChartKind, seriesId: string): string {
  switch (kind) {
    case 'pillars': return `pillars.${seriesId}`;
    case 'relations': return `relations.${seriesId}`;
    case 'trade': return `trade.${seriesId}`;
    case 'oil': return `oil.routes.${seriesId}.flowMt`;
  }
}

/** Whether a chart family stacks its series (shares of one total) or draws them as lines. */
export const stacked = (kind: ChartKind): boolean => kind === 'trade' || kind === 'oil';

/** The numbers the report ranks by how much they moved: pillars, balance, gauges, the economy, trade and relations. */
export function rankedPaths(world: World): string[] {
  return [
    ...PILLAR_IDS.map((p) => `pillars.${p}`), 'balance', 'gauges.russiaAlarm', 'gauges.chinaLeverage', 'gauges.westConcern',
    'economy.gdpUsdBn', 'economy.nationalFundUsdBn', 'oil.exportsMt', 'oil.shutInMt', 'society.stability',
    ...PARTNER_IDS.filter((p) => p in world.trade).map((p) => `trade.${p}`),
    ...POWER_IDS.map((p) => `relations.${p}`),
  ];
}

/** One number of "what mattered": its change this turn and its largest causes, with every cause kept for the panel. */
export interface MatteredRow {
  path: string;
  label: string;
  change: string; // "55.3 → 34.1 (−21.2)"
  delta: number;
  good: boolean | null; // whether this change is good news (null: neither)
  causes: { words: string; change: string; delta: number }[];
  explanation: Explanation;
}

const POINT_SCALE = /^(pillars\.|balance$|gauges\.|relations\.|society\.stability$)/;

/** How much a change matters for ranking: points on 0–100 scales, percent of the old value otherwise. */
export function changeWeight(path: string, before: number, after: number): number {
  const d = Math.abs(after - before);
  return POINT_SCALE.test(path) ? d : (d / Math.max(1, Math.abs(before))) * 100;
}

/** What mattered over the last closed turn: every number that visibly moved, largest change first, with its top causes. */
export function matteredRows(world: World, rules: Rules | null, topCauses = 3): MatteredRow[] {
  const rows: (MatteredRow & { weight: number })[] = [];
  for (const path of rankedPaths(world)) {
    const e = explainNumber(world, rules, path);
    if (!e || e.turn < 0) continue;
    const weight = changeWeight(path, e.before, e.after);
    if (weight < 0.05 || shownValue(path, e.before) === shownValue(path, e.after)) continue;
    const rise = riseIsGood(path);
    rows.push({
      path, label: e.label, delta: e.after - e.before, weight, explanation: e,
      change: shownChange(path, e.before, e.after),
      good: rise === null ? null : rise === e.after > e.before,
      causes: e.causes.slice(0, topCauses).map((c) => ({ words: c.words, change: changeAt(path, 0, c.delta), delta: c.delta })),
    });
  }
  // The scores (pillars and balance) lead, then every other number; each part by size of change.
  const score = (p: string) => (p.startsWith('pillars.') || p === 'balance' ? 0 : 1);
  return rows.sort((a, b) => score(a.path) - score(b.path) || b.weight - a.weight).map(({ weight: _w, ...row }) => row);
}
