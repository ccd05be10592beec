// The scenarios bundled with the game: every JSON file in scenarios/ (no hand-kept list), parsed and checked at start-up.
import type { Text } from '../sim/content';
import type { Result } from '../sim/result';
import type { ScenarioData } from '../sim/scenarioData';
import { parseScenario, type ScenarioIssue } from './parse';

/** One bundled scenario as menus list it. */
export interface CatalogEntry {
  id: string;
  title: Text;
  summary: Text;
  goal?: Text;
  turns: number;
  turnLength: 'quarter' | 'half';
  data: ScenarioData;
}

const files = import.meta.glob<string>(['../../scenarios/*.json', '!../../scenarios/scenario.schema.json'], {
  eager: true,
  query: '?raw',
  import: 'default',
});

const ORDER = ['baseline-2022', 'classroom-short'];
const rank = (id: string): number => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);

let cache: { file: string; result: Result<ScenarioData, ScenarioIssue[]> }[] | null = null;
function parsedFiles() {
  cache ??= Object.entries(files)
    .filter(([path]) => !path.endsWith('scenario.schema.json'))
    .map(([path, text]) => {
      const file = path.split('/').pop() ?? path;
      return { file, result: parseScenario(text, file) };
    });
  return cache;
}

/** The valid bundled scenarios: baseline first, classroom-short second, then by title. */
export function bundledScenarios(): CatalogEntry[] {
  const entries: CatalogEntry[] = [];
  for (const { result } of parsedFiles()) {
    if (!result.ok) continue;
    const d = result.value;
    entries.push({ id: d.id, title: d.title, summary: d.summary, ...(d.goal ? { goal: d.goal } : {}), turns: d.turns, turnLength: d.turnLength, data: d });
  }
  return entries.sort((a, b) => rank(a.id) - rank(b.id) || a.title.en.localeCompare(b.title.en));
}

/** Reads a scenario the player picked or dropped (the same check as bundled files). */
export function loadScenarioText(text: string, fileName: string): Result<ScenarioData, ScenarioIssue[]> {
  return parseScenario(text, fileName);
}
