// After a reload only the bundled scenarios are in the catalog: every saved lesson game, including one kept aside when
// another game took the autosave, must still open (its lesson scenario is rebuilt from its id).
import { describe, expect, it } from 'vitest';
import { listSavedGames } from '../../src/machine/index';
import { lessonScenario } from '../../src/lesson/lessonScenario';
import { prepareForSaves } from '../../src/ui/lessonLaunch';
import { begin, playTurns, startActor } from '../machine/fixture';
import { bundled } from './fixture';
import { at } from '../../src/sim/indexing';

describe('saved lesson games after a reload', () => {
  it('a lesson game kept aside by a later game opens from the saved-games list', () => {
    const base = bundled('classroom-short');
    const lesson = lessonScenario(base, 4, []);
    const before = startActor({ scenarios: [base, lesson] });
    begin(before.actor, lesson.id, 5);
    playTurns(before.actor, 1);
    before.actor.send({ type: 'MENU' });
    begin(before.actor, base.id, 6); // another game takes the autosave: the lesson game is kept aside
    playTurns(before.actor, 1);
    const kept = listSavedGames(before.storage).filter((e) => e.kind === 'kept');
    expect(kept).toHaveLength(1);
    const { summary } = at(kept, 0);
    expect(summary.ok && summary.scenarioId).toBe(lesson.id);

    const after = startActor({ scenarios: [base], storage: before.storage }); // a fresh page: bundled scenarios only
    prepareForSaves(after.actor, after.storage);
    after.actor.send({ type: 'LOAD_SAVED', key: at(kept, 0).key });
    expect(after.ctx().error).toBeNull();
    expect(after.ctx().scenario?.id).toBe(lesson.id);
    expect(after.ctx().log).toHaveLength(1);
  });
});
