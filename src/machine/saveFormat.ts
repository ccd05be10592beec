// The save file: versioned JSON of a game's command log and branch tree, and its strict parsing at the edge.
import { z } from 'zod';
import { buildRules } from '../sim/index';
import { hashValue } from '../sim/hash';
import { turnDate } from '../sim/dates';
import type { Command } from '../sim/replay';
import { err, ok, type Result } from '../sim/result';
import type { ScenarioData } from '../sim/scenarioData';
import { replayLog } from './replay';
import type { Branch, GameContext, LoadedGame } from './types';

/** The format marker and the only version this build reads and writes. */
export const SAVE_FORMAT = 'multi-vector-save';
export const SAVE_VERSION = 1;

/** A save as written to storage. */
export interface SaveFile {
  format: typeof SAVE_FORMAT;
  version: number;
  scenarioId: string;
  scenarioHash: string;
  seed: number;
  log: Command[];
  hashes: string[];
  branches: Branch[];
  branchId: string; // the branch being played when saved
  date: string; // game date of the turn the save resumes at, for slot lists
}

const hash = z.string().regex(/^[0-9a-f]{16}$/, 'is not a state hash');
const command = z.object({
  turn: z.number().int().min(0),
  actions: z.array(z.string().min(1)),
  choices: z.array(z.object({ eventId: z.string().min(1), optionId: z.string().min(1) })),
});
const branch = z.object({
  id: z.string().min(1),
  name: z.string(),
  parentId: z.string().nullable(),
  forkTurn: z.number().int().min(0),
  log: z.array(command),
  hashes: z.array(hash),
});
const saveSchema = z.object({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(SAVE_VERSION),
  scenarioId: z.string().min(1),
  scenarioHash: hash,
  seed: z.number().int().min(0).max(0xffffffff),
  log: z.array(command),
  hashes: z.array(hash),
  branches: z.array(branch).min(1),
  branchId: z.string().min(1),
  date: z.string().optional(),
});

/** The hash that ties a save to the exact scenario it was played on. */
export const scenarioHash = (scenario: ScenarioData): string => hashValue(scenario);

/** The current branch's entry brought up to date with the live log, so saves and the tree never lag. */
export function syncedBranches(context: Pick<GameContext, 'branches' | 'branchId' | 'log' | 'hashes'>): Branch[] {
  return context.branches.map((b) => (b.id === context.branchId ? { ...b, log: context.log, hashes: context.hashes } : b));
}

/** The save of the game in `context` (the closed turns of every branch). */
export function buildSave(context: GameContext): SaveFile {
  const scenario = context.scenario as ScenarioData;
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    scenarioId: scenario.id,
    scenarioHash: scenarioHash(scenario),
    seed: context.seed,
    log: context.log,
    hashes: context.hashes,
    branches: syncedBranches(context),
    branchId: context.branchId,
    date: turnDate(scenario, context.world?.turn ?? context.log.length),
  };
}

const where = (path: PropertyKey[]): string =>
  path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '') || 'the top level';

/** Reads the raw JSON of a save just far enough to say what it is, before trusting any of it. */
function readHeader(raw: string): Result<Record<string, unknown>, string> {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return err('This save is damaged or incomplete: it is not valid JSON (perhaps it was cut off).');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as Record<string, unknown>).format !== SAVE_FORMAT)
    return err('This is not a Multi-Vector save.');
  const version = (data as Record<string, unknown>).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > SAVE_VERSION)
    return err(`This save was made by a newer version of the game (save format ${version}); this version reads format ${SAVE_VERSION}.`);
  if (version !== SAVE_VERSION) return err(`This save has an unknown format version (${JSON.stringify(version) ?? 'none'}).`);
  return ok(data as Record<string, unknown>);
}

/** Parses, checks and replays a save: every branch must rebuild to its recorded hashes, or nothing is loaded. */
export function parseSave(raw: string, catalog: Record<string, ScenarioData>): Result<LoadedGame, string> {
  const header = readHeader(raw);
  if (!header.ok) return header;
  const parsed = saveSchema.safeParse(header.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err(`This save is damaged: ${where(issue.path)} ${issue.message.replace(/^Invalid input: /, '').toLowerCase()}.`);
  }
  const save = parsed.data;
  const scenario = catalog[save.scenarioId];
  if (!scenario) return err(`This save is for the scenario "${save.scenarioId}", which is not loaded. Load that scenario first.`);
  if (scenarioHash(scenario) !== save.scenarioHash)
    return err(`The scenario "${save.scenarioId}" has changed since this save was made, so the game cannot be replayed faithfully.`);
  const ids = new Set(save.branches.map((b) => b.id));
  if (ids.size !== save.branches.length) return err('This save is damaged: two branches share an id.');
  const current = save.branches.find((b) => b.id === save.branchId);
  if (!current) return err(`This save is damaged: its current branch "${save.branchId}" is missing.`);
  if (JSON.stringify([current.log, current.hashes]) !== JSON.stringify([save.log, save.hashes]))
    return err('This save is damaged: its log disagrees with its current branch.');
  const rules = buildRules(scenario);
  let world: LoadedGame['world'] | null = null;
  for (const b of save.branches) {
    if (b.parentId !== null && !ids.has(b.parentId)) return err(`This save is damaged: branch "${b.name}" has a missing parent.`);
    if (b.hashes.length !== b.log.length + 1) return err(`This save is damaged: branch "${b.name}" lacks turn hashes.`);
    const replayed = replayLog(rules, scenario, save.seed, b.log, b.hashes);
    if (!replayed.ok) return err(`This save does not replay (branch "${b.name}"): ${replayed.error}`);
    if (b.id === save.branchId) world = replayed.value.world;
  }
  return ok({
    scenario, rules, world: world!, seed: save.seed, log: current.log, hashes: current.hashes,
    branches: save.branches, branchId: save.branchId,
  });
}

/** What a slot list shows for one saved game, or why the slot cannot be read. */
export type SaveSummary =
  | { ok: true; scenarioId: string; date: string; turns: number; branches: number }
  | { ok: false; error: string };

/** Summarises a save without replaying it (cheap enough for a menu). */
export function summariseSave(raw: string): SaveSummary {
  const header = readHeader(raw);
  if (!header.ok) return { ok: false, error: header.error };
  const parsed = saveSchema.safeParse(header.value);
  if (!parsed.success) return { ok: false, error: 'This save is damaged.' };
  const s = parsed.data;
  return { ok: true, scenarioId: s.scenarioId, date: s.date ?? '', turns: s.log.length, branches: s.branches.length };
}
