// Command-line arguments of the headless runner, parsed with Node's util.parseArgs into a Result.
import { parseArgs } from 'node:util';
import { err, ok, type Result } from '../sim/result';
import { parseSeed, printable } from './input';

/** What the runner was asked to do. */
export interface SimArgs {
  scenario: string;
  seed: number;
  strategy: string;
  turns?: number;
  json: boolean;
}

/** The usage text printed with any argument error. */
export const USAGE = 'usage: npm run sim -- --scenario <file|id> --seed <n> --strategy <name|file> [--turns <n>] [--json]';

/** Parses argv (without node and script) into SimArgs, or a message saying what is wrong. */
export function parseSimArgs(argv: string[]): Result<SimArgs, string> {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        scenario: { type: 'string' },
        seed: { type: 'string' },
        strategy: { type: 'string' },
        turns: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    return err(printable((e as Error).message));
  }
  if (!values.scenario) return err('missing --scenario');
  if (!values.strategy) return err('missing --strategy');
  const seed = parseSeed(values.seed ?? '1');
  if (!seed.ok) return seed;
  let turns: number | undefined;
  if (values.turns !== undefined) {
    turns = /^[1-9][0-9]{0,2}$/.test(values.turns) ? Number(values.turns) : NaN;
    if (!Number.isInteger(turns)) return err(`--turns must be a whole number from 1 to 999, found "${printable(values.turns.slice(0, 40))}"`);
  }
  return ok({ scenario: values.scenario, seed: seed.value, strategy: values.strategy, turns, json: values.json ?? false });
}
