// A lesson's game is plain scenario data: fewer turns, closed actions gone, and a self-describing id that lets share
// codes and saves of lesson games replay on any copy of the game.
import { describe, expect, it } from 'vitest';
import { gameFromShareCode } from '../../src/machine/shareCode';
import { isLessonScenarioId, lessonScenario, scenarioForLessonId, withLessonScenarios } from '../../src/lesson/lessonScenario';
import { buildRules, stateHash } from '../../src/sim';
import { catalog, playedCode } from './fixture';
import { entry } from '../../src/sim/indexing';

describe('lesson scenarios', () => {
  const base = entry(catalog(), 'classroom-short');
  const military = Object.values(buildRules(base).actions).filter((a) => a.vector === 'military').map((a) => a.id);
  const derived = lessonScenario(base, 5, [...military, 'tolerate-reexports']);

  it('cut the turns and take the closed actions out of the rules', () => {
    expect(isLessonScenarioId(derived.id)).toBe(true);
    expect(derived.turns).toBe(5);
    const rules = buildRules(derived);
    expect(Object.keys(rules.actions)).not.toContain('tolerate-reexports');
    expect(Object.values(rules.actions).some((a) => a.vector === 'military')).toBe(false);
    expect(Object.keys(rules.actions).length).toBe(Object.keys(buildRules(base).actions).length - military.length - 1);
  });

  it('end the game at the lesson\'s last turn', () => {
    const { world, log } = playedCode(derived, 11);
    expect(log.length).toBe(5);
    expect(world.outcome).not.toBeNull();
  });

  it('are rebuilt from their id alone, and nothing else passes for one', () => {
    expect(scenarioForLessonId(derived.id, catalog())).toEqual(derived);
    const [id, turns, mask] = derived.id.split('~');
    for (const bad of [`${id}~9~${mask}`, `${id}~0~${mask}`, `nope~${turns}~${mask}`, `${id}~${turns}~${mask}A`, `${id}~${turns}`, `toString~1~A`])
      expect(scenarioForLessonId(bad, catalog()), bad).toBeNull();
  });

  it('let a lesson game\'s share code replay to the same state, on a game that only has the scenario files', () => {
    const { code, world } = playedCode(derived, 99, 'western-pivot');
    expect(gameFromShareCode(code, catalog()).ok).toBe(false);
    const game = gameFromShareCode(code, withLessonScenarios(catalog(), [derived.id]));
    expect(game.ok).toBe(true);
    if (game.ok) expect(stateHash(game.value.world)).toBe(stateHash(world));
  });
});
