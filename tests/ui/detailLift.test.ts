import { describe, expect, it } from 'vitest';
import { detailLift } from '../../src/ui/detailLift';

describe('card details over the goals panel', () => {
  it('stay where they are when they end above the goals, or when no goals show', () => {
    expect(detailLift(114, 300, 560, 72)).toBe(0);
    expect(detailLift(114, 600, null, 72)).toBe(0);
  });

  it('lift just enough to clear the top of the goals', () => {
    const lift = detailLift(114, 460, 555, 72);
    expect(lift).toBeGreaterThan(0);
    expect(114 - lift + 460).toBeLessThan(555);
    expect(114 - lift).toBeGreaterThanOrEqual(72);
  });

  it('never rise into the HUD: details too tall stop at the ceiling', () => {
    expect(114 - detailLift(114, 560, 555, 72)).toBe(72);
  });
});
