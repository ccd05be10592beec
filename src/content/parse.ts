// Reading content from outside (scenario files, teachers' additions): strict zod check into a Result with located messages.
import { z } from 'zod';
import type { ActionDef, EventDef, PowerRule } from '../sim/content';
import type { Result } from '../sim/result';
import { actionSchema, eventSchema, powerRuleSchema } from './schema';

/** Content that passed the check: every list present (empty when the input left it out). */
export interface ParsedContent {
  actions: ActionDef[];
  events: EventDef[];
  powerRules: PowerRule[];
}

/** Every problem found, each as one line starting with where it is (`actions[2] "btc-volume-agreement".effects[0].path: …`). */
export type ContentError = string[];

const duplicates = (ids: string[]): string[] => ids.filter((id, i) => ids.indexOf(id) !== i);

/** The shape of a content bundle, including the rule that ids are unique within each list. */
export const contentSchema = z
  .strictObject({
    actions: z.array(actionSchema).optional(),
    events: z.array(eventSchema).optional(),
    powerRules: z.array(powerRuleSchema).optional(),
  })
  .superRefine((c, ctx) => {
    for (const key of ['actions', 'events', 'powerRules'] as const) {
      const ids = (c[key] ?? []).map((item) => item.id);
      for (const id of new Set(duplicates(ids))) {
        ctx.addIssue({ code: 'custom', path: [key, ids.lastIndexOf(id), 'id'], message: `duplicate id "${id}": ids must be unique` });
      }
    }
    for (const [i, event] of (c.events ?? []).entries()) {
      const ids = (event.options ?? []).map((o) => o.id);
      for (const id of new Set(duplicates(ids))) {
        ctx.addIssue({ code: 'custom', path: ['events', i, 'options', ids.lastIndexOf(id), 'id'], message: `duplicate option id "${id}"` });
      }
    }
  });

/** Looks up the value at an issue's path in the raw input, to say what was found. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** A path like `actions[2] "btc-volume-agreement".effects[0].path`, naming the item by id where it has one. */
function locate(input: unknown, path: readonly PropertyKey[]): string {
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (typeof key === 'number') {
      out += `[${key}]`;
      const id = valueAt(input, [...path.slice(0, i + 1), 'id']);
      if (typeof id === 'string' && i < path.length - 1) out += ` "${id}"`;
    } else out += (out ? '.' : '') + String(key);
  }
  return out || '(top level)';
}

const shown = (v: unknown): string => {
  if (v === undefined) return 'nothing';
  const text = JSON.stringify(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** Turns zod issues into one located line each: where, what was expected, what was found. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], input: unknown): string[] {
  return issues.map((issue) => {
    const where = locate(input, issue.path);
    if (issue.code === 'unrecognized_keys') return `${where}: unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    const found = issue.code === 'custom' ? '' : `, found ${shown(valueAt(input, issue.path))}`;
    return `${where}: ${issue.message}${found}`;
  });
}

/** Checks untrusted content (already parsed from JSON) and returns it typed, or every located problem. */
export function parseContent(json: unknown): Result<ParsedContent, ContentError> {
  const result = contentSchema.safeParse(json);
  if (!result.success) return { ok: false, error: formatIssues(result.error.issues, json) };
  const c = result.data;
  return { ok: true, value: { actions: c.actions ?? [], events: c.events ?? [], powerRules: c.powerRules ?? [] } };
}
