// The scenarios the menu offers: the bundled catalog (src/scenario/catalog.ts) when present, else the baseline fixture.
import type { Text } from '../sim/content';
import type { ScenarioData } from '../sim/scenarioData';

/** One scenario as the menu lists it. */
export interface ScenarioEntry {
  id: string;
  title: Text;
  summary: Text;
  turns: number;
  turnLength: 'quarter' | 'half';
  data: ScenarioData;
}

/** A parsed scenario file, or its problems each with where it is. */
export type ParsedScenario = { ok: true; value: ScenarioData } | { ok: false; error: { path: string; message: string }[] };

type CatalogModule = {
  bundledScenarios?: () => { id: string; title: Text | string; summary: Text | string; turns: number; turnLength: 'quarter' | 'half'; data: ScenarioData }[];
  loadScenarioText?: (text: string, fileName: string) => { ok: true; value: ScenarioData } | { ok: false; error: unknown };
};

const catalogs = import.meta.glob<CatalogModule>('../scenario/catalog.ts', { eager: true });
const catalog: CatalogModule | undefined = Object.values(catalogs)[0];
const fixtures = catalog?.bundledScenarios ? {} : import.meta.glob<{ baselineData: ScenarioData }>('../../tests/fixtures/baselineData.ts', { eager: true });

const asText = (x: Text | string): Text => (typeof x === 'string' ? { en: x } : x);

/** The scenarios bundled with the game. */
export function bundledScenarioList(): ScenarioEntry[] {
  if (catalog?.bundledScenarios) {
    return catalog.bundledScenarios().map((s) => ({ ...s, title: asText(s.title), summary: asText(s.summary) }));
  }
  return Object.values(fixtures).map(({ baselineData: d }) => ({ id: d.id, title: d.title, summary: d.summary, turns: d.turns, turnLength: d.turnLength, data: d }));
}

/** Parses a scenario file's text through the scenario module, with located problems. */
export function parseScenarioFile(text: string, fileName: string): ParsedScenario {
  if (!catalog?.loadScenarioText) return { ok: false, error: [{ path: fileName, message: 'Scenario files cannot be read in this build yet.' }] };
  const r = catalog.loadScenarioText(text, fileName);
  if (r.ok) return r;
  const issues = Array.isArray(r.error) ? r.error : [r.error];
  return {
    ok: false,
    error: issues.map((i) => {
      const o = i as { path?: unknown; message?: unknown };
      const path = Array.isArray(o.path) ? o.path.join('.') : typeof o.path === 'string' ? o.path : '';
      return { path, message: typeof o.message === 'string' ? o.message : String(i) };
    }),
  };
}
