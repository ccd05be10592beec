// parseScenario: the one door from untrusted scenario text to a ScenarioData, returning every located problem, never throwing.
import type { Result } from '../sim/result';
import type { ScenarioData } from '../sim/scenarioData';
import { toScenarioData } from './convert';
import { crossCheck } from './crossChecks';
import { issue, type ScenarioIssue } from './issues';
import { readJson } from './jsonText';
import { scenarioFileSchema } from './schema';
import { formatZodIssues } from './zodIssues';

export type { ScenarioIssue } from './issues';
export { scenarioSources, sourceOf, type NumberSource, type SourceGroup } from './sources';

/** At most this many problems are listed (the rest usually follow from the first ones). */
export const MAX_ISSUES = 50;

function capped(issues: ScenarioIssue[], unlisted = 0): ScenarioIssue[] {
  const more = Math.max(0, issues.length - MAX_ISSUES) + unlisted;
  return more ? [...issues.slice(0, MAX_ISSUES), issue('', { text: `… and ${more} more problems` })] : issues;
}

/** Checks parsed JSON as a scenario file. */
export function parseScenarioJson(json: unknown, fileName?: string): Result<ScenarioData, ScenarioIssue[]> {
  const checked = scenarioFileSchema.safeParse(json);
  if (!checked.success) {
    const all = checked.error.issues;
    // Only the first issues are worded (wording looks for suggestions); the rest are counted.
    const worded = formatZodIssues(scenarioFileSchema, json, all.slice(0, MAX_ISSUES));
    return { ok: false, error: capped(worded, Math.max(0, all.length - MAX_ISSUES)) };
  }
  const data = toScenarioData(checked.data);
  const problems = crossCheck(checked.data, data, fileName);
  return problems.length ? { ok: false, error: capped(problems) } : { ok: true, value: data };
}

/** Parses scenario file text into a ScenarioData, or every problem with where it is, what was expected and found. */
export function parseScenario(text: string, fileName?: string): Result<ScenarioData, ScenarioIssue[]> {
  try {
    const json = readJson(text);
    if (!json.ok) return { ok: false, error: [issue('', { text: json.error })] };
    return parseScenarioJson(json.value, fileName);
  } catch (e) {
    // A bug of ours, not the file's; still a message rather than a crash.
    return { ok: false, error: [issue('', { text: `the file could not be checked (${e instanceof Error ? e.message : String(e)})` })] };
  }
}
