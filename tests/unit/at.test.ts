import { describe, expect, it } from 'vitest';
import { at } from '../../src/lib/base/at.ts';

describe('at: an entry the code knows is there', () => {
  it('reads a list, a typed array, a record and a map', () => {
    expect(at(['a', 'b'], 1)).toBe('b');
    expect(at(new Uint16Array([7, 9]), 0)).toBe(7);
    expect(at({ cookies: 3 }, 'cookies')).toBe(3);
    expect(at(new Map([[2, 'two']]), 2)).toBe('two');
    expect(at([0, null], 1)).toBeNull();
  });

  it('throws, naming the index, when the entry is missing: a bug, not bad input', () => {
    expect(() => at(['a'], 3)).toThrow(new RangeError("No entry at 3: the caller's invariant does not hold."));
    expect(() => at({ cookies: 3 } as Record<string, number>, 'dnt')).toThrow(RangeError);
    expect(() => at(new Map<string, number>(), 'x')).toThrow(/No entry at x/);
  });
});
