// A lesson's game as plain scenario data: the base scenario cut to fewer turns with some actions closed, under a
// self-describing id ("classroom-short~6~<bits>"), so saves and share codes of lesson games replay on any copy of the game.
import { fromBase64Url, toBase64Url } from '../machine/bytes';
import { buildRules } from '../sim/index';
import type { ScenarioData } from '../sim/scenarioData';

import { isLessonScenarioId, LESSON_ID_SEPARATOR as SEPARATOR } from './lessonId';

export { isLessonScenarioId };

/** The scenario file a lesson scenario id is derived from. */
export const baseScenarioId = (id: string): string => id.split(SEPARATOR)[0] ?? id;

/** The base scenario's actions in a fixed order: the bit positions of a closed-actions mask. */
const actionOrder = (base: ScenarioData): string[] => Object.keys(buildRules(base).actions).sort();

/** The derived scenario: `turns` turns, the `closed` actions removed (base content disabled, scenario-added dropped). */
export function lessonScenario(base: ScenarioData, turns: number, closed: readonly string[]): ScenarioData {
  const order = actionOrder(base);
  const shut = new Set(closed.filter((id) => order.includes(id)));
  const mask = new Uint8Array(Math.ceil(order.length / 8));
  order.forEach((id, i) => {
    if (shut.has(id)) mask[i >> 3] = (mask[i >> 3] ?? 0) | (1 << (i & 7));
  });
  const content = base.content ?? {};
  const added = new Set((content.actions ?? []).map((a) => a.id));
  return {
    ...base,
    id: [base.id, String(turns), toBase64Url(mask)].join(SEPARATOR),
    turns,
    content: {
      ...content,
      disableActions: [...new Set([...(content.disableActions ?? []), ...[...shut].filter((id) => !added.has(id))])].sort(),
      actions: (content.actions ?? []).filter((a) => !shut.has(a.id)),
    },
    scheduledEvents: (base.scheduledEvents ?? []).filter((e) => e.turn < turns),
  };
}

/**
 * Rebuilds a lesson scenario from its id and the scenarios on offer, or null when the id is not a lesson id, its base
 * is not loaded, or its parts are out of range (own-key lookups only).
 */
export function scenarioForLessonId(id: string, catalog: Readonly<Record<string, ScenarioData>>): ScenarioData | null {
  const parts = id.split(SEPARATOR);
  if (parts.length !== 3) return null;
  const [baseId = '', turnsText = '', maskText = ''] = parts;
  const base = Object.hasOwn(catalog, baseId) ? catalog[baseId] : undefined;
  if (!base || !/^\d{1,3}$/.test(turnsText)) return null;
  const turns = Number(turnsText);
  if (turns < 1 || turns > base.turns) return null;
  const mask = fromBase64Url(maskText);
  const order = actionOrder(base);
  if (!mask || mask.length !== Math.ceil(order.length / 8)) return null;
  const closed = order.filter((_, i) => (mask[i >> 3] ?? 0) & (1 << (i & 7)));
  const derived = lessonScenario(base, turns, closed);
  return derived.id === id ? derived : null;
}

/** The catalog plus the lesson scenarios `ids` name (those that can be rebuilt), for replaying codes and saves. */
export function withLessonScenarios(catalog: Readonly<Record<string, ScenarioData>>, ids: readonly string[]): Record<string, ScenarioData> {
  const out: Record<string, ScenarioData> = { ...catalog };
  for (const id of ids) {
    if (Object.hasOwn(out, id) || !isLessonScenarioId(id)) continue;
    const derived = scenarioForLessonId(id, catalog);
    if (derived) out[id] = derived;
  }
  return out;
}
