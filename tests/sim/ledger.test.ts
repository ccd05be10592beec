// The compact ledger: what is recorded reads back exactly, branches from one world keep their own changes, views stay read-only.
import { describe, expect, it } from 'vitest';
import { actionCause, model } from '../../src/sim/causes';
import { Ledger } from '../../src/sim/ledger';
import type { Cause } from '../../src/sim/world';

const loan: Cause = { kind: 'event', id: 'china-loan', option: 'accept' };

describe('ledger', () => {
  it('reads back every change exactly: numbers, statuses, switches, and the cause value', () => {
    const open = Ledger.empty().open();
    open.record(0, 'economy.budgetUsdBn', 2, 1.8000000000000003, model('budget'));
    open.record(3, 'oil.routes.cpc.status', 'open', 'disrupted', loan);
    open.record(17, 'memberships.csto.member', true, false, { ...loan }); // a copied cause: the same value comes back
    const sealed = open.seal();
    expect(sealed.length).toBe(3);
    expect(sealed.slice()).toEqual([
      { turn: 0, path: 'economy.budgetUsdBn', before: 2, after: 1.8000000000000003, cause: model('budget') },
      { turn: 3, path: 'oil.routes.cpc.status', before: 'open', after: 'disrupted', cause: loan },
      { turn: 17, path: 'memberships.csto.member', before: true, after: false, cause: loan },
    ]);
    expect(sealed.at(-1)?.turn).toBe(17);
    expect(sealed.at(3)).toBeUndefined();
    expect(Object.isFrozen(sealed) && Object.isFrozen(sealed.at(0))).toBe(true);
  });

  it('gives two lines from the same world their own changes after the shared ones (a rewind, a preview)', () => {
    const first = Ledger.empty().open();
    first.record(0, 'gauges.russiaAlarm', 30, 35, model('alarm'));
    const shared = first.seal();
    const a = shared.open();
    a.record(1, 'gauges.russiaAlarm', 35, 50, actionCause({ id: 'btc-volume-agreement' } as never));
    const b = shared.open();
    b.record(1, 'gauges.russiaAlarm', 35, 20, model('alarm'));
    b.record(1, 'relations.russia', 60, 65, model('alarm'));
    const [lineA, lineB] = [a.seal(), b.seal()];
    expect(lineA.map((e) => e.after)).toEqual([35, 50]);
    expect(lineB.map((e) => e.after)).toEqual([35, 20, 65]);
    expect(shared.length).toBe(1);
    expect(shared.open().seal()).toBe(shared); // a step that changed nothing keeps the same ledger
  });

  it('refuses to record on a world\'s ledger, and names what is wrong', () => {
    expect(() => Ledger.empty().record(0, 'economy.budgetUsdBn', 1, 2, model('budget'))).toThrow(/read-only/);
    const open = Ledger.empty().open();
    expect(() => open.record(0, 'economy.nope' as never, 1, 2, model('budget'))).toThrow(/"economy.nope" is not a field/);
    expect(() => open.record(-1, 'economy.budgetUsdBn', 1, 2, model('budget'))).toThrow(/turn -1/);
  });
});
