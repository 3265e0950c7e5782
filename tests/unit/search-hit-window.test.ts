import { describe, expect, it } from 'vitest';
import { hitWindow } from '../../src/lib/search/hitWindow.ts';

describe('a hit’s window', () => {
  const text = 'Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau.';

  it('keeps a short text whole and splits it into plain and marked segments', () => {
    expect(hitWindow('we sell data', [[3, 7]])).toEqual({
      segments: [
        { text: 'we ', mark: false },
        { text: 'sell', mark: true },
        { text: ' data', mark: false },
      ],
      clippedStart: false,
      clippedEnd: false,
    });
  });

  it('cuts a long text at spaces around the first match', () => {
    const at = text.indexOf('omicron');
    const result = hitWindow(text, [[at, at + 7]], 40);
    const shown = result.segments.map((s) => s.text).join('');
    expect(shown).toContain('omicron');
    expect(shown.length).toBeLessThanOrEqual(40);
    expect(result.clippedStart).toBe(true);
    expect(text.includes(shown)).toBe(true);
    expect(shown.startsWith(' ')).toBe(false);
    expect(result.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['omicron']);
  });

  it('never splits an emoji at the edges', () => {
    const emoji = '😀'.repeat(30);
    const result = hitWindow(emoji, [], 11);
    expect(result.segments.map((s) => s.text).join('')).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });
});
