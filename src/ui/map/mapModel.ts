// Pure view-model of the map overlay: World + lens → what each route, corridor and partner marker shows and says.
import { CORRIDOR_IDS, MEMBERSHIP_IDS, POWER_IDS, ROUTE_IDS, SUPPLIER_IDS } from '../../sim/ids';
import type { CorridorId, MembershipId, PowerId, RouteId, RouteStatus, SupplierId } from '../../sim/ids';
import { present } from '../../sim/indexing';
import type { LedgerRead } from '../../sim/ledger';
import type { Cause, LedgerEntry, World } from '../../sim/world';
import { alarmLevel } from './mapStyle';
import type { Translate } from './mapStrings';

/** What the map emphasises: oil routes, trade partners, alliances, or military suppliers. */
export const MAP_LENSES = ['oil', 'trade', 'alliances', 'military'] as const;
export type MapLens = (typeof MAP_LENSES)[number];

/** One oil route as drawn: flow sets the width, status the colour and pattern, the lens the emphasis. */
export interface RouteVisual {
  id: RouteId;
  flowMt: number;
  capacityMt: number;
  status: RouteStatus;
  emphasis: number; // 0..1 opacity weight
}

/** One goods corridor as drawn. */
export interface CorridorVisual {
  id: CorridorId;
  volumeMt: number;
  capacityMt: number;
  emphasis: number;
}

/** One partner marker: its relation gauge and the lens's figure (trade, arms share) sizing its bubble. */
export interface PartnerVisual {
  id: PowerId;
  relation: number;
  bubbleValue: number; // 0 when the lens shows no bubble
  bubbleLabel: string;
  bubbleUnit?: number; // the value a bubble of base size stands for (default: 2 for shares in %, else 1)
}

/** Everything the overlay draws for one world and lens. */
export interface MapModel {
  routes: RouteVisual[];
  corridors: CorridorVisual[];
  partners: PartnerVisual[];
  russiaAlarm: number;
  alarmLevel: ReturnType<typeof alarmLevel>;
  panel: { title: string; rows: { label: string; value: number; max: number }[] } | null;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** Arsenal share of each supplier as a percentage of the whole arsenal. */
export function arsenalShares(world: World): Record<SupplierId, number> {
  const total = SUPPLIER_IDS.reduce((sum, id) => sum + Math.max(0, world.military.arsenal[id]), 0);
  return Object.fromEntries(SUPPLIER_IDS.map((id) => [id, total > 0 ? (100 * Math.max(0, world.military.arsenal[id])) / total : 0])) as Record<SupplierId, number>;
}

/** Total trade (exports + imports) with a power, USD bn per year; the EU and US map to their trade partners. */
export function tradeWith(world: World, id: PowerId): number {
  if (id === 'azerbaijan') return 0; // grouped under 'other' in Kazakh statistics
  const flow = world.trade[id];
  return flow ? flow.exportsUsdBn + flow.importsUsdBn : 0;
}

const ARMS_SUPPLIER_OF: Partial<Record<PowerId, SupplierId>> = { russia: 'russia', china: 'china', turkey: 'turkey', us: 'west' };

/** The groupings that tie Kazakhstan to each power (the alliances lens draws them at the power's card). */
export const BLOCS_OF: Record<PowerId, readonly MembershipId[]> = {
  russia: ['csto', 'eaeu', 'sco'], china: ['sco', 'bri'], eu: ['euPartnership'], us: ['c5plus1'], turkey: ['ots'], azerbaijan: ['ots'], gulf: [],
};

/** Builds the overlay's view-model; the lens decides which layer stands out and which panel is listed. */
export function buildMapModel(world: World, lens: MapLens, t: Translate): MapModel {
  const shares = arsenalShares(world);
  const routes = ROUTE_IDS.map((id): RouteVisual => {
    const r = world.oil.routes[id];
    return { id, flowMt: r.flowMt, capacityMt: r.capacityMt, status: r.status, emphasis: lens === 'oil' ? 1 : 0.35 };
  });
  const corridors = CORRIDOR_IDS.map((id): CorridorVisual => {
    const c = world.corridors[id];
    return { id, volumeMt: c.volumeMt, capacityMt: c.capacityMt, emphasis: lens === 'trade' ? 1 : 0.3 };
  });
  const partners = POWER_IDS.map((id): PartnerVisual => {
    if (lens === 'trade') {
      const total = tradeWith(world, id);
      return { id, relation: world.relations[id], bubbleValue: total, bubbleLabel: total > 0 ? `$${round1(total)} bn` : '' };
    }
    if (lens === 'military') {
      const supplier = ARMS_SUPPLIER_OF[id];
      const share = supplier ? shares[supplier] : 0;
      return { id, relation: world.relations[id], bubbleValue: share, bubbleLabel: supplier ? `${Math.round(share)}%` : '' };
    }
    if (lens === 'alliances') {
      // The groupings Kazakhstan is still in with this power, by name; the bubble grows with the deepest engagement.
      const active = BLOCS_OF[id].filter((m) => world.memberships[m].member);
      const engagement = Math.max(0, ...active.map((m) => world.memberships[m].engagement));
      return { id, relation: world.relations[id], bubbleValue: engagement, bubbleLabel: active.map((m) => t(`map.membershipShort.${m}`)).join(' · '), bubbleUnit: 4 };
    }
    return { id, relation: world.relations[id], bubbleValue: 0, bubbleLabel: '' };
  });
  let panel: MapModel['panel'] = null;
  if (lens === 'alliances') {
    const rows = [...MEMBERSHIP_IDS]
      .sort((a, b) => world.memberships[b].engagement - world.memberships[a].engagement)
      .map((id: MembershipId) => {
        const m = world.memberships[id];
        const name = t(`map.membership.${id}`);
        const label = m.member ? t('map.alliances.member', { name, engagement: Math.round(m.engagement) }) : t('map.alliances.notMember', { name });
        return { label, value: m.member ? m.engagement : 0, max: 100 };
      });
    panel = { title: t('map.alliances.title'), rows };
  } else if (lens === 'military') {
    const rows = [...SUPPLIER_IDS].sort((a, b) => shares[b] - shares[a])
      .map((id) => ({ label: `${t(`map.supplier.${id}`)} ${Math.round(shares[id])}%`, value: shares[id], max: 100 }));
    panel = { title: t('map.military.title'), rows };
  } else if (lens === 'trade') {
    const ids = ['eu', 'china', 'russia', 'turkey', 'us', 'gulf'] as const;
    const totals = ids.map((id) => ({ id, total: tradeWith(world, id) })).sort((a, b) => b.total - a.total);
    const max = Math.max(1, ...totals.map((x) => x.total));
    panel = { title: t('map.trade.title'), rows: totals.map((x) => ({ label: `${t(`map.partner.${x.id}`)} ${round1(x.total)}`, value: x.total, max })) };
  }
  return { routes, corridors, partners, russiaAlarm: world.gauges.russiaAlarm, alarmLevel: alarmLevel(world.gauges.russiaAlarm), panel };
}

/** The last `count` ledger entries whose path starts with one of `prefixes`, newest first. */
export function lastChanges<E extends Pick<LedgerEntry, 'turn'> & { path: string }>(ledger: LedgerRead<E>, prefixes: readonly string[], count = 3): E[] {
  const found: E[] = [];
  for (let i = ledger.length - 1; i >= 0 && found.length < count; i--) {
    const entry = present(ledger.at(i), 'ledger');
    if (prefixes.some((p) => entry.path === p || entry.path.startsWith(`${p}.`))) found.push(entry);
  }
  return found;
}

const fmt = (v: number | string | boolean) => (typeof v === 'number' ? round1(v).toLocaleString('en-US') : String(v));

/** Turns a ledger cause ({kind: 'action', id: 'btc-volume-agreement'}) into words when the game gives no nicer name. */
export function plainCause(cause: Cause): string {
  return `${cause.kind}: ${[cause.power, cause.id, cause.option].filter(Boolean).join(' – ').replace(/-/g, ' ')}`;
}

/** A path's last key in words when no better name is given ("disruptedTurns" → "disrupted turns"), never a raw field name. */
export const plainPath = (path: string): string => (path.split('.').pop() ?? path).replace(/([a-z])([A-Z])/g, '$1 $2').replace(/(Mt|UsdBn|UsdPerT|Pct)$/i, '').trim().toLowerCase();

/** Tooltip lines explaining changes, from the ledger (changes that round to nothing are left out). */
export function whyLines(world: World, prefixes: readonly string[], t: Translate, describeCause: (cause: Cause) => string, describePath: (path: string) => string = plainPath): string[] {
  const entries = lastChanges(world.ledger, prefixes, 8).filter((e) => fmt(e.before) !== fmt(e.after)).slice(0, 3);
  if (entries.length === 0) return [t('map.whyTitle'), t('map.whyNone')];
  return [t('map.whyTitle'), ...entries.map((e) => t('map.whyEntry', {
    turn: e.turn + 1, what: describePath(e.path), before: fmt(e.before), after: fmt(e.after), cause: describeCause(e.cause),
  }))];
}

/** The number a map object's click explains: a route's flow, a corridor's volume, a partner's relations (null: none). */
export function explainedPath(name: string): string | null {
  const [kind, id = ''] = name.split(':');
  if (kind === 'route' && (ROUTE_IDS as readonly string[]).includes(id)) return `oil.routes.${id}.flowMt`;
  if (kind === 'corridor' && (CORRIDOR_IDS as readonly string[]).includes(id)) return `corridors.${id}.volumeMt`;
  if (kind === 'partner' && (POWER_IDS as readonly string[]).includes(id)) return `relations.${id}`;
  return null;
}

/** The transit country in the player's language (the scenario names it in English, e.g. "Russia"). */
function transitName(country: string, t: Translate): string {
  const key = `map.partner.${country.toLowerCase()}`;
  const name = t(key);
  return name === key ? country : name;
}

/** The tooltip of a named map object (`route:cpc`, `corridor:middle`, `partner:russia`): numbers first, then why. */
export function tooltipFor(
  name: string,
  world: World,
  t: Translate,
  describeCause: (cause: Cause) => string = plainCause,
  describeSource: (path: string) => string | undefined = () => undefined,
  describePath: (path: string) => string = plainPath,
): string[] {
  const [kind, id = ''] = name.split(':');
  const source = (path: string) => {
    const words = describeSource(path);
    return words ? [t('map.sourceLine', { source: words })] : [];
  };
  if (kind === 'route' && (ROUTE_IDS as readonly string[]).includes(id)) {
    const r = world.oil.routes[id as RouteId];
    const lines = [
      t(`map.route.${id}`),
      t('map.flowLine', { flow: round1(r.flowMt), capacity: round1(r.capacityMt) }),
      t('map.statusLine', { status: t(`map.status.${r.status}`), transit: transitName(r.transit, t) }),
      t('map.costLine', { cost: Math.round(r.costUsdPerT) }),
    ];
    if (r.status === 'disrupted') lines.push(t('map.disruptedFor', { turns: r.disruptedTurns }));
    return [...lines, ...source(`oil.routes.${id}.capacityMt`), ...whyLines(world, [`oil.routes.${id}`], t, describeCause, describePath)];
  }
  if (kind === 'corridor' && (CORRIDOR_IDS as readonly string[]).includes(id)) {
    const c = world.corridors[id as CorridorId];
    return [
      t(`map.corridor.${id}`),
      t('map.corridorLine', { volume: round1(c.volumeMt), capacity: round1(c.capacityMt), growth: round1(c.growthPct) }),
      ...source(`corridors.${id}.capacityMt`),
      ...whyLines(world, [`corridors.${id}`], t, describeCause, describePath),
    ];
  }
  if (kind === 'partner' && (POWER_IDS as readonly string[]).includes(id)) {
    const power = id as PowerId;
    const flow = power === 'azerbaijan' ? undefined : world.trade[power];
    const lines = [t(`map.partner.${power}`), t('map.relationLine', { value: Math.round(world.relations[power]) })];
    if (flow) lines.push(t('map.tradeLine', { total: round1(flow.exportsUsdBn + flow.importsUsdBn), exports: round1(flow.exportsUsdBn), imports: round1(flow.importsUsdBn) }));
    lines.push(t('map.investmentLine', { value: round1(world.economy.investmentUsdBn[power]) }));
    const supplier = ARMS_SUPPLIER_OF[power];
    if (supplier) lines.push(t('map.armsLine', { share: Math.round(arsenalShares(world)[supplier]) }));
    const paths = [`relations.${power}`, `trade.${power}`];
    if (power === 'russia') {
      lines.push(t('map.alarmLine', { value: Math.round(world.gauges.russiaAlarm), level: t(`map.alarm.${alarmLevel(world.gauges.russiaAlarm)}`) }));
      paths.push('gauges.russiaAlarm');
    }
    return [...lines, ...source(flow ? `trade.${power}.exportsUsdBn` : `relations.${power}`), ...whyLines(world, paths, t, describeCause, describePath)];
  }
  return [name];
}
