import { describe, expect, it } from 'vitest';
import { normalizeTerm, tokenize, words } from '../../src/lib/search/normalize.ts';

describe('normalisation', () => {
  it('folds case, diacritics, ligatures and full-width letters', () => {
    expect(words('Café NAÏVE ﬁle Ｃｏｏｋｉｅｓ')).toEqual(['cafe', 'naive', 'file', 'cookies']);
  });

  it('treats U+00A0 and punctuation as spaces, and drops apostrophes, straight or curly', () => {
    expect(words("opt\u00a0out, “cookies”; don’t don't user’s")).toEqual([
      'opt',
      'out',
      'cookies',
      'dont',
      'dont',
      'users',
    ]);
  });

  it('splits hyphenated words and also indexes the joined compound over the whole span', () => {
    const text = "to 'opt-out' of e\u2011mail";
    const tokens = tokenize(text);
    expect(tokens.filter((t) => !t.compound).map((t) => t.term)).toEqual(['to', 'opt', 'out', 'of', 'e', 'mail']);
    const compounds = tokens.filter((t) => t.compound);
    expect(compounds.map((t) => [t.term, text.slice(t.start, t.end)])).toEqual([
      ['optout', 'opt-out'],
      ['email', 'e\u2011mail'],
    ]);
  });

  it('keeps offsets into the original text, whatever normalisation did', () => {
    const text = 'Ｃａｆé\u00a0and ﬁles';
    for (const token of tokenize(text)) expect(normalizeTerm(text.slice(token.start, token.end))).toBe(token.term);
  });

  it('ignores soft hyphens inside words and finds no words in symbols or emoji', () => {
    expect(words('un\u00adsubscribe')).toEqual(['unsubscribe']);
    expect(words('<>()[]{}*+?.^$|\\ 😀🎉')).toEqual([]);
  });
});
