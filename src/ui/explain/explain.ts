// "Why did this change?": one number's change over a turn, split into its causes (largest first) so the parts add up exactly.
import { language } from '../../i18n';
import type { Rules } from '../../sim/content';
import { PILLAR_IDS, type PillarId } from '../../sim/ids';
import { tradeTotals } from '../../sim/model/trade';
import { causeKey } from '../../sim/causes';
import { at, present } from '../../sim/indexing';
import { NO_LEDGER } from '../../sim/ledger';
import { accessor, getAt } from '../../sim/paths';
import { balanceIndex, pillars } from '../../sim/scoring';
import type { Cause, Indicators, LedgerEntry, World } from '../../sim/world';
import { causeSource, explainedCauseWords, UNTRACKED } from './causeSource';
import { fieldLabel } from './fieldLabel';

/** One cause of a change: what it was, how much of the change it made, in words, and where it rests. */
export type ExplainedCause = Cause & {
  delta: number;
  words: string;
  source: string;
  address?: string;
};

/** A number's change over one turn and its causes, largest first; the deltas add up to after − before. */
export interface Explanation {
  path: string;
  label: string;
  turn: number; // the turn whose changes are explained (−1: none closed yet, the starting value)
  date: string;
  before: number;
  after: number;
  causes: ExplainedCause[];
}

/** How to read one explainable number from a world, and from a turn's recorded indicators when it is derived. */
interface Reader {
  value: (w: World) => number;
  recorded?: (i: Indicators) => number; // derived numbers: the value the history recorded at the end of a turn
  derived: boolean; // computed from several world values (else a value at the path itself)
}

/** The reader of an explainable path, or null if the path names no number. */
export function readerOf(world: World, path: string): Reader | null {
  const [head, a, b] = path.split('.');
  if (head === 'pillars' && (PILLAR_IDS as readonly string[]).includes(a ?? '')) {
    const id = a as PillarId;
    return { value: (w) => pillars(w)[id], recorded: (i) => i.pillars[id], derived: true };
  }
  if (path === 'balance') return { value: balanceIndex, recorded: (i) => i.balance, derived: true };
  if (head === 'trade' && a && !b && a in world.trade) return { value: (w) => tradeTotals(w)[a as keyof World['trade']], derived: true };
  if (typeof getAt(world, path) === 'number') return { value: (w) => getAt(w, path) as number, derived: false };
  return null;
}

/** A mutable copy of the world's state without its logs, to rewind and replay ledger changes on. */
function scratch(world: World): World {
  const { ledger: _l, history: _h, news: _n, ...rest } = world;
  return { ...structuredClone(rest), ledger: NO_LEDGER, history: [], news: [] };
}

const TINY = 1e-9;

/**
 * Explains `path` over `turn` (default: the last closed turn, up to now). Method: the world is rewound to the turn's
 * start by undoing the ledger's later changes, then the turn's changes are replayed in the order the turn applied them;
 * each is credited with how much it moved the number (for a plain value, its own change; for a derived one such as a
 * pillar, the difference it made when applied). Anything the ledger did not itemise would be one more line ("other
 * changes"), so the parts always add up to after − before; real games have none (tests/ui/explainScenarios.test.ts).
 */
export function explainNumber(world: World, rules: Rules | null, path: string, turn?: number): Explanation | null {
  // Worlds are immutable, so an explanation holds as long as its world, language and rules do (the HUD asks on every redraw).
  const key = `${path}|${turn ?? ''}|${language()}`;
  let byKey = cache.get(world);
  if (byKey?.rules !== rules) cache.set(world, (byKey = { rules, map: new Map() }));
  if (!byKey.map.has(key)) byKey.map.set(key, computeExplanation(world, rules, path, turn));
  return byKey.map.get(key) ?? null;
}

const cache = new WeakMap<World, { rules: Rules | null; map: Map<string, Explanation | null> }>();

function computeExplanation(world: World, rules: Rules | null, path: string, turn?: number): Explanation | null {
  const reader = readerOf(world, path);
  if (!reader) return null;
  const lastClosed = world.history[world.history.length - 1]?.turn ?? -1;
  const T = turn ?? lastClosed;
  const label = fieldLabel(path);
  if (T < 0) {
    const v = reader.value(world);
    return { path, label, turn: -1, date: '', before: v, after: v, causes: [] };
  }
  const live = T >= lastClosed;
  const ledger = world.ledger;
  let start = ledger.findIndex((e) => e.turn >= T);
  if (start < 0) start = ledger.length;
  let end = live ? ledger.length : ledger.findIndex((e) => e.turn > T);
  if (end < 0) end = ledger.length;
  // Rewind: undo every change after the window, then the window's own.
  const w = scratch(world);
  for (let i = ledger.length - 1; i >= start; i--) {
    const e = present(ledger.at(i), 'ledger');
    accessor(e.path).set(w, e.before);
  }
  const record = (n: number) => world.history.find((h) => h.turn === n)?.indicators;
  const rewound = reader.value(w);
  const before = reader.recorded && T > 0 && record(T - 1) ? reader.recorded(record(T - 1)!) : rewound;
  // Replay the window, crediting each change's cause.
  const sums = new Map<string, { ref: Cause; delta: number }>();
  const credit = (ref: Cause, delta: number) => {
    if (Math.abs(delta) < TINY) return;
    const key = causeKey(ref);
    const s = sums.get(key) ?? { ref, delta: 0 };
    s.delta += delta;
    sums.set(key, s);
  };
  let value = rewound;
  const leaf = !reader.derived;
  for (let i = start; i < end; i++) {
    const e: LedgerEntry = present(ledger.at(i), 'ledger');
    if (leaf && e.path !== path) continue;
    accessor(e.path).set(w, e.after);
    const next = leaf ? (e.after as number) : reader.value(w);
    credit(e.cause, next - value);
    value = next;
  }
  // A past turn ends where its replay ends (or at the value its record holds); the last one ends at the value shown now.
  const after = live ? reader.value(world) : reader.recorded && record(T) ? reader.recorded(record(T)!) : reader.value(w);
  let causes = [...sums.values()];
  const residual = after - before - causes.reduce((s, c) => s + c.delta, 0);
  if (Math.abs(residual) >= 0.05 || (Math.abs(residual) > TINY && causes.length === 0)) {
    causes.push({ ref: UNTRACKED, delta: residual });
  } else if (Math.abs(residual) > TINY) {
    // Rounding of the recorded value: folded into the largest part rather than shown as a line of its own.
    causes.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta));
    const largest = at(causes, 0, 'causes');
    causes[0] = { ...largest, delta: largest.delta + residual };
  }
  causes = causes.filter((c) => Math.abs(c.delta) > TINY).sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta));
  return {
    path, label, turn: T, date: world.history.find((h) => h.turn === T)?.date ?? '', before, after,
    causes: causes.map(({ ref, delta }) => {
      const source = causeSource(ref, rules);
      return { ...ref, delta, words: explainedCauseWords(ref, rules), source: source.words, ...(source.address ? { address: source.address } : {}) };
    }),
  };
}
