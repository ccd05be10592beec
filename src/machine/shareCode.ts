// Share codes: a game (scenario, seed, command log) as a short URL-safe string, checked strictly when read back.
import { buildRules } from '../sim/index';
import type { Command } from '../sim/replay';
import { ok, type Result } from '../sim/result';
import { fail, type MachineError } from './errors';
import { lookup } from './lookup';
import type { ScenarioData } from '../sim/scenarioData';
import { ByteReader, ByteWriter, Malformed, fnv1a32, fromBase64Url, toBase64Url } from './bytes';
import { replayLog } from './replay';
import { scenarioHash } from './saveFormat';
import type { GameContext, LoadedGame } from './types';

/** The share-code layout version this build writes and reads. */
export const SHARE_CODE_VERSION = 1;
/** Codes longer than this are refused before decoding (a URL must carry them). */
export const MAX_SHARE_CODE_LENGTH = 6000;

const LIMITS = { idBytes: 200, dictionary: 2000, turns: 500, perTurn: 64 };

/** What a share code carries. */
export interface SharedGame {
  scenarioId: string;
  scenarioHash: string; // first 8 hex digits of the scenario's hash
  seed: number;
  log: Command[];
}

/**
 * Encodes the current line of play. Layout: version, scenario id, scenario hash prefix, seed, a dictionary of the
 * action/event/option ids used, then per turn the actions and choices as dictionary indexes; a checksum closes it.
 */
export function shareCode(context: Pick<GameContext, 'scenario' | 'seed' | 'log'>): string {
  if (!context.scenario) return '';
  const dictionary = [...new Set(context.log.flatMap((c) => [...c.actions, ...c.choices.flatMap((x) => [x.eventId, x.optionId])]))].sort();
  const index = new Map(dictionary.map((id, i) => [id, i]));
  const w = new ByteWriter();
  w.varint(SHARE_CODE_VERSION);
  w.text(context.scenario.id);
  w.u32(parseInt(scenarioHash(context.scenario).slice(0, 8), 16));
  w.u32(context.seed >>> 0);
  w.varint(dictionary.length);
  dictionary.forEach((id) => w.text(id));
  w.varint(context.log.length);
  for (const cmd of context.log) {
    w.varint(cmd.actions.length);
    cmd.actions.forEach((a) => w.varint(index.get(a)!));
    w.varint(cmd.choices.length);
    cmd.choices.forEach((c) => (w.varint(index.get(c.eventId)!), w.varint(index.get(c.optionId)!)));
  }
  const body = w.bytes();
  const tail = new ByteWriter();
  tail.u32(fnv1a32(body));
  return toBase64Url(Uint8Array.from([...body, ...tail.bytes()]));
}

/** Reads a share code; any damage, tampering, truncation or unknown version is a clear message, never a throw. */
export function parseShareCode(code: unknown): Result<SharedGame, MachineError> {
  if (typeof code !== 'string' || code.trim() === '') return fail('codeEmpty');
  const text = code.trim();
  if (text.length > MAX_SHARE_CODE_LENGTH) return fail('codeTooLong', { length: text.length, max: MAX_SHARE_CODE_LENGTH });
  const bad = text.search(/[^A-Za-z0-9_-]/);
  if (bad >= 0) return fail('codeBadCharacter', { char: text.charAt(bad), position: bad + 1 });
  const bytes = fromBase64Url(text);
  if (!bytes || bytes.length < 5 || toBase64Url(bytes) !== text) return fail('codeDamaged');
  const body = bytes.subarray(0, bytes.length - 4);
  if (new ByteReader(bytes.subarray(bytes.length - 4)).u32() !== fnv1a32(body))
    return fail('codeDamaged', { detail: 'checksum' });
  try {
    const r = new ByteReader(body);
    const version = r.varint(0xffff);
    if (version !== SHARE_CODE_VERSION)
      return version > SHARE_CODE_VERSION ? fail('codeNewer', { version, current: SHARE_CODE_VERSION }) : fail('codeVersionUnknown', { version });
    const scenarioId = r.text(LIMITS.idBytes);
    const hash = r.u32().toString(16).padStart(8, '0');
    const seed = r.u32();
    const dictionary = Array.from({ length: r.varint(LIMITS.dictionary) }, () => r.text(LIMITS.idBytes));
    const id = () => {
      const word = dictionary[r.varint(dictionary.length - 1)];
      if (word === undefined) throw new Malformed('a word is out of range');
      return word;
    };
    const log: Command[] = Array.from({ length: r.varint(LIMITS.turns) }, (_, turn) => {
      const actions = Array.from({ length: r.varint(LIMITS.perTurn) }, id);
      const choices = Array.from({ length: r.varint(LIMITS.perTurn) }, () => ({ eventId: id(), optionId: id() }));
      return { turn, actions, choices };
    });
    if (!r.done) return fail('codeDamaged', { detail: 'extra data at the end' });
    if (!scenarioId) return fail('codeNoScenario');
    return ok({ scenarioId, scenarioHash: hash, seed, log });
  } catch (e) {
    if (e instanceof Malformed) return fail('codeDamaged', { detail: e.message });
    throw e;
  }
}

/** A playable game from a share code: the scenario must be loaded and unchanged, and the log must replay. */
export function gameFromShareCode(code: unknown, catalog: Readonly<Record<string, ScenarioData>>): Result<LoadedGame, MachineError> {
  const shared = parseShareCode(code);
  if (!shared.ok) return shared;
  const { scenarioId, seed, log } = shared.value;
  const scenario = lookup(catalog, scenarioId);
  if (!scenario) return fail('codeScenarioMissing', { id: scenarioId });
  if (!scenarioHash(scenario).startsWith(shared.value.scenarioHash))
    return fail('codeScenarioChanged', { id: scenarioId });
  const rules = buildRules(scenario);
  const replayed = replayLog(rules, scenario, seed, log);
  if (!replayed.ok) return fail('codeDoesNotReplay', undefined, replayed.error);
  const { world, hashes } = replayed.value;
  return ok({
    scenario, rules, world, seed, log, hashes,
    branches: [{ id: 'main', name: 'Main line', parentId: null, forkTurn: 0, log, hashes }], branchId: 'main', gameId: null, origin: 'shared',
  });
}
