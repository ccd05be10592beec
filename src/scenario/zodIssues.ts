// Zod's issues on a scenario file, rewritten as located lines with what was expected, what was found, and a hint.
import type { z } from 'zod';
import {
  describeSchema, issue, keysAt, nearest, pathText, schemasAt, shown, SOURCE_EXPECTED, sourceHint, suggestion, unknownPath, valueAt,
  type ScenarioIssue,
} from './issues';

type ZIssue = z.core.$ZodIssue;

/** A hint for a wrong value, from what was found and what was wanted. */
function hintFor(found: unknown, expected: z.ZodType | undefined): string | undefined {
  const kind = expected ? (expected as unknown as { _zod: { def: { type: string; shape?: Record<string, unknown> } } })._zod.def : undefined;
  const wantsNumber = kind?.type === 'number';
  const wantsSourced = kind?.type === 'object' && !!kind.shape && 'value' in kind.shape && 'source' in kind.shape;
  if (typeof found === 'string') {
    const num = /-?\d+(\.\d+)?/.exec(found.replace(/(\d),(\d{3})/g, '$1$2'));
    if (wantsNumber && num) return `write ${num[0]}`;
    if (wantsSourced && num) return `write { "value": ${num[0]}, "source": "abstraction" } with the real source`;
    if (kind?.type === 'boolean' && /^(true|false)$/i.test(found)) return `write ${found.toLowerCase()} without quotes`;
  }
  if (typeof found === 'number' && wantsSourced) return `write { "value": ${found}, "source": "…" } with a FACTS id, a URL or "abstraction"`;
  return undefined;
}

/** Picks the union branch that came closest to matching (fewest problems). */
function closestBranch(branches: readonly ZIssue[][]): ZIssue[] {
  let best: ZIssue[] = [];
  for (const b of branches) if (!best.length || (b.length && b.length < best.length)) best = b;
  return best;
}

/** Formats one zod issue (recursing into the closest branch of a union). */
function formatOne(root: z.ZodType, input: unknown, i: ZIssue, prefix: readonly PropertyKey[]): ScenarioIssue[] {
  const path = [...prefix, ...i.path];
  const where = pathText(path);
  const found = valueAt(input, path);
  const last = path[path.length - 1];
  if (last === 'source' || last === 'oilPriceSource') {
    return [issue(where, { expected: SOURCE_EXPECTED, found: shown(found), hint: sourceHint(found) })];
  }
  const target = schemasAt(root, path)[0];
  if (path.length === 0 && i.code === 'invalid_type') {
    return [issue('', { expected: 'a JSON object { "id": …, "title": …, "start": … } as the whole file', found: shown(found) })];
  }
  if (found === undefined && i.code !== 'unrecognized_keys' && !(i.code === 'invalid_union' && i.errors.length)) {
    return [issue(where, { text: 'missing,', expected: target ? describeSchema(target) : 'a value', hint: last === 'source' ? sourceHint(found) : undefined })];
  }
  switch (i.code) {
    case 'unrecognized_keys': {
      const allowed = keysAt(root, path);
      return i.keys.map((k) => issue(pathText([...path, k]), { text: 'unknown key', hint: suggestion(k, allowed) || undefined }));
    }
    case 'invalid_value': {
      if (last === 'path' && typeof found === 'string') return [unknownPath(where, found)];
      const values = i.values.map(String);
      return [issue(where, { expected: `one of ${values.join(', ')}`, found: shown(found), hint: typeof found === 'string' ? (nearest(found, values) ? `did you mean "${nearest(found, values)}"?` : undefined) : undefined })];
    }
    case 'invalid_union': {
      if (i.errors.length === 0) {
        const options = ((i as unknown as { options?: unknown[] }).options ?? []).map(String);
        return [issue(where, { expected: `one of ${options.join(', ')}`, found: shown(found), hint: typeof found === 'string' ? suggestion(found, options) || undefined : undefined })];
      }
      return closestBranch(i.errors).flatMap((sub) => formatOne(root, input, sub, path));
    }
    case 'invalid_type': {
      return [issue(where, { expected: target ? describeSchema(target) : String(i.expected), found: shown(found), hint: hintFor(found, target) })];
    }
    case 'too_small':
    case 'too_big': {
      if (Array.isArray(found) || typeof found === 'string') {
        const bound = i.code === 'too_small' ? `at least ${String(i.minimum)}` : `at most ${String(i.maximum)}`;
        const unit = Array.isArray(found) ? 'item' : 'character';
        return [issue(where, { expected: `${bound} ${unit}(s)`, found: Array.isArray(found) ? `${found.length}` : shown(found) })];
      }
      return [issue(where, { expected: target ? describeSchema(target) : i.message, found: shown(found) })];
    }
    case 'invalid_format':
      return [/^expected /.test(i.message)
        ? issue(where, { expected: i.message.slice('expected '.length), found: shown(found) })
        : issue(where, { text: i.message, found: shown(found) })];
    default:
      return [issue(where, { text: i.message, found: shown(found) })];
  }
}

/** Every zod issue of a scenario file as located lines (one issue may give several lines, e.g. several unknown keys). */
export function formatZodIssues(root: z.ZodType, input: unknown, issues: readonly ZIssue[]): ScenarioIssue[] {
  return issues.flatMap((i) => formatOne(root, input, i, []));
}
