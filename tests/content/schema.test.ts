// The content files pass the strict schema, and broken content is refused with a message that says where and why.
import { describe, expect, it } from 'vitest';
import actionsJson from '../../src/content/actions.json';
import eventsJson from '../../src/content/events.json';
import powerRulesJson from '../../src/content/powerRules.json';
import { parseContent } from '../../src/content';
import { actionSchema, conditionSchema, effectSchema, eventSchema } from '../../src/content/schema';

const goodAction = structuredClone(actionsJson[0]) as Record<string, unknown>;
const goodEvent = structuredClone(eventsJson.find((e) => e.options)!) as Record<string, unknown>;

describe('content files', () => {
  it.each([
    ['actions.json', { actions: actionsJson }],
    ['events.json', { events: eventsJson }],
    ['powerRules.json', { powerRules: powerRulesJson }],
  ])('%s validates against the schema', (_name, bundle) => {
    const result = parseContent(bundle);
    expect(result.ok ? [] : result.error).toEqual([]);
  });

  it('has unique ids across each list and within each event', () => {
    for (const list of [actionsJson, eventsJson, powerRulesJson]) {
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    for (const e of eventsJson) {
      const ids = (e.options ?? []).map((o) => o.id);
      expect(new Set(ids).size, e.id).toBe(ids.length);
    }
  });
});

describe('parseContent refuses broken content with located messages', () => {
  const withAction = (patch: Record<string, unknown>) => ({ actions: [{ ...goodAction, ...patch }] });
  const first = (input: unknown) => {
    const r = parseContent(input);
    if (r.ok) throw new Error('expected a failure');
    return r.error.join('\n');
  };

  it.each<[string, unknown, RegExp]>([
    ['an unknown key', withAction({ costUSD: 1 }), /actions\[0\]: unknown key "costUSD"/],
    ['an id that is not kebab-case', withAction({ id: 'BTC_Deal' }), /actions\[0\] "BTC_Deal"\.id: expected a kebab-case id.*found "BTC_Deal"/],
    ['an unknown vector', withAction({ vector: 'economy' }), /actions\[0\] "btc-volume-agreement"\.vector: .*found "economy"/],
    ['a cost written as text', withAction({ costUsdBn: '0.2 bn' }), /\.costUsdBn: .*found "0\.2 bn"/],
    ['a fractional delay', withAction({ delay: 1.5 }), /\.delay: expected a whole number of turns/],
    ['an unknown effect op', withAction({ effects: [{ op: 'double', path: 'gauges.russiaAlarm', value: 2 }] }), /\.effects\[0\]\.op/],
    ['a path with spaces', withAction({ effects: [{ op: 'add', path: 'oil routes', value: 2 }] }), /\.effects\[0\]\.path: expected a dotted state path/],
    ['a comparison with no comparator', withAction({ requires: { path: 'relations.russia' } }), /\.requires: /],
    ['an unknown power in a reaction', withAction({ reactions: [{ power: 'iran', relation: 2, note: { en: 'x' } }] }), /\.reactions\[0\]\.power: .*found "iran"/],
    ['empty English text', withAction({ title: { en: ' ' } }), /\.title\.en: English text must not be empty/],
    ['a duplicate id', { actions: [goodAction, goodAction] }, /actions\[1\] "btc-volume-agreement"\.id: duplicate id "btc-volume-agreement"/],
    ['an unknown top-level list', { scenarios: [] }, /\(top level\): unknown key "scenarios"/],
    ['not an object at all', 'actions', /\(top level\): .*found "actions"/],
  ])('%s', (_label, input, message) => {
    expect(first(input)).toMatch(message);
  });

  it('refuses an event with one option or five', () => {
    const options = (goodEvent.options as unknown[]).slice(0, 1);
    expect(first({ events: [{ ...goodEvent, options }] })).toMatch(/\.options: an event with choices needs 2–4 options/);
    const five = Array.from({ length: 5 }, (_, i) => ({ ...(goodEvent.options as Record<string, unknown>[])[0], id: `o-${i}` }));
    expect(first({ events: [{ ...goodEvent, options: five }] })).toMatch(/at most 4 options/);
  });

  it('refuses a power rule with a chance above 1 and a ladder step above 5', () => {
    const rule = { ...powerRulesJson[0], chance: 1.5, step: 6 };
    const text = first({ powerRules: [rule] });
    expect(text).toMatch(/powerRules\[0\] "russia-warning"\.chance: chance is a probability/);
    expect(text).toMatch(/powerRules\[0\] "russia-warning"\.step: ladder steps run from 0/);
  });

  it('returns every problem, not only the first', () => {
    const r = parseContent({ actions: [{ ...goodAction, id: 'Bad Id', vector: 'x', capital: -5 }] });
    expect(r.ok ? 0 : r.error.length).toBeGreaterThanOrEqual(3);
  });
});

describe('schemas', () => {
  it('accept nested conditions and reject unknown keys inside them', () => {
    const nested = { all: [{ path: 'gauges.russiaAlarm', gte: 50 }, { not: { any: [{ path: 'turn', lt: 2 }] } }] };
    expect(conditionSchema.safeParse(nested).success).toBe(true);
    expect(conditionSchema.safeParse({ all: [{ path: 'turn', gte: 1, typo: 2 }] }).success).toBe(false);
  });

  it('accept a set of a status word and refuse non-finite numbers', () => {
    expect(effectSchema.safeParse({ op: 'set', path: 'oil.routes.cpc.status', value: 'disrupted' }).success).toBe(true);
    expect(effectSchema.safeParse({ op: 'add', path: 'gauges.russiaAlarm', value: Infinity }).success).toBe(false);
    expect(effectSchema.safeParse({ op: 'add', path: 'gauges.russiaAlarm', value: Number.NaN }).success).toBe(false);
  });

  it('keep every action and event as the same object after parsing (no silent defaults)', () => {
    for (const a of actionsJson) expect(actionSchema.parse(a)).toEqual(a);
    for (const e of eventsJson) expect(eventSchema.parse(e)).toEqual(e);
  });
});
