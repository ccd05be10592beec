// Stable hashing of plain data: the same value gives the same 16-hex hash in Node and in the browser.
import type { World } from './world';

/** Canonical JSON: object keys sorted, numbers as JSON writes them, so equal data hashes equally. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** FNV-1a over a string, 64 bits as two 32-bit halves; 16 hex characters. */
export function fnv1a64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 7), 0x01000193);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** Hash of any plain value (scenarios, command logs). */
export function hashValue(value: unknown): string {
  return fnv1a64(canonicalJson(value));
}

/** Hash of a world's state; the ledger, news and history follow from it and are left out for speed. */
export function stateHash(world: World): string {
  const { ledger: _l, news: _n, history: _h, ...state } = world;
  return hashValue(state);
}
