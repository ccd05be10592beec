// Checks the schema alone cannot make: ids that must exist, numbers that must agree, and state paths that must be real.
import { baseContent } from '../content';
import type { Condition, Effect } from '../sim/content';
import { createWorld } from '../sim/create';
import { acceptsValue, isLeafPath, isReadOnlyPath } from '../sim/paths';
import type { ScenarioData } from '../sim/scenarioData';
import type { World } from '../sim/world';
import { issue, suggestion, unknownPath, type ScenarioIssue } from './issues';
import type { ScenarioFile } from './schema';

type Found = { at: string; path: string };

function conditionPaths(c: Condition | undefined, at: string, out: Found[]): void {
  if (!c) return;
  if ('path' in c) out.push({ at: `${at}.path`, path: c.path });
  else if ('all' in c) c.all.forEach((x, i) => conditionPaths(x, `${at}.all[${i}]`, out));
  else if ('any' in c) c.any.forEach((x, i) => conditionPaths(x, `${at}.any[${i}]`, out));
  else conditionPaths(c.not, `${at}.not`, out);
}

function effectChecks(world: World, effects: readonly Effect[] | undefined, at: string, conds: Found[], out: ScenarioIssue[]): void {
  (effects ?? []).forEach((e, i) => {
    const where = `${at}[${i}]`;
    conditionPaths(e.when, `${where}.when`, conds);
    if (!isLeafPath(world, e.path)) out.push(unknownPath(`${where}.path`, e.path));
    else if (isReadOnlyPath(e.path)) out.push(issue(`${where}.path`, { text: `"${e.path}" is kept by the engine and cannot be changed by content` }));
    else if (!acceptsValue(world, e.path, e.value)) {
      const wanted = e.path.endsWith('.status') ? 'one of open, disrupted, banned' : `a ${typeof leafValue(world, e.path)}, like the value at ${e.path}`;
      out.push(issue(`${where}.value`, { expected: wanted, found: JSON.stringify(e.value) }));
    }
  });
}

function leafValue(world: World, path: string): unknown {
  return path.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)?.[k], world);
}


function idChecks(ids: readonly string[] | undefined, known: readonly string[], at: string, kind: string, out: ScenarioIssue[]): void {
  (ids ?? []).forEach((id, i) => {
    if (out.length > 60) return; // the list is capped at 50 anyway; skip the costly suggestions
    if (!known.includes(id)) out.push(issue(`${at}[${i}]`, { text: `unknown ${kind} "${id}"`, hint: suggestion(id, known) || undefined }));
  });
}

/** Every cross-check problem of a schema-valid file (empty when the scenario is consistent). */
export function crossCheck(file: ScenarioFile, data: ScenarioData, fileName?: string): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  const base = fileName?.split(/[\\/]/).pop()?.replace(/\.json$/i, '');
  if (base && base !== file.id) out.push(issue('id', { expected: `"${base}" (the file name without .json)`, found: JSON.stringify(file.id), hint: `rename the file to ${file.id}.json or set "id": "${base}"` }));
  const periods = file.turnLength === 'half' ? 2 : 4;
  if (file.startPeriod > periods) out.push(issue('startPeriod', { expected: `1–${periods} for turnLength "${file.turnLength}"`, found: String(file.startPeriod) }));
  const oil = file.start.oil;
  if (oil.domesticMt.value > oil.productionMt.value) {
    out.push(issue('start.oil.domesticMt.value', { expected: `at most productionMt (${oil.productionMt.value})`, found: String(oil.domesticMt.value), hint: 'home refining cannot use more crude than is produced' }));
  }
  for (const [id, c] of Object.entries(file.start.corridors)) {
    if (c.volumeMt.value > c.capacityMt.value) out.push(issue(`start.corridors.${id}.volumeMt.value`, { expected: `at most capacityMt (${c.capacityMt.value})`, found: String(c.volumeMt.value) }));
  }
  if (file.oilPricePath.length > file.turns) {
    out.push(issue('oilPricePath', { expected: `at most ${file.turns} prices (one per turn)`, found: `${file.oilPricePath.length}`, hint: 'remove the extra prices or raise turns' }));
  }

  const c = file.content ?? {};
  const baseActions = baseContent.actions.map((a) => a.id);
  const baseEvents = baseContent.events.map((e) => e.id);
  idChecks(c.disableActions, baseActions, 'content.disableActions', 'action', out);
  idChecks(c.disableEvents, baseEvents, 'content.disableEvents', 'event', out);
  const disabled = new Set(c.disableEvents ?? []);
  const events = [...baseEvents.filter((id) => !disabled.has(id)), ...(c.events ?? []).map((e) => e.id)];
  (file.scheduledEvents ?? []).forEach((s, i) => {
    if (s.turn >= file.turns) out.push(issue(`scheduledEvents[${i}].turn`, { expected: `a turn from 0 to ${file.turns - 1} (0 is the first turn)`, found: String(s.turn) }));
    if (!events.includes(s.eventId)) out.push(issue(`scheduledEvents[${i}].eventId`, { text: `unknown or disabled event "${s.eventId}"`, hint: suggestion(s.eventId, events) || undefined }));
  });
  for (const [key, list] of [['actions', c.actions], ['events', c.events], ['powerRules', c.powerRules], ['victory', file.victory], ['defeat', file.defeat]] as const) {
    const ids = (list ?? []).map((x) => x.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) out.push(issue(`${key === 'victory' || key === 'defeat' ? key : `content.${key}`}[${i}].id`, { text: `duplicate id "${id}": ids must be unique` }));
    });
  }

  // Paths: check against a real world built from this scenario.
  const world = createWorld(data, 1);
  const conds: Found[] = [];
  (c.actions ?? []).forEach((a, i) => {
    const at = `content.actions[${i}]`;
    conditionPaths(a.requires, `${at}.requires`, conds);
    effectChecks(world, a.effects, `${at}.effects`, conds, out);
    effectChecks(world, a.completion, `${at}.completion`, conds, out);
  });
  (c.events ?? []).forEach((e, i) => {
    const at = `content.events[${i}]`;
    conditionPaths(e.when, `${at}.when`, conds);
    effectChecks(world, e.effects, `${at}.effects`, conds, out);
    (e.options ?? []).forEach((o, j) => effectChecks(world, o.effects, `${at}.options[${j}].effects`, conds, out));
  });
  (c.powerRules ?? []).forEach((r, i) => {
    conditionPaths(r.when, `content.powerRules[${i}].when`, conds);
    effectChecks(world, r.effects, `content.powerRules[${i}].effects`, conds, out);
  });
  (file.victory ?? []).forEach((g, i) => conditionPaths(g.when, `victory[${i}].when`, conds));
  (file.defeat ?? []).forEach((g, i) => conditionPaths(g.when, `defeat[${i}].when`, conds));
  for (const f of conds) if (!isLeafPath(world, f.path)) out.push(unknownPath(f.at, f.path));
  return out;
}
