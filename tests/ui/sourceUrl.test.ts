// Source lines in the debrief open only whole web addresses: a shortened address ("…") or plain words stay text.
import { describe, expect, it, vi } from 'vitest';

vi.mock('phaser', () => ({ default: {} }));

describe('source addresses', () => {
  it('open whole addresses over https and leave cut or non-web ones as text', async () => {
    const { sourceUrl } = await import('../../src/scenes/debriefSources');
    expect(sourceUrl('astanatimes.com/2023/01/kazakhstan-exceeds-oil-extraction-expectations-in-2022/')).toBe('https://astanatimes.com/2023/01/kazakhstan-exceeds-oil-extraction-expectations-in-2022/');
    expect(sourceUrl('commonspace.eu/news/first-kazakh-oil-shipment; other.org/x')).toBe('https://commonspace.eu/news/first-kazakh-oil-shipment');
    expect(sourceUrl('astanatimes.com/2023/04/…')).toBeNull();
    expect(sourceUrl('same as OIL4')).toBeNull();
    expect(sourceUrl('javascript:alert(1)')).toBeNull();
  });
});
