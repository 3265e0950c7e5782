import { describe, expect, it } from 'vitest';
import { buildNodeArgs } from '../../scripts/lib/buildMemory.ts';

describe('buildNodeArgs: the build’s heap limit', () => {
  it('limits the heap by default', () => {
    expect(buildNodeArgs({})).toEqual(['--max-old-space-size=2560']);
  });
  it('takes another limit from BUILD_HEAP_MB, and ignores one that is not a whole number of MB', () => {
    expect(buildNodeArgs({ BUILD_HEAP_MB: '8192' })).toEqual(['--max-old-space-size=8192']);
    for (const bad of ['', 'lots', '-1', '0', '1.5'])
      expect(buildNodeArgs({ BUILD_HEAP_MB: bad })).toEqual(['--max-old-space-size=2560']);
  });
});
