// The planning screen's card details stay open while the pointer crosses other cards on its way to them.
import { describe, expect, it } from 'vitest';
import { DetailAim, onWayTo, type AimInput } from '../../src/ui/detailAim';

// The real layout at 1280×720: details over the map's right side, the cards in a column to its right.
const panel = { x: 420, y: 114, width: 370, height: 402 };
const btcCard = { x: 1030, y: 171 };
const term = { x: 516, y: 490 }; // a glossary term near the bottom of the details

function over(at: { x: number; y: number }, card: string | null, shown: string | null, onDetails = false): AimInput {
  return { at, card, onDetails, shown, panel };
}

describe('details aim', () => {
  it('counts a point as on the way when a straight path from the anchor into the panel passes through it', () => {
    expect(onWayTo(btcCard, panel, { x: 876, y: 267 })).toBe(true); // down-left, towards the panel's lower part
    expect(onWayTo(btcCard, panel, { x: 1030, y: 260 })).toBe(false); // straight down the card column
    expect(onWayTo(btcCard, panel, { x: 1100, y: 171 })).toBe(false); // away from the panel
    expect(onWayTo(btcCard, panel, { x: 876, y: 700 })).toBe(false); // far below the panel's reach
    expect(onWayTo(btcCard, panel, btcCard)).toBe(true);
  });

  it('keeps a card\'s details over the other cards a diagonal path to its term crosses, and drops the aim once there', () => {
    const aim = new DetailAim();
    expect(aim.choose(over(btcCard, 'btc', null))).toEqual({ show: 'btc', recheck: false });
    for (let i = 1; i <= 4; i++) {
      const at = { x: btcCard.x + ((term.x - btcCard.x) * i) / 10, y: btcCard.y + ((term.y - btcCard.y) * i) / 10 };
      const card = i <= 2 ? 'aktau' : 'tankers';
      expect(aim.choose(over(at, card, 'btc'))).toEqual({ show: 'btc', recheck: true });
    }
    expect(aim.choose(over(term, null, 'btc', true))).toEqual({ show: 'btc', recheck: false });
    // From the details back onto another card: no aim any more, that card shows at once.
    expect(aim.choose(over({ x: 900, y: 300 }, 'tankers', 'btc'))).toEqual({ show: 'tankers', recheck: false });
  });

  it('switches at once when the pointer moves down the cards, and closes off every card and panel', () => {
    const aim = new DetailAim();
    aim.choose(over(btcCard, 'btc', null));
    expect(aim.choose(over({ x: 1030, y: 229 }, 'aktau', 'btc')).show).toBe('aktau');
    expect(aim.choose(over({ x: 1200, y: 650 }, null, 'aktau')).show).toBeNull();
  });

  it('lets a card the pointer rests on take over after the pause, and ignores an anchor on a card no longer shown', () => {
    const aim = new DetailAim();
    aim.choose(over(btcCard, 'btc', null));
    const resting = over({ x: 876, y: 267 }, 'tankers', 'btc');
    expect(aim.choose(resting).show).toBe('btc');
    expect(aim.settle(resting)).toEqual({ show: 'tankers', recheck: false });
    // The keyboard opened another card's details: the old anchor no longer holds anything open.
    const fresh = new DetailAim();
    fresh.choose(over(btcCard, 'btc', null));
    expect(fresh.choose(over({ x: 876, y: 267 }, 'tankers', 'china')).show).toBe('tankers');
  });
});
