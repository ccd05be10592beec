// From the file as written (every number with its source) to the plain ScenarioData the sim consumes, plus a sources map.
import type { ScenarioData, WorldStart } from '../sim/scenarioData';
import { ABSTRACTION, type ScenarioFile } from './schema';

const isSourced = (node: unknown): node is { value: number; source: string } =>
  node !== null && typeof node === 'object' && !Array.isArray(node) && 'value' in node && 'source' in node;

/** Replaces every `{ value, source }` by its value, recording `path → source` on the way. */
function stripSources(node: unknown, path: string, sources: Record<string, string>): unknown {
  if (isSourced(node)) {
    sources[path] = node.source;
    return node.value;
  }
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, stripSources(v, path ? `${path}.${k}` : k, sources)]));
}

/** The scenario as the sim wants it; `sources` maps state paths (e.g. `oil.routes.cpc.capacityMt`) to their source. */
export function toScenarioData(file: ScenarioFile): ScenarioData {
  const sources: Record<string, string> = {};
  const start = stripSources(file.start, '', sources) as WorldStart;
  sources['economy.oilPricePath'] = file.oilPriceSource;
  sources.personalities = ABSTRACTION;
  const data: ScenarioData = {
    id: file.id,
    title: file.title,
    summary: file.summary,
    author: file.author,
    startYear: file.startYear,
    startPeriod: file.startPeriod,
    turnLength: file.turnLength,
    turns: file.turns,
    oilPricePath: [...file.oilPricePath],
    start,
    personalities: file.personalities,
    sources,
  };
  if (file.goal) data.goal = file.goal;
  if (file.content) data.content = file.content;
  if (file.scheduledEvents) data.scheduledEvents = file.scheduledEvents;
  if (file.victory) data.victory = file.victory;
  if (file.defeat) data.defeat = file.defeat;
  return data;
}
