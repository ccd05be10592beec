// Where a scenario's numbers come from: one number's source for tooltips, and the grouped list for a "Sources" screen.
import { factById, factWords } from '../content/facts';
import type { Text } from '../sim/content';
import type { ScenarioData } from '../sim/scenarioData';
import { ABSTRACTION } from './schema';

/** Where a starting number comes from: the source as written and, for a FACTS id, the fact's words and address. */
export interface NumberSource {
  source: string;
  kind: 'fact' | 'url' | 'abstraction';
  text?: string;
  words?: Text; // the fact's words in every language, for the UI
  address?: string;
}

/** One cited source and the state paths whose starting numbers rest on it. */
export interface SourceGroup extends NumberSource {
  paths: string[];
}

function describeSource(source: string): NumberSource {
  const fact = factById(source);
  if (fact) return { source, kind: 'fact', text: fact.text, words: factWords(fact), address: fact.source };
  if (/^https?:\/\//.test(source)) return { source, kind: 'url', address: source };
  return { source, kind: 'abstraction' };
}

/** The source of a state path's starting number (e.g. `oil.routes.cpc.capacityMt`), for tooltips. */
export function sourceOf(scenario: ScenarioData, path: string): NumberSource | undefined {
  const source = scenario.sources[path];
  return source === undefined ? undefined : describeSource(source);
}

/** Every source a scenario cites with the paths resting on it: facts first (in FACTS order), then addresses, then abstractions. */
export function scenarioSources(scenario: ScenarioData): SourceGroup[] {
  const bySource = new Map<string, string[]>();
  for (const [path, source] of Object.entries(scenario.sources)) bySource.set(source, [...(bySource.get(source) ?? []), path]);
  const rank = (g: SourceGroup) => (g.kind === 'fact' ? 0 : g.kind === 'url' ? 1 : 2);
  const groups = [...bySource].map(([source, paths]) => ({ ...describeSource(source), paths: paths.sort() }));
  return groups.sort((a, b) => rank(a) - rank(b) || (a.source === ABSTRACTION ? 0 : a.source.localeCompare(b.source, 'en', { numeric: true })));
}
