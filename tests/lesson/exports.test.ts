// The debrief's exports: JSON and CSV carry the scenario, every turn's decisions and scores, in the player's words.
import { reasonText } from '../../src/ui/debrief';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage, setLanguage } from '../../src/i18n';
import { debriefCsv, debriefJson, type GameRecord, type Words } from '../../src/lesson/exports';
import { finalScore, buildRules } from '../../src/sim';
import { lessonProblemText } from '../../src/ui/lessonLaunch';
import { bundled, playedCode } from './fixture';
import { at } from '../../src/sim/indexing';

const words: Words = { text: (x) => x?.en ?? '', ending: (id) => `ending:${id}`, header: (k) => k };

function record(): GameRecord {
  const scenario = bundled('classroom-short');
  const rules = buildRules(scenario);
  const { world, log, code } = playedCode(scenario, 8, 'turkic');
  const score = finalScore(world, rules);
  return {
    scenarioId: scenario.id, scenarioTitle: scenario.title, seed: 8, shareCode: code, ending: world.outcome?.ending ?? score.ending, reason: reasonText(world.outcome?.ending ?? score.ending, score.defeatId, rules),
    pillars: score.pillars, balance: score.balance, goals: score.goals, history: world.history, log,
    titles: { action: (id) => rules.actions[id]?.title, event: (id) => rules.events[id]?.title, option: (e, o) => rules.events[e]?.options?.find((x) => x.id === o)?.title },
  };
}

describe('debrief exports', () => {
  it('JSON names its format and has every turn with its decisions in words', () => {
    const game = record();
    const json = JSON.parse(debriefJson(game, words));
    expect(json).toMatchObject({ format: 'multi-vector-debrief', version: 1, scenario: { id: 'classroom-short' }, seed: 8, shareCode: game.shareCode });
    expect(json.turns).toHaveLength(game.history.length);
    const withAction = game.history.findIndex((r) => r.actions.length > 0);
    expect(json.turns[withAction].decisions[0]).toBe(game.titles.action(at(at(game.history, withAction).actions, 0))!.en);
    expect(json.goals.map((g: { met: boolean }) => g.met)).toEqual(game.goals.map((g) => g.met));
  });

  it('CSV has a header and one row per turn', () => {
    const game = record();
    const rows = debriefCsv(game, words).slice(1).trim().split('\r\n');
    expect(rows[0]).toBe('turn,date,decisions,sovereignty,prosperity,security,stability,balance');
    expect(rows).toHaveLength(game.history.length + 1);
    expect(at(rows, 1).startsWith(`1,${at(game.history, 0).date},`)).toBe(true);
  });
});

describe('lesson problems in words', () => {
  beforeAll(() => Promise.all([loadLanguage('ru'), loadLanguage('kk')])); // Russian and Kazakh strings load on demand
  afterEach(() => setLanguage('en'));
  it('say where, in the player\'s language', () => {
    const p = { code: 'unknownAction', where: 'closedActions[2]', values: { id: 'x-y' } } as const;
    expect(lessonProblemText(p)).toBe('Closed action 3: "x-y" is not an action of this scenario.');
    setLanguage('ru');
    expect(lessonProblemText(p)).toBe('Закрытое действие 3: «x-y» — не действие этого сценария.');
    setLanguage('kk');
    expect(lessonProblemText({ code: 'checksum', where: '', values: {} })).toMatch(/^сабақ коды бүлінген/);
  });
});
