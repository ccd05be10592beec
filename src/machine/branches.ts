// Rewinding and branching: every line of play stays in a named tree; any line can be resumed or compared.
import { turnDate } from '../sim/dates';
import { ok, type Result } from '../sim/result';
import { fail, machineError, type MachineError } from './errors';
import type { World } from '../sim/world';
import { replayLog } from './replay';
import { syncedBranches } from './saveFormat';
import type { Branch, GameContext, LoadedGame } from './types';

/** The longest branch name accepted. */
export const MAX_BRANCH_NAME = 60;

type Playing = GameContext & { scenario: NonNullable<GameContext['scenario']>; rules: NonNullable<GameContext['rules']>; world: World };

const playing = (c: GameContext): c is Playing => !!c.scenario && !!c.rules && !!c.world;

const nextBranchId = (branches: readonly Branch[]): string =>
  `b${1 + Math.max(0, ...branches.map((b) => Number(/^b(\d+)$/.exec(b.id)?.[1] ?? 0)))}`;

/**
 * Goes back to the start of `turn` on a new branch; the line left behind keeps its log and hashes. A branch on which
 * nothing was played since it forked (and with no branches of its own) is moved instead of leaving an empty twin.
 */
export function rewindTo(context: GameContext, turn: number): Result<LoadedGame, MachineError> {
  if (!playing(context)) return fail('noGame');
  if (!Number.isInteger(turn) || turn < 0 || turn >= context.log.length)
    return context.log.length === 0 ? fail('rewindNone') : fail('rewindRange', { max: context.log.length });
  const { scenario, rules, seed } = context;
  const log = context.log.slice(0, turn);
  const replayed = replayLog(rules, scenario, seed, log, context.hashes.slice(0, turn + 1));
  if (!replayed.ok) return replayed;
  const branches = syncedBranches(context);
  const here = branches.find((b) => b.id === context.branchId)!;
  const untouched = here.parentId !== null && here.log.length <= here.forkTurn && !branches.some((b) => b.parentId === here.id);
  const fork: Branch = untouched
    ? { ...here, forkTurn: turn, log, hashes: replayed.value.hashes }
    : {
      id: nextBranchId(branches), name: `Line ${branches.length + 1} (from ${turnDate(scenario, turn)})`,
      parentId: here.id, forkTurn: turn, log, hashes: replayed.value.hashes,
    };
  return ok({
    scenario, rules, seed, world: replayed.value.world, log, hashes: replayed.value.hashes, gameId: context.gameId, origin: context.origin,
    branches: untouched ? branches.map((b) => (b.id === fork.id ? fork : b)) : [...branches, fork], branchId: fork.id,
  });
}

/** Resumes another branch where it was left (its log replayed and checked against its hashes). */
export function switchTo(context: GameContext, branchId: string): Result<LoadedGame, MachineError> {
  if (!playing(context)) return fail('noGame');
  const branches = syncedBranches(context);
  const target = branches.find((b) => b.id === branchId);
  if (!target) return fail('noBranch', { id: branchId });
  const replayed = replayLog(context.rules, context.scenario, context.seed, target.log, target.hashes);
  if (!replayed.ok) return replayed;
  return ok({
    scenario: context.scenario, rules: context.rules, seed: context.seed, world: replayed.value.world,
    log: target.log, hashes: replayed.value.hashes, branches, branchId, gameId: context.gameId, origin: context.origin,
  });
}

/** Why a branch name cannot be used, or null when it can. */
export function branchNameProblem(context: GameContext, branchId: string, name: unknown): MachineError | null {
  if (!context.branches.some((b) => b.id === branchId)) return machineError('noBranch', { id: String(branchId) });
  if (typeof name !== 'string' || name.trim() === '') return machineError('branchNameEmpty');
  if (name.trim().length > MAX_BRANCH_NAME) return machineError('branchNameLong', { max: MAX_BRANCH_NAME });
  return null;
}

