import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/lib/base/text.ts';

const SELLS = 'We do not sell, rent or loan personal information collected to third parties.';

describe('excerpt', () => {
  it('keeps a short text whole, whitespace folded', () => {
    expect(excerpt('We do not sell data.', { words: 8 })).toBe('We do not sell data.');
    expect(excerpt('  We do\u00a0not\n sell ', { chars: 40 })).toBe('We do not sell');
  });

  it('cuts by words with an ellipsis, without trailing punctuation', () => {
    expect(excerpt(SELLS, { words: 4 })).toBe('We do not sell…');
  });

  it('cuts by characters at a word boundary', () => {
    expect(excerpt('We place small text files on your computer when you visit', { chars: 30 })).toBe(
      'We place small text files on…',
    );
    expect(excerpt(SELLS, { chars: 20 })).toBe('We do not sell…');
  });

  it('cuts a long word at the character, never inside an emoji', () => {
    expect(excerpt('a'.repeat(60), { chars: 48 })).toBe(`${'a'.repeat(48)}…`);
    expect(excerpt(`${'a'.repeat(47)}😀 and more`, { chars: 48 })).toBe(`${'a'.repeat(47)}…`);
  });
});
