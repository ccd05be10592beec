// The ledger: every change a game made, with its cause, kept compactly (three numbers a change) and shared between the
// worlds of a line, so that a finished game retains little and a turn never copies the changes before it.
import { causeKey } from './causes';
import { FIELDS, type Path } from './fields';
import type { Cause, LedgerEntry } from './world';

/** A value a ledger entry may hold before or after (the leaves of the world). */
type Leaf = LedgerEntry['before'];

/** What readers of changes need: a length and an entry by index (arrays of entries qualify too, e.g. in tests). */
export interface LedgerRead<E = LedgerEntry> {
  readonly length: number;
  at(index: number): E | undefined;
}

const PATHS = Object.keys(FIELDS) as Path[];
const PATH_INDEX = new Map<string, number>(PATHS.map((p, i) => [p, i]));
/** Entry meta = turn + TURNS · (path + PATH_SLOTS · cause): exact in a double while cause < 2^25. */
const TURNS = 65_536;
const PATH_SLOTS = 4_096;
const MAX_CAUSES = 2 ** 25;
if (PATHS.length >= PATH_SLOTS) throw new RangeError(`ledger: ${PATHS.length} fields do not fit its ${PATH_SLOTS} path slots`);

/** Causes by number, shared by every ledger: a game uses a few hundred, made by the content's ids. */
const CAUSES: Cause[] = [];
const CAUSE_BY_KEY = new Map<string, number>();
const CAUSE_BY_OBJECT = new WeakMap<Cause, number>();

/** The number of a cause (causes are interned by value: a copied cause gets the same number as the original). */
function causeNumber(cause: Cause): number {
  let n = CAUSE_BY_OBJECT.get(cause);
  if (n !== undefined) return n;
  const key = causeKey(cause);
  n = CAUSE_BY_KEY.get(key);
  if (n === undefined) {
    if (CAUSES.length >= MAX_CAUSES) throw new RangeError('ledger: too many distinct causes');
    n = CAUSES.length;
    CAUSES.push(Object.isFrozen(cause) ? cause : Object.freeze({ ...cause }));
    CAUSE_BY_KEY.set(key, n);
  }
  CAUSE_BY_OBJECT.set(cause, n);
  return n;
}

/** The changes of one step (a resolved turn, an answer, a close): fixed forever at `start` in every ledger holding it. */
interface Chunk {
  readonly start: number;
  readonly count: number;
  /** [meta, before, after] per change; a non-number value is NaN here and kept in `others` by slot. */
  readonly data: Float64Array;
  readonly others: ReadonlyMap<number, Leaf> | null;
}

/** One change's three numbers, and any non-number value, appended to growing lists. */
function pushEntry(data: number[], others: Map<number, Leaf>, turn: number, path: Path, before: Leaf, after: Leaf, cause: Cause): void {
  const pathIndex = PATH_INDEX.get(path);
  if (pathIndex === undefined) throw new RangeError(`ledger: "${path}" is not a field`);
  if (!(turn >= 0 && turn < TURNS && Number.isInteger(turn))) throw new RangeError(`ledger: turn ${turn} out of range`);
  const slot = data.length;
  data.push(turn + TURNS * (pathIndex + PATH_SLOTS * causeNumber(cause)));
  for (const [offset, value] of [[1, before], [2, after]] as const) {
    if (typeof value === 'number') data.push(value);
    else {
      data.push(NaN);
      others.set(slot + offset, value);
    }
  }
}

/** The value in a slot: its number, or the non-number kept beside (NaN numbers stay NaN). */
function valueAt(chunk: Chunk, slot: number): Leaf {
  const v = chunk.data[slot] ?? NaN;
  return Number.isNaN(v) ? (chunk.others?.get(slot) ?? v) : v;
}

/** The entry at `index` of a chunk, as a frozen value. */
function entryOf(chunk: Chunk, index: number): LedgerEntry {
  const slot = (index - chunk.start) * 3;
  const meta = chunk.data[slot] ?? 0;
  const turn = meta % TURNS;
  const rest = (meta - turn) / TURNS;
  const pathIndex = rest % PATH_SLOTS;
  const cause = CAUSES[(rest - pathIndex) / PATH_SLOTS];
  const path = PATHS[pathIndex];
  if (!cause || !path) throw new RangeError(`ledger: entry ${index} is damaged`);
  return Object.freeze({ turn, path, before: valueAt(chunk, slot + 1), after: valueAt(chunk, slot + 2), cause });
}

/**
 * A world's ledger: a read-only view of the changes so far (frozen), or, inside a step, an open copy that records the
 * step's changes (`record`) and is sealed into the next world's view. Views share their chunks: the next world's ledger
 * is this one's chunk list plus one, whatever line (rewind, branch, preview) it belongs to.
 */
export class Ledger implements LedgerRead, Iterable<LedgerEntry> {
  readonly #chunks: readonly Chunk[];
  readonly #sealedLength: number;
  readonly #base: Ledger | null;
  readonly #data: number[] | null;
  readonly #others: Map<number, Leaf> | null;

  private constructor(chunks: readonly Chunk[], length: number, base: Ledger | null) {
    this.#chunks = chunks;
    this.#sealedLength = length;
    this.#base = base;
    this.#data = base ? [] : null;
    this.#others = base ? new Map() : null;
    if (!base) Object.freeze(this);
  }

  static readonly #EMPTY = new Ledger([], 0, null);
  static readonly #DISCARD = new Ledger([], 0, null);

  /** The ledger of a new game: no changes yet. */
  static empty(): Ledger {
    return Ledger.#EMPTY;
  }

  /** The ledger of a batch world, which records nothing (write() checks for it before recording). */
  static discard(): Ledger {
    return Ledger.#DISCARD;
  }

  /** An open copy that records after this ledger's changes (a step's working ledger). */
  open(): Ledger {
    return new Ledger(this.#chunks, this.#sealedLength, this);
  }

  /** Records one change (only on an open copy: a world's own ledger never changes). */
  record(turn: number, path: Path, before: Leaf, after: Leaf, cause: Cause): void {
    if (!this.#data || !this.#others) throw new TypeError('ledger: a world\'s ledger is read-only; record on an open copy');
    pushEntry(this.#data, this.#others, turn, path, before, after, cause);
  }

  /** The view of everything recorded: the ledger this copy was opened from when nothing was, else that plus one chunk. */
  seal(): Ledger {
    const base = this.#base;
    if (!base || !this.#data || !this.#others) return this;
    if (this.#data.length === 0) return base;
    const count = this.#data.length / 3;
    const chunk: Chunk = { start: this.#sealedLength, count, data: Float64Array.from(this.#data), others: this.#others.size ? new Map(this.#others) : null };
    return new Ledger([...this.#chunks, chunk], this.#sealedLength + count, null);
  }

  /** How many changes (an open copy counts its own too). */
  get length(): number {
    return this.#sealedLength + (this.#data ? this.#data.length / 3 : 0);
  }

  /** The change at `index` (negative counts from the end, as for arrays), or undefined outside the ledger. */
  at(index: number): LedgerEntry | undefined {
    const i = index < 0 ? this.length + index : index;
    if (!(i >= 0 && i < this.length && Number.isInteger(i))) return undefined;
    if (i >= this.#sealedLength) return this.#openEntry(i);
    return entryOf(this.#chunkOf(i), i);
  }

  #openEntry(i: number): LedgerEntry {
    const data = this.#data ?? [];
    const others = this.#others ?? new Map<number, Leaf>();
    const chunk: Chunk = { start: this.#sealedLength, count: data.length / 3, data: Float64Array.from(data), others };
    return entryOf(chunk, i);
  }

  /** The chunk holding index i (binary search on the chunks' starts). */
  #chunkOf(i: number): Chunk {
    const chunks = this.#chunks;
    let lo = 0;
    let hi = chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((chunks[mid]?.start ?? 0) <= i) lo = mid;
      else hi = mid - 1;
    }
    const chunk = chunks[lo];
    if (!chunk) throw new RangeError(`ledger: no change at ${i}`);
    return chunk;
  }

  /** Every change, oldest first. */
  *[Symbol.iterator](): Iterator<LedgerEntry> {
    for (const chunk of this.#chunks) for (let i = chunk.start; i < chunk.start + chunk.count; i++) yield entryOf(chunk, i);
    for (let i = this.#sealedLength; i < this.length; i++) yield this.#openEntry(i);
  }

  /** The changes from `start` to `end` (as Array.slice). */
  slice(start = 0, end = this.length): LedgerEntry[] {
    const n = this.length;
    const from = Math.max(0, start < 0 ? n + start : Math.min(start, n));
    const to = Math.max(0, end < 0 ? n + end : Math.min(end, n));
    const out: LedgerEntry[] = [];
    for (let i = from; i < to; i++) {
      const e = this.at(i);
      if (e) out.push(e);
    }
    return out;
  }

  /** The changes that pass a test (as Array.filter). */
  filter(test: (e: LedgerEntry) => boolean): LedgerEntry[] {
    const out: LedgerEntry[] = [];
    for (const e of this) if (test(e)) out.push(e);
    return out;
  }

  /** Each change mapped (as Array.map). */
  map<T>(f: (e: LedgerEntry) => T): T[] {
    const out: T[] = [];
    for (const e of this) out.push(f(e));
    return out;
  }

  /** Whether some change passes a test. */
  some(test: (e: LedgerEntry) => boolean): boolean {
    for (const e of this) if (test(e)) return true;
    return false;
  }

  /** The index of the first change that passes a test, or −1. */
  findIndex(test: (e: LedgerEntry) => boolean): number {
    let i = 0;
    for (const e of this) {
      if (test(e)) return i;
      i++;
    }
    return -1;
  }
}

/** The ledger of a batch world: changes are not recorded (the batch lane keeps no ledger); `effects` checks for it. */
export const NO_LEDGER: Ledger = Ledger.discard();
