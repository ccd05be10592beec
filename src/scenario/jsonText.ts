// Reading untrusted JSON text safely: size and nesting limits checked before parsing, and syntax errors with line and column.
import type { Result } from '../sim/result';

/** Largest scenario file accepted, in characters (real scenarios are about 10 kB). */
export const MAX_CHARS = 1_000_000;
/** Deepest nesting of objects and lists accepted (real scenarios nest about 12 deep). */
export const MAX_DEPTH = 40;

/** Line and column (1-based) of a character offset, for messages a person can follow in an editor. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The deepest nesting of `{`/`[` outside strings and where it first passed `limit`, found by one loop (no recursion). */
export function nestingDepth(text: string, limit = MAX_DEPTH): { depth: number; offset: number } {
  let depth = 0;
  let max = 0;
  let at = 0; // 0 = never passed the limit (offset 0 can only be depth 1)
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      depth++;
      if (depth > max) max = depth;
      if (depth === limit + 1 && !at) at = i;
    } else if (c === '}' || c === ']') depth--;
  }
  return { depth: max, offset: at };
}

const describeChar = (c: string | undefined): string => (c === undefined ? 'the end of the file' : JSON.stringify(c));

/**
 * Finds the first syntax error (or repeated key) in JSON text, with its character offset.
 * Recursive descent; only called on text already known to nest at most MAX_DEPTH deep.
 */
export function findSyntaxError(text: string): { offset: number; message: string } | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const fail = (message: string) => ({ offset: i, message });
  const str = (): { offset: number; message: string } | string => {
    const start = ++i;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        const e = text[i + 1];
        if (e === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !'"\\/bfnrt'.includes(e ?? 'x')) return fail('invalid escape in text');
        i += e === 'u' ? 6 : 2;
      } else if (text.charCodeAt(i) < 0x20) return fail('line break or control character inside text (close the quote first)');
      else i++;
    }
    if (i >= text.length) return { offset: start - 1, message: 'text is never closed with "' };
    i++;
    return text.slice(start, i - 1);
  };
  const value = (): { offset: number; message: string } | null => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return (i++, null);
      const seen = new Set<string>();
      for (;;) {
        ws();
        if (text[i] === "'") return fail('keys and text must use double quotes ", not single quotes');
        if (text[i] !== '"') return fail(`expected a key in double quotes, found ${describeChar(text[i])}${text[i] === '}' ? ' (remove the comma before it)' : ''}`);
        const keyAt = i;
        const key = str();
        if (typeof key !== 'string') return key;
        if (seen.has(key)) return { offset: keyAt, message: `key "${key}" appears twice in the same object` };
        seen.add(key);
        ws();
        if (text[i] !== ':') return fail(`expected ":" after the key "${key}", found ${describeChar(text[i])}`);
        i++;
        const bad = value();
        if (bad) return bad;
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return (i++, null);
        else return fail(`expected "," or "}" after a value, found ${describeChar(text[i])}`);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return (i++, null);
      for (;;) {
        if (text[i] === ']') return fail('expected a value, found "]" (remove the comma before it)');
        const bad = value();
        if (bad) return bad;
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return (i++, null);
        else return fail(`expected "," or "]" after a value, found ${describeChar(text[i])}`);
        ws();
      }
    }
    if (c === '"') {
      const s = str();
      return typeof s === 'string' ? null : s;
    }
    const lit = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (lit) return ((i += lit[0].length), null);
    if (c === "'") return fail('keys and text must use double quotes ", not single quotes');
    return fail(`expected a value (number, "text", true, false, null, {…} or […]), found ${describeChar(c)}`);
  };
  const bad = value();
  if (bad) return bad;
  ws();
  return i < text.length ? fail(`unexpected ${describeChar(text[i])} after the end of the data`) : null;
}

/** Parses untrusted JSON text within the limits; the error is one located sentence. */
export function readJson(text: string): Result<unknown, string> {
  if (typeof text !== 'string') return { ok: false, error: 'expected the text of a JSON file' };
  if (text.length > MAX_CHARS) {
    return { ok: false, error: `the file is too large (${Math.round(text.length / 1000)} kB); scenario files may be at most ${MAX_CHARS / 1_000_000} MB` };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, error: 'the file is empty; a scenario is a JSON object starting with {' };
  const deep = nestingDepth(body);
  if (deep.depth > MAX_DEPTH) {
    const at = lineColumn(body, deep.offset);
    return { ok: false, error: `line ${at.line}, column ${at.column}: nested more than ${MAX_DEPTH} levels deep; scenario files are never that deep` };
  }
  const syntax = findSyntaxError(body);
  if (syntax) {
    const at = lineColumn(body, syntax.offset);
    return { ok: false, error: `line ${at.line}, column ${at.column}: not valid JSON: ${syntax.message}` };
  }
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (e) {
    return { ok: false, error: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
}
