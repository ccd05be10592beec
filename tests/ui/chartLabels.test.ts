// Chart end labels of different heights (a wrapped Russian or Kazakh name takes two lines) never overlap.
import { describe, expect, it } from 'vitest';
import { spreadSized } from '../../src/ui/chartModel';
import { at } from '../../src/sim/indexing';

/** The [top, bottom] span of each label around its centre. */
const spans = (ys: number[], hs: number[]) => ys.map((y, i) => [y - at(hs, i) / 2, y + at(hs, i) / 2] as const).sort((a, b) => a[0] - b[0]);

describe('spreadSized', () => {
  it('keeps labels where they are when they do not touch', () => {
    expect(spreadSized([20, 60, 100], [14, 14, 14], 0, 200)).toEqual([20, 60, 100]);
  });

  it('pushes a two-line label and its neighbours apart so no two overlap, in the same order', () => {
    const hs = [14, 30, 14];
    const ys = spreadSized([50, 52, 54], hs, 0, 200);
    const s = spans(ys, hs);
    for (let i = 1; i < s.length; i++) expect(at(s, i)[0]).toBeGreaterThanOrEqual(at(s, i - 1)[1] - 1e-9);
    expect(at(ys, 0)).toBeLessThan(at(ys, 1));
    expect(at(ys, 1)).toBeLessThan(at(ys, 2));
  });

  it('moves a crowded bottom group up to stay inside the chart when there is room above', () => {
    const hs = [28, 28, 28];
    const ys = spreadSized([190, 195, 199], hs, 0, 200);
    expect(Math.max(...ys.map((y, i) => y + at(hs, i) / 2))).toBeLessThanOrEqual(200 + 1e-9);
    const s = spans(ys, hs);
    for (let i = 1; i < s.length; i++) expect(at(s, i)[0]).toBeGreaterThanOrEqual(at(s, i - 1)[1] - 1e-9);
  });

  it('never moves labels above the top, even when they cannot all fit', () => {
    const hs = new Array(10).fill(28);
    const ys = spreadSized(new Array(10).fill(50), hs, 0, 100);
    expect(Math.min(...ys.map((y, i) => y - at(hs, i) / 2))).toBeGreaterThanOrEqual(-1e-9);
  });
});
