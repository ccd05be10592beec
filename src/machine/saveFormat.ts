// The save file: versioned JSON of a game's command log and branch tree, and its strict parsing at the edge.
import { z } from 'zod';
import { buildRules } from '../sim/index';
import { hashValue } from '../sim/hash';
import { turnDate } from '../sim/dates';
import type { Command } from '../sim/replay';
import { first } from '../sim/indexing';
import { ok, type Result } from '../sim/result';
import { MAX_ID_LENGTH } from '../content/schema';
import { fail, type MachineError } from './errors';
import { lookup } from './lookup';
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
  gameId?: string; // which game this is: its progress may replace its autosave, another game's may not
  origin?: 'own' | 'shared'; // 'shared' for a game opened from a link or code
}

/** The longest branch name kept in a save (the machine accepts at most 60 characters when renaming). */
export const MAX_SAVED_BRANCH_NAME = 120;
/** Limits of a save's lists: far above any game (40 turns, a few actions a turn, dozens of branches). */
const MAX_TURNS = 500;
const MAX_BRANCHES = 500;

const hash = z.string().regex(/^[0-9a-f]{16}$/, 'is not a state hash');
const id = z.string().min(1).max(MAX_ID_LENGTH);
const command = z.object({
  turn: z.number().int().min(0).max(MAX_TURNS),
  actions: z.array(id).max(64),
  choices: z.array(z.object({ eventId: id, optionId: id })).max(64),
});
const branch = z.object({
  id,
  name: z.string().max(MAX_SAVED_BRANCH_NAME),
  parentId: z.string().nullable(),
  forkTurn: z.number().int().min(0).max(MAX_TURNS),
  log: z.array(command).max(MAX_TURNS),
  hashes: z.array(hash).max(MAX_TURNS + 1),
});
const saveSchema = z.object({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(SAVE_VERSION),
  scenarioId: id,
  scenarioHash: hash,
  seed: z.number().int().min(0).max(0xffffffff),
  log: z.array(command).max(MAX_TURNS),
  hashes: z.array(hash).max(MAX_TURNS + 1),
  branches: z.array(branch).min(1).max(MAX_BRANCHES),
  branchId: id,
  date: z.string().max(20).optional(),
  gameId: z.string().min(1).max(MAX_ID_LENGTH).optional(),
  origin: z.enum(['own', 'shared']).optional(),
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
    gameId: context.gameId ?? undefined,
    origin: context.origin,
  };
}

const where = (path: PropertyKey[]): string =>
  path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '') || 'the top level';

/** Reads the raw JSON of a save just far enough to say what it is, before trusting any of it. */
function readHeader(raw: string): Result<Record<string, unknown>, MachineError> {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return fail('saveDamaged', { detail: 'json' });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as Record<string, unknown>).format !== SAVE_FORMAT)
    return fail('notASave');
  const version = (data as Record<string, unknown>).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > SAVE_VERSION)
    return fail('saveNewer', { version, current: SAVE_VERSION });
  if (version !== SAVE_VERSION) return fail('saveVersionUnknown', { version: String(JSON.stringify(version) ?? 'none').slice(0, 20) });
  return ok(data as Record<string, unknown>);
}

/** A save's data checked against the format (not replayed): cheap enough to compare saves before overwriting one. */
export function readSaveFile(raw: string): Result<SaveFile, MachineError> {
  const header = readHeader(raw);
  if (!header.ok) return header;
  const parsed = saveSchema.safeParse(header.value);
  return parsed.success ? ok(parsed.data as SaveFile) : fail('saveDamaged');
}

/** Parses, checks and replays a save: every branch must rebuild to its recorded hashes, or nothing is loaded. */
export function parseSave(raw: string, catalog: Readonly<Record<string, ScenarioData>>): Result<LoadedGame, MachineError> {
  const header = readHeader(raw);
  if (!header.ok) return header;
  const parsed = saveSchema.safeParse(header.value);
  if (!parsed.success) {
    const issue = first(parsed.error.issues, 'save schema issues');
    return fail('saveDamaged', { detail: `${where(issue.path)} ${issue.message.replace(/^Invalid input: /, '').toLowerCase()}` });
  }
  const save = parsed.data;
  const scenario = lookup(catalog, save.scenarioId);
  if (!scenario) return fail('saveScenarioMissing', { id: save.scenarioId });
  if (scenarioHash(scenario) !== save.scenarioHash)
    return fail('saveScenarioChanged', { id: save.scenarioId });
  const ids = new Set(save.branches.map((b) => b.id));
  if (ids.size !== save.branches.length) return fail('saveDamaged', { detail: 'two branches share an id' });
  const current = save.branches.find((b) => b.id === save.branchId);
  if (!current) return fail('saveDamaged', { detail: `current branch "${save.branchId}" is missing` });
  if (JSON.stringify([current.log, current.hashes]) !== JSON.stringify([save.log, save.hashes]))
    return fail('saveDamaged', { detail: 'its log disagrees with its current branch' });
  const rules = buildRules(scenario);
  let world: LoadedGame['world'] | null = null;
  for (const b of save.branches) {
    if (b.parentId !== null && !ids.has(b.parentId)) return fail('saveDamaged', { detail: `branch "${b.name.slice(0, 40)}" has a missing parent` });
    if (b.hashes.length !== b.log.length + 1) return fail('saveDamaged', { detail: `branch "${b.name.slice(0, 40)}" lacks turn hashes` });
    const replayed = replayLog(rules, scenario, save.seed, b.log, b.hashes);
    if (!replayed.ok) return fail('saveDoesNotReplay', { branch: b.name }, replayed.error);
    if (b.id === save.branchId) world = replayed.value.world;
  }
  return ok({
    scenario, rules, world: world!, seed: save.seed, log: current.log, hashes: current.hashes,
    branches: save.branches, branchId: save.branchId, gameId: save.gameId ?? legacyGameId(save), origin: save.origin ?? 'own',
  });
}

/** The id of a game saved before saves carried one: its scenario and seed (one player's games rarely share both). */
const legacyGameId = (save: { scenarioId: string; seed: number }): string => `${save.scenarioId}-${save.seed.toString(36)}`;

/** What a slot list shows for one saved game, or why the slot cannot be read (then `raw` is its text, for export). */
export type SaveSummary =
  | { ok: true; scenarioId: string; date: string; turns: number; branches: number; origin: 'own' | 'shared' }
  | { ok: false; error: MachineError };

/** Summarises a save without replaying it (cheap enough for a menu). */
export function summariseSave(raw: string): SaveSummary {
  const header = readHeader(raw);
  if (!header.ok) return { ok: false, error: header.error };
  const parsed = saveSchema.safeParse(header.value);
  if (!parsed.success) return { ok: false, error: { code: 'saveDamaged' } };
  const s = parsed.data;
  return { ok: true, scenarioId: s.scenarioId, date: s.date ?? '', turns: s.log.length, branches: s.branches.length, origin: s.origin ?? 'own' };
}
