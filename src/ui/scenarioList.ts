// The scenarios the menu offers and scenario files the player loads, through the scenario module's catalog.
import { bundledScenarios, loadScenarioText, type CatalogEntry } from '../scenario/catalog';
import type { ScenarioData } from '../sim/scenarioData';

/** One scenario as the menu lists it. */
export type ScenarioEntry = CatalogEntry;

/** A parsed scenario file, or its problems, each a located line of plain text. */
export type ParsedScenario = { ok: true; value: ScenarioData } | { ok: false; error: string[] };

/** The scenarios bundled with the game. */
export function bundledScenarioList(): ScenarioEntry[] {
  return bundledScenarios();
}

/** Parses a scenario file's text; each problem reads "where: what" (the message already names its place). */
export function parseScenarioFile(text: string, fileName: string): ParsedScenario {
  const r = loadScenarioText(text, fileName);
  if (r.ok) return r;
  return { ok: false, error: r.error.map((i) => (i.message.startsWith(i.path) || !i.path ? i.message : `${i.path}: ${i.message}`)) };
}
