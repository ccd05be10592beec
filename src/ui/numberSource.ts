// Where a number on screen started from, in words for a tooltip: the FACTS entry it cites, a web address, or "abstraction".
import { textOf } from '../i18n';
import { sourceOf } from '../scenario/parse';
import type { ScenarioData } from '../sim/scenarioData';

type Translate = (key: string, vars?: Record<string, string | number>) => string;

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`);

/** The source of a path's starting value as one short phrase, or undefined when the scenario says nothing of it. */
export function numberSourceWords(scenario: ScenarioData | null, path: string, t: Translate, max = 70): string | undefined {
  const source = scenario ? sourceOf(scenario, path) : undefined;
  if (!source) return undefined;
  if (source.kind === 'abstraction') return t('map.sourceAbstraction');
  if (source.kind === 'url') return clip(source.address ?? source.source, max);
  return `${source.source} — ${clip(source.words ? textOf(source.words) : (source.text ?? ''), max)}`;
}
