// Turning problems into located, plain-language lines: where, what was expected, what was found, and a hint.
import type { z } from 'zod';
import { idSchema, pathSchema } from '../content/schema';
import { PATHS } from '../sim/fields';
import { at } from '../sim/indexing';
import { SOURCE_WORDS } from './schema';

/** One problem in a scenario file; `message` is the complete line to show (`path: expected …, found … — hint`). */
export interface ScenarioIssue {
  path: string;
  message: string;
  expected?: string;
  found?: string;
  hint?: string;
}

/** Builds an issue whose message joins the parts the way every line reads. */
export function issue(path: string, parts: { expected?: string; found?: string; hint?: string; text?: string }): ScenarioIssue {
  let body = parts.text ?? '';
  if (parts.expected !== undefined) body += `${body ? ' ' : ''}expected ${parts.expected}`;
  if (parts.found !== undefined) body += `, found ${parts.found}`;
  if (parts.hint) body += ` — ${parts.hint}`;
  body = body.replace(/\.{2,}$/, '.').replace(/,$/, ''); // one full stop at most, never a dangling comma
  const out: ScenarioIssue = { path, message: path ? `${path}: ${body}` : body };
  if (parts.expected !== undefined) out.expected = parts.expected;
  if (parts.found !== undefined) out.found = parts.found;
  if (parts.hint) out.hint = parts.hint;
  return out;
}

/** Levenshtein distance, case-insensitive (small inputs: keys and ids). */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      row[j] = Math.min(at(prev, j) + 1, at(row, j - 1) + 1, at(prev, j - 1) + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return at(prev, t.length);
}

/** The closest allowed word if it is close enough to be a likely typo. */
export function nearest(word: string, allowed: readonly string[]): string | undefined {
  if (word.length > 64) return undefined; // no real key or id is that long; keeps huge junk cheap
  let best: string | undefined;
  let bestD = Infinity;
  for (const a of allowed) {
    const d = editDistance(word, a);
    if (d < bestD) [best, bestD] = [a, d];
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  if (best !== undefined && bestD <= limit) return best;
  // A shortened id ("cpc-storm" for "cpc-storm-moorings") is a likely slip too.
  const longer = word.length >= 3 ? allowed.filter((a) => a.toLowerCase().startsWith(word.toLowerCase())) : [];
  return longer.length === 1 ? longer[0] : undefined;
}

/** A "did you mean" hint, or a list of what is allowed when nothing is close. */
export function suggestion(word: string, allowed: readonly string[]): string {
  const near = nearest(word, allowed);
  if (near) return `did you mean "${near}"?`;
  return allowed.length <= 12 ? `allowed: ${allowed.join(', ')}` : '';
}

/** How a found value reads in a message (short, JSON-like). */
export function shown(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return v.length ? `a list of ${v.length}` : 'an empty list []';
  if (typeof v === 'number' && !Number.isFinite(v)) return 'a number too large to store (such as 1e999)';
  if (v !== null && typeof v === 'object') return Object.keys(v).length ? `an object {${Object.keys(v).slice(0, 4).join(', ')}${Object.keys(v).length > 4 ? ', …' : ''}}` : 'an empty object {}';
  const text = JSON.stringify(v) ?? 'undefined'; // parsed JSON holds no functions or symbols: only undefined gets here
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

/** `start.oil.routes.cpc` or `victory[0].when` from a zod path. */
export function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out;
}

/** The value at a zod path in the raw input. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; getter?: () => z.ZodType; options?: z.ZodType[]; in?: z.ZodType };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Strips wrappers (optional, default, lazy, pipe) to the schema that does the checking. */
function unwrap(s: z.ZodType): z.ZodType {
  for (let k = 0; k < 20; k++) {
    const d = defOf(s);
    if (d.innerType) s = d.innerType;
    else if (d.getter) s = d.getter();
    else if (d.type === 'pipe' && d.in) s = d.in;
    else break;
  }
  return s;
}

/** The schemas that may apply at a path (several under unions such as conditions). */
export function schemasAt(root: z.ZodType, path: readonly PropertyKey[]): z.ZodType[] {
  let current = [unwrap(root)];
  for (const key of path) {
    const next: z.ZodType[] = [];
    const expand = (s: z.ZodType, depth: number) => {
      const d = defOf(s);
      if (d.type === 'union' && d.options && depth < 4) d.options.forEach((o) => expand(unwrap(o), depth + 1));
      else if (d.type === 'object' && typeof key === 'string') {
        const field = d.shape && Object.hasOwn(d.shape, key) ? d.shape[key] : undefined;
        if (field) next.push(unwrap(field));
      }
      else if (d.type === 'array' && typeof key === 'number' && d.element) next.push(unwrap(d.element));
    };
    current.forEach((s) => expand(s, 0));
    current = next;
  }
  return current.flatMap((s) => (defOf(s).type === 'union' ? (defOf(s).options ?? []).map(unwrap) : [s]));
}

/** The keys an object at this path may have. */
export function keysAt(root: z.ZodType, path: readonly PropertyKey[]): string[] {
  return [...new Set(schemasAt(root, path).flatMap((s) => Object.keys(defOf(s).shape ?? {})))];
}

const range = (min: number | null, max: number | null): string => {
  const lo = min !== null && Number.isFinite(min) ? min : null;
  const hi = max !== null && Number.isFinite(max) && max <= Number.MAX_SAFE_INTEGER ? max : null;
  if (lo !== null && hi !== null) return ` from ${lo} to ${hi}`;
  if (lo !== null) return ` ≥ ${lo}`;
  return hi !== null ? ` ≤ ${hi}` : '';
};

/** What a schema wants, in words: "a number ≥ 0", "one of open, disrupted, banned", "a sourced number { "value", "source" }". */
export function describeSchema(s: z.ZodType): string {
  const d = defOf(s);
  switch (d.type) {
    case 'number': {
      const n = s as z.ZodNumber;
      return `${n.isInt ? 'a whole number' : 'a number'}${range(n.minValue, n.maxValue)}`;
    }
    case 'string':
      return s === idSchema || s.description?.startsWith('Kebab-case') ? 'a kebab-case id like "btc-agreement"' : 'text in double quotes';
    case 'boolean':
      return 'true or false';
    case 'enum':
      if (s === pathSchema) return 'a dotted state path like "society.stability"';
      return `one of ${(s as z.ZodEnum).options.slice(0, 10).join(', ')}${(s as z.ZodEnum).options.length > 10 ? ', …' : ''}`;
    case 'literal':
      return JSON.stringify((d as unknown as { values: unknown[] }).values[0]);
    case 'array':
      return 'a list [ … ]';
    case 'object': {
      const keys = Object.keys(d.shape ?? {});
      const value = d.shape?.value;
      if (value && keys.includes('source')) {
        const v = defOf(value).type === 'number' ? describeSchema(unwrap(value)) : 'a number';
        return `a sourced number { "value": ${v.replace(/^an? /, '')}, "source": a FACTS id, URL or "abstraction" }`;
      }
      if (keys.length === 3 && keys.includes('en')) return 'text like { "en": "…" }';
      return `an object with ${keys.slice(0, 6).join(', ')}${keys.length > 6 ? ', …' : ''}`;
    }
    case 'union':
      if ((d.options ?? []).some((o) => defOf(unwrap(o)).type === 'enum' && (unwrap(o) as z.ZodEnum).options.includes('abstraction'))) return SOURCE_EXPECTED;
      return 'a condition like { "path": "society.stability", "gte": 50 }';
    default:
      return 'a valid value';
  }
}

/** A path that names no field of the world, with the nearest real one when there is one. */
export function unknownPath(at: string, path: string): ScenarioIssue {
  const near = nearest(path, PATHS);
  return issue(at, { text: `"${path}" is not a number, word or switch in the world`, hint: near ? `did you mean "${near}"?` : 'paths look like "society.stability" or "oil.routes.btc.capacityMt" (see scenarios/README.md)' });
}

/** What a `source` must be, in words. */
export const SOURCE_EXPECTED = 'a FACTS id (e.g. "CPC1"), a web address (https://…) or "abstraction"';

/** A hint for a source that is not allowed: the nearest FACTS id, or how to write one. */
export function sourceHint(found: unknown): string {
  if (typeof found === 'string') {
    const near = nearest(found, SOURCE_WORDS);
    if (near) return `did you mean "${near}"?`;
    if (/^www\./.test(found)) return `write "https://${found}"`;
  }
  return 'use an id from FACTS.md, a web address, or "abstraction" for a modelling choice';
}
