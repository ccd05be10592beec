// Broken scenario files each get the located message a teacher needs to fix them: where, what was expected, what was found.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, type ScenarioIssue } from '../../src/scenario/parse';
import { at } from '../../src/sim/indexing';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const base: Json = JSON.parse(readFileSync('scenarios/baseline-2022.json', 'utf8'));
const banEvent: Json = JSON.parse(readFileSync('scenarios/transit-ban.json', 'utf8')).content.events[0];
const edited = (edit: (s: Json) => void): string => {
  const s = structuredClone(base);
  edit(s);
  return JSON.stringify(s, null, 2);
};
const problems = (text: string): ScenarioIssue[] => {
  const r = parseScenario(text, 'baseline-2022.json');
  if (r.ok) throw new Error('expected the file to be rejected');
  return r.error;
};

// [what is wrong, the file text, the message line expected among the problems]
const CASES: [string, string, string | RegExp][] = [
  ['a number written with its unit', edited((s) => (s.start.oil.routes.cpc.capacityMt.value = '67 Mt')),
    'start.oil.routes.cpc.capacityMt.value: expected a number from 0 to 1000000, found "67 Mt" — write 67'],
  ['a bare number where a sourced one belongs', edited((s) => (s.start.oil.routes.cpc.capacityMt = 53)),
    /^start\.oil\.routes\.cpc\.capacityMt: expected a sourced number .*found 53 — write \{ "value": 53, "source": "…" \}/],
  ['a missing starting number', edited((s) => delete s.start.economy.gdpUsdBn), /^start\.economy\.gdpUsdBn: missing, expected a sourced number/],
  ['a missing turn count', edited((s) => delete s.turns), 'turns: missing, expected a whole number from 1 to 40'],
  ['a misspelled key', edited((s) => (s.start.oil.routes.cpc.capacityMT = s.start.oil.routes.cpc.capacityMt)),
    'start.oil.routes.cpc.capacityMT: unknown key — did you mean "capacityMt"?'],
  ['a misspelled route id', edited((s) => {
    s.start.oil.routes.bct = s.start.oil.routes.btc;
    delete s.start.oil.routes.btc;
  }), 'start.oil.routes.bct: unknown key — did you mean "btc"?'],
  ['a misspelled power id in personalities', edited((s) => {
    s.personalities.rusia = s.personalities.russia;
    delete s.personalities.russia;
  }), 'personalities.rusia: unknown key — did you mean "russia"?'],
  ['an unknown top-level key', edited((s) => (s.turn = 5)), 'turn: unknown key — did you mean "turns"?'],
  ['a misspelled FACTS id', edited((s) => (s.start.oil.productionMt.source = 'OIL22')), /^start\.oil\.productionMt\.source: expected a FACTS id .*found "OIL22" — did you mean "OIL2"\?$/],
  ['a source that is neither fact, URL nor abstraction', edited((s) => (s.oilPriceSource = 'my notes')), /^oilPriceSource: expected a FACTS id .*found "my notes"/],
  ['an unknown action to disable', edited((s) => (s.content = { disableActions: ['btc-volume-agrement'] })),
    'content.disableActions[0]: unknown action "btc-volume-agrement" — did you mean "btc-volume-agreement"?'],
  ['a shortened event id to disable', edited((s) => (s.content = { disableEvents: ['cpc-storm'] })),
    'content.disableEvents[0]: unknown event "cpc-storm" — did you mean "cpc-storm-moorings"?'],
  ['a misspelled scheduled event', edited((s) => (s.scheduledEvents = [{ turn: 1, eventId: 'secondary-sanctions-warnng' }])),
    'scheduledEvents[0].eventId: unknown or disabled event "secondary-sanctions-warnng" — did you mean "secondary-sanctions-warning"?'],
  ['a scheduled event after the last turn', edited((s) => (s.scheduledEvents = [{ turn: 17, eventId: 'oil-price-spike' }])),
    'scheduledEvents[0].turn: expected a turn from 0 to 16 (0 is the first turn), found 17'],
  ['a scheduled event that the file disables', edited((s) => {
    s.content = { disableEvents: ['oil-price-spike'] };
    s.scheduledEvents = [{ turn: 2, eventId: 'oil-price-spike' }];
  }), /^scheduledEvents\[0\]\.eventId: unknown or disabled event "oil-price-spike"/],
  ['relations above 100', edited((s) => (s.start.relations.russia.value = 150)), 'start.relations.russia.value: expected a number from -100 to 100, found 150'],
  ['a gauge below 0', edited((s) => (s.start.gauges.westConcern.value = -3)), 'start.gauges.westConcern.value: expected a number from 0 to 100, found -3'],
  ['a personality above 1', edited((s) => (s.personalities.china.patience = 2)), 'personalities.china.patience: expected a number from 0 to 1, found 2'],
  ['home refining above production', edited((s) => (s.start.oil.domesticMt.value = 90)),
    'start.oil.domesticMt.value: expected at most productionMt (84.2), found 90 — home refining cannot use more crude than is produced'],
  ['corridor volume above capacity', edited((s) => (s.start.corridors.middle.volumeMt.value = 9)), 'start.corridors.middle.volumeMt.value: expected at most capacityMt (6), found 9'],
  ['a third half-year', edited((s) => (s.startPeriod = 3)), 'startPeriod: expected 1–2 for turnLength "half", found 3'],
  ['a fifth quarter', edited((s) => Object.assign(s, { turnLength: 'quarter', startPeriod: 5 })), 'startPeriod: expected a whole number from 1 to 4, found 5'],
  ['an unknown turn length', edited((s) => (s.turnLength = 'year')), 'turnLength: expected one of quarter, half, found "year"'],
  ['zero turns', edited((s) => (s.turns = 0)), 'turns: expected a whole number from 1 to 40, found 0'],
  ['half a turn', edited((s) => (s.turns = 8.5)), 'turns: expected a whole number from 1 to 40, found 8.5'],
  ['no oil prices', edited((s) => (s.oilPricePath = [])), 'oilPricePath: expected at least 1 item(s), found 0'],
  ['more prices than turns', edited((s) => (s.turns = 4)), 'oilPricePath: expected at most 4 prices (one per turn), found 17 — remove the extra prices or raise turns'],
  ['an id that is not the file name', edited((s) => (s.id = 'baseline-2023')), /^id: expected "baseline-2022" \(the file name without \.json\), found "baseline-2023"/],
  ['an id with spaces', edited((s) => (s.id = 'Baseline 2022')), 'id: expected a kebab-case id like "btc-agreement" (lower-case letters, digits, single hyphens), found "Baseline 2022"'],
  ['a title as bare text', edited((s) => (s.title = 'Hello')), 'title: expected text like { "en": "…" }, found "Hello"'],
  ['true in quotes', edited((s) => (s.start.memberships.csto.member = 'true')), 'start.memberships.csto.member: expected true or false, found "true" — write true without quotes'],
  ['an unknown route status', edited((s) => (s.start.oil.routes.cpc.status = 'closed')), 'start.oil.routes.cpc.status: expected one of open, disrupted, banned, found "closed"'],
  ['a victory on a path the world lacks', edited((s) => (s.victory[0].when.path = 'oil.routes.btc.flow')),
    'victory[0].when.path: "oil.routes.btc.flow" is not a number, word or switch in the world — did you mean "oil.routes.btc.flowMt"?'],
  ['a threshold in quotes', edited((s) => (s.victory[0].when = { path: 'society.stability', gte: '50' })), 'victory[0].when.gte: expected a number, found "50" — write 50'],
  ['a misspelled condition key', edited((s) => (s.victory[0].when = { pth: 'society.stability', gte: 50 })), 'victory[0].when.pth: unknown key — did you mean "path"?'],
  ['a misspelled effect operation', edited((s) => (s.content = { events: [{ ...banEvent, effects: [{ op: 'ad', path: 'society.stability', value: 1 }] }] })),
    'content.events[0].effects[0].op: expected one of add, mul, set, found "ad" — did you mean "add"?'],
  ['an effect on a misspelled path', edited((s) => (s.content = { events: [{ ...banEvent, effects: [{ op: 'add', path: 'gauges.russiaAlrm', value: 1 }] }] })),
    'content.events[0].effects[0].path: "gauges.russiaAlrm" is not a number, word or switch in the world — did you mean "gauges.russiaAlarm"?'],
  ['an effect setting a status to a number', edited((s) => (s.content = { events: [{ ...banEvent, effects: [{ op: 'set', path: 'oil.routes.cpc.status', value: 0 }] }] })),
    'content.events[0].effects[0].value: expected one of open, disrupted, banned, found 0'],
  ['an effect on an engine-kept path', edited((s) => (s.content = { events: [{ ...banEvent, effects: [{ op: 'set', path: 'turn', value: 3 }] }] })),
    'content.events[0].effects[0].path: "turn" is kept by the engine and cannot be changed by content'],
  ['a reaction from an unknown power', edited((s) => (s.content = { events: [{ ...banEvent, options: [banEvent.options[0], { ...banEvent.options[1], reactions: [{ power: 'rusia', relation: 1, note: { en: 'x' } }] }] }] })),
    'content.events[0].options[1].reactions[0].power: expected one of russia, china, eu, us, turkey, azerbaijan, gulf, found "rusia" — did you mean "russia"?'],
  ['two goals with one id', edited((s) => (s.victory[1].id = s.victory[0].id)), 'victory[1].id: duplicate id "diversified-oil": ids must be unique'],
  ['not JSON at all', 'hello world', 'line 1, column 1: not valid JSON: expected a value (number, "text", true, false, null, {…} or […]), found "h"'],
  ['a trailing comma', '{\n  "id": "x",\n}', 'line 3, column 1: not valid JSON: expected a key in double quotes, found "}" (remove the comma before it)'],
  ['single quotes', "{'id': 1}", 'line 1, column 2: not valid JSON: keys and text must use double quotes ", not single quotes'],
  ['a key given twice', '{"id": "a",\n "id": "b"}', 'line 2, column 2: not valid JSON: key "id" appears twice in the same object'],
  ['an unclosed text', '{"id": "abc', 'line 1, column 8: not valid JSON: text is never closed with "'],
  ['an empty file', '', 'the file is empty; a scenario is a JSON object starting with {'],
  ['only spaces', '  \n ', 'the file is empty; a scenario is a JSON object starting with {'],
  ['a list instead of an object', '[]', 'expected a JSON object { "id": …, "title": …, "start": … } as the whole file, found an empty list []'],
  ['nesting 100 deep', '['.repeat(100) + ']'.repeat(100), 'line 1, column 41: nested more than 40 levels deep; scenario files are never that deep'],
  ['a file over 1 MB', `{"notes": ["${'x'.repeat(1_100_000)}"]}`, /^the file is too large \(1100 kB\); scenario files may be at most 1 MB$/],
];

describe('broken scenario files', () => {
  it.each(CASES)('%s', (_what, text, expected) => {
    const lines = problems(text).map((p) => p.message);
    if (typeof expected === 'string') expect(lines).toContain(expected);
    else expect(lines.some((l) => expected.test(l)), lines.join('\n')).toBe(true);
  });

  it('gives every problem separately, each with its path, what was expected and what was found', () => {
    const issues = problems(edited((s) => {
      s.turns = '17';
      s.start.relations.china.value = 101;
      s.start.oil.routes.rail.costUsdPerT.source = 'RAIL2';
    }));
    expect(issues.map((i) => i.path).sort()).toEqual(['start.oil.routes.rail.costUsdPerT.source', 'start.relations.china.value', 'turns']);
    const turns = issues.find((i) => i.path === 'turns');
    expect(turns).toMatchObject({ expected: 'a whole number from 1 to 40', found: '"17"', hint: 'write 17' });
  });

  it('caps a hopeless file at 50 listed problems plus a count of the rest', () => {
    const s: Json = structuredClone(base);
    for (let i = 0; i < 80; i++) s[`junk${i}`] = i;
    const issues = problems(JSON.stringify(s));
    expect(issues).toHaveLength(51);
    expect(at(issues, 50).message).toBe('… and 30 more problems');
  });
});
