// The built-in scripted strategies of the headless runner, and strategy files (per-turn actions and choices).
import { z } from 'zod';
import type { Rules } from '../sim/content';
import { err, ok, type Result } from '../sim/result';
import { chooseByPreference, pickByPriority, priorityStrategy, randomStrategy, type Strategy } from './strategy';

/** What the documented 2022–2023 line did first (FACTS T2, T10, T11, T13, T16, T17), then continuing it. */
const HISTORICAL_OPENING: string[][] = [
  ['btc-volume-agreement', 'reaffirm-csto', 'suspend-arms-exports'], // 2022-H2: SOCAR deal, CSTO stays, arms exports paused
  ['druzhba-oil-to-germany', 'eu-raw-materials-partnership', 'cpc-debottleneck'], // 2023-H1: Druzhba to Germany, EU raw materials, CPC debottlenecking (CPC7)
  ['aktau-port-expansion', 'c5plus1-partnership', 'anka-coproduction'], // 2023-H2
  ['middle-corridor-investment', 'deepen-turkic-states', 'china-trade-target'], // 2024-H1
];
const HISTORICAL_LINE = [
  'middle-corridor-investment', 'caspian-tanker-fleet', 'border-modernisation', 'reaffirm-csto', 'enforce-sanctions-controls',
  'deepen-turkic-states', 'china-pipeline-volumes', 'c5plus1-partnership', 'latin-script-acceleration', 'social-spending-package',
];

const PRIORITIES: Record<string, { actions: string[]; options: string[] }> = {
  'pro-russia': {
    actions: ['deepen-eaeu-integration', 'reaffirm-csto', 'buy-russian-arms', 'cpc-debottleneck', 'tolerate-reexports', 'reassure-russian-speakers', 'social-spending-package'],
    options: ['accept', 'comply', 'russia', 'cooperate', 'welcome', 'quiet'],
  },
  'western-pivot': {
    actions: ['enforce-sanctions-controls', 'eu-raw-materials-partnership', 'c5plus1-partnership', 'buy-western-arms', 'btc-volume-agreement', 'aktau-port-expansion', 'slow-eaeu-integration', 'druzhba-oil-to-germany', 'middle-corridor-investment', 'regulate-russian-media', 'latin-script-acceleration'],
    options: ['comply', 'west', 'enforce', 'refuse', 'protest'],
  },
  'china-first': {
    actions: ['china-infrastructure-loan', 'china-trade-target', 'china-pipeline-volumes', 'buy-chinese-arms', 'host-sco-summit', 'tolerate-reexports', 'social-spending-package'],
    options: ['accept', 'china', 'take', 'welcome'],
  },
  turkic: {
    actions: ['deepen-turkic-states', 'anka-coproduction', 'turkey-trade-target', 'middle-corridor-investment', 'btc-volume-agreement', 'aktau-port-expansion', 'caspian-tanker-fleet', 'latin-script-acceleration', 'kazakh-language-law'],
    options: ['attend', 'deepen', 'accept', 'welcome'],
  },
  balanced: {
    actions: ['btc-volume-agreement', 'reaffirm-csto', 'cpc-debottleneck', 'china-trade-target', 'eu-raw-materials-partnership', 'middle-corridor-investment', 'c5plus1-partnership', 'deepen-turkic-states', 'border-modernisation', 'gulf-investment-fund', 'china-pipeline-volumes', 'social-spending-package', 'domestic-defence-industry'],
    options: ['balance', 'negotiate', 'partial', 'quiet', 'comply'],
  },
};

/** The names the runner accepts as built-in strategies. */
export const BUILTIN_STRATEGIES = ['historical', ...Object.keys(PRIORITIES), 'random'] as const;

/** The documented line: the 2022–2023 decisions turn by turn, then more of the same. */
function historical(): Strategy {
  const line = priorityStrategy('historical', HISTORICAL_LINE, ['comply', 'balance', 'negotiate', 'quiet', 'welcome']);
  return {
    ...line,
    pickActions: (rules, world) => {
      const opening = HISTORICAL_OPENING[world.turn];
      return opening ? pickByPriority(rules, world, opening.filter((id) => rules.actions[id])) : line.pickActions(rules, world);
    },
  };
}

/** A built-in strategy by name, or undefined for an unknown name. */
export function builtinStrategy(name: string, seed: number): Strategy | undefined {
  if (name === 'historical') return historical();
  if (name === 'random') return randomStrategy(seed);
  const p = Object.hasOwn(PRIORITIES, name) ? PRIORITIES[name] : undefined;
  return p ? priorityStrategy(name, p.actions, p.options) : undefined;
}

const strategyFileSchema = z.object({
  name: z.string().optional(),
  turns: z.array(z.object({
    actions: z.array(z.string()).default([]),
    choices: z.record(z.string(), z.string()).default({}),
  }).strict()),
}).strict();

/** Reads a strategy file: per-turn action ids and event choices (events not listed take their first option); ids are checked against the rules. */
export function parseStrategyFile(text: string, rules: Rules): Result<Strategy, string> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return err(`not JSON: ${(e as Error).message}`);
  }
  const parsed = strategyFileSchema.safeParse(json);
  if (!parsed.success) return err(parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; '));
  const { turns, name } = parsed.data;
  const problems: string[] = [];
  turns.forEach((t, i) => {
    t.actions.forEach((id, j) => Object.hasOwn(rules.actions, id) || problems.push(`turns.${i}.actions.${j}: unknown action "${id}"`));
    for (const [eventId, optionId] of Object.entries(t.choices)) {
      const event = Object.hasOwn(rules.events, eventId) ? rules.events[eventId] : undefined;
      if (!event) problems.push(`turns.${i}.choices: unknown event "${eventId}"`);
      else if (!event.options?.some((o) => o.id === optionId)) problems.push(`turns.${i}.choices.${eventId}: event has no option "${optionId}"`);
    }
  });
  if (problems.length) return err(problems.join('; '));
  return ok({
    name: name ?? 'file',
    pickActions: (rules, world) => pickByPriority(rules, world, turns[world.turn]?.actions ?? []),
    choose: (rules, world, eventId) => chooseByPreference(rules, eventId, [turns[world.turn]?.choices[eventId] ?? '']),
  });
}
