// Lesson plans written next to the scenarios (scenarios/lessons/<scenarioId>.<lang>.md), bundled with the game.
import { parseMarkdown, listUnder, type Block } from './markdown';

const files = import.meta.glob<string>('../../scenarios/lessons/*.md', { eager: true, query: '?raw', import: 'default' });

/** Plan texts by "<scenarioId>.<lang>". */
const plans: Record<string, string> = Object.fromEntries(
  Object.entries(files).map(([path, text]) => [path.split('/').pop()!.replace(/\.md$/, ''), text]),
);

/** The plan of a scenario in a language (English when that language has none), or null if the scenario has no plan. */
export function lessonPlan(scenarioId: string, lang: string): { lang: string; blocks: Block[] } | null {
  for (const l of [lang, 'en']) {
    const key = `${scenarioId}.${l}`;
    const plan = Object.hasOwn(plans, key) ? plans[key] : undefined;
    if (plan !== undefined) return { lang: l, blocks: parseMarkdown(plan) };
  }
  return null;
}

/** The reflection questions a plan suggests (the list under its "Reflection" heading), for the set-up form and the print. */
export function planQuestions(scenarioId: string, lang: string): string[] {
  const plan = lessonPlan(scenarioId, lang);
  return plan ? listUnder(plan.blocks, /reflection|рефлекс/i) : [];
}
